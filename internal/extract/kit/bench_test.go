package kit

import (
	"os"
	"strings"
	"testing"

	"jplan/internal/layout"
)

// seedDoc lays out a bundled seed page (corpus/seeds).
func seedDoc(b *testing.B, name string) *layout.Document {
	b.Helper()
	data, err := os.ReadFile("../../../corpus/seeds/" + name)
	if err != nil {
		b.Skip(err)
	}
	return parse(b, string(data), "")
}

// BenchmarkFieldsOf reads the header fields of an HTML seed page, without
// the cache: every paragraph line is asked for a colon.
func BenchmarkFieldsOf(b *testing.B) {
	doc := seedDoc(b, "000_0cc3bb853a8a753b.html")
	for b.Loop() {
		fieldsOf(doc)
	}
}

// BenchmarkMostMentioned resolves the municipality an HTML seed page names
// most (kit.FindPlace without a URL).
func BenchmarkMostMentioned(b *testing.B) {
	doc := seedDoc(b, "000_0cc3bb853a8a753b.html")
	head := strings.Join(HeadLines(doc, headSize), "\n")
	text := placeText(doc, head)
	for b.Loop() {
		mostMentioned(text, head)
	}
}
