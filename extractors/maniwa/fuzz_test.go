package maniwa

import (
	"bytes"
	"context"
	"os"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/internal/layout"
)

// FuzzExtract feeds arbitrary text and HTML through the layout to Match and
// Extract: nothing may panic, and every record must pass the plan/v1 checks.
func FuzzExtract(f *testing.F) { familyTests.Fuzz(f) }

// BenchmarkExtract measures Match and Extract (without layout) on the CMS
// page and the form.
func BenchmarkExtract(b *testing.B) {
	for _, id := range []string{"s000-html", "s001-text"} {
		b.Run(id, func(b *testing.B) { extracttest.BenchmarkExtract(b, Name, id) })
	}
}

// BenchmarkMatchLongDocument measures Match on a long document of another
// family (seed 002's text repeated): Match runs for every extractor on every
// document, so it must not depend on the document's length.
func BenchmarkMatchLongDocument(b *testing.B) {
	data, err := os.ReadFile("../../corpus/seeds/002_14af7f8c1c2b8dac.txt")
	if err != nil {
		b.Fatal(err)
	}
	long := bytes.Repeat(append(data, '\n'), 50)
	doc, err := layout.Parse(context.Background(), long, layout.Options{Name: "long"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Match(doc)
	}
}
