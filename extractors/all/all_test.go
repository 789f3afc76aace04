package all

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestEveryExtractorImported fails when a folder under extractors/ holding Go
// code is not imported by all.go, so a new extractor cannot be forgotten.
func TestEveryExtractorImported(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "all.go", nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	imported := map[string]bool{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		imported[p] = true
	}
	entries, err := os.ReadDir("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "all" || e.Name() == "testdata" {
			continue
		}
		gofiles, _ := filepath.Glob(filepath.Join("..", e.Name(), "*.go"))
		if len(gofiles) == 0 {
			continue
		}
		if want := "jplan/extractors/" + e.Name(); !imported[want] {
			t.Errorf("extractors/%s is not imported by extractors/all/all.go: add _ %q", e.Name(), want)
		}
	}
}
