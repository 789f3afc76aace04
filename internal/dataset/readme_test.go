package dataset

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the column reference in README.md")

const (
	readme       = "../../README.md"
	columnsBegin = "<!-- columns:begin -->\n"
	columnsEnd   = "<!-- columns:end -->"
)

// TestREADMEColumns keeps the README's column reference equal to the tables
// the writers produce.
func TestREADMEColumns(t *testing.T) {
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i, j := strings.Index(text, columnsBegin), strings.Index(text, columnsEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q … %q section", readme, strings.TrimSpace(columnsBegin), columnsEnd)
	}
	want := ColumnsMarkdown()
	if got := text[i+len(columnsBegin) : j]; got != want {
		if !*update {
			t.Fatalf("%s: the column reference differs from the tables; run go test ./internal/dataset -update", readme)
		}
		if err := os.WriteFile(readme, []byte(text[:i+len(columnsBegin)]+want+text[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
