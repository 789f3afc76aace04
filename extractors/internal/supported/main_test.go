package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/internal/extract"
	"jplan/internal/pdf"
)

var update = flag.Bool("update", false, "rewrite extractors/SUPPORTED.md")

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// TestSupportedUpToDate fails when extractors/SUPPORTED.md does not list every
// registered extractor with its current version and description. Scores are
// not compared (they move with every improvement); -update rewrites the file.
func TestSupportedUpToDate(t *testing.T) {
	c := extracttest.Load(t)
	path := filepath.Join(c.Root, "extractors", "SUPPORTED.md")
	if *update {
		var buf bytes.Buffer
		if err := extracttest.WriteSupported(context.Background(), c, &buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, name := range extract.Names() {
		spec, _ := extract.Lookup(name)
		want = append(want, strings.Join([]string{"`" + name + "`", spec.Version, strings.ReplaceAll(spec.Description, "|", "\\|")}, " | "))
	}
	if got := extractorRows(string(data)); !slices.Equal(got, want) {
		t.Errorf("extractors/SUPPORTED.md is out of date: run `go run ./extractors/internal/supported`\n got %q\nwant %q", got, want)
	}
}

// extractorRows returns name | version | handles of each row of the first table.
func extractorRows(md string) []string {
	var rows []string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "## ") {
			break
		}
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) >= 3 {
			rows = append(rows, strings.Join(cells[:3], " | "))
		}
	}
	return rows
}

// TestWriteSupported checks the generated file against the corpus itself:
// every entry with a truth record is listed with the extractor selected for it.
func TestWriteSupported(t *testing.T) {
	c := extracttest.Load(t)
	var buf bytes.Buffer
	if err := extracttest.WriteSupported(context.Background(), c, &buf); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, s := range c.Selections(context.Background()) {
		if s.Err != nil {
			t.Errorf("%s: %v", s.ID, s.Err)
			continue
		}
		if !strings.Contains(md, "| `"+s.ID+"` | "+s.Label+" | `"+s.Extractor+"` |") {
			t.Errorf("SUPPORTED.md does not list %s as selected for %s", s.ID, s.Extractor)
		}
	}
}
