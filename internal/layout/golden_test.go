package layout

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// seedDir holds the bundled seed documents (text, and the seed-000 HTML pages).
const seedDir = "../../corpus/seeds"

// seedFixture names the bundled seeds this package owns: the five texts and the
// seed-000 pages (other files in corpus/seeds belong to other adapters).
var seedFixture = regexp.MustCompile(`^(00[0-9]_[0-9a-f]{16}\.txt|000_[0-9a-f]{16}(\.sjis)?\.html)$`)

// fixtures lists every input whose block sequence a golden asserts.
func fixtures(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		filepath.Join(seedDir, "00?_*"),
		filepath.Join("testdata", "hostile", "*"),
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if filepath.Dir(f) != seedDir || seedFixture.MatchString(filepath.Base(f)) {
				files = append(files, f)
			}
		}
	}
	if len(files) < 10 {
		t.Fatalf("found only %d fixtures: %q", len(files), files)
	}
	return files
}

func parseFile(t testing.TB, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(context.Background(), data, Options{Name: filepath.Base(path)})
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return doc
}

func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(parseFile(t, path), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/layout -update)", err)
			}
			compareJSON(t, got, want)
		})
	}
}

// compareJSON compares two JSON documents as values and reports the first blocks
// that differ.
func compareJSON(t *testing.T, got, want []byte) {
	t.Helper()
	var g, w map[string]any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("golden: %v", err)
	}
	if reflect.DeepEqual(g, w) {
		return
	}
	gb, _ := g["blocks"].([]any)
	wb, _ := w["blocks"].([]any)
	for i := 0; i < max(len(gb), len(wb)); i++ {
		if i >= len(gb) || i >= len(wb) || !reflect.DeepEqual(gb[i], wb[i]) {
			t.Errorf("block %d differs:\n got %s\nwant %s", i, short(gb, i), short(wb, i))
			return
		}
	}
	delete(g, "blocks")
	delete(w, "blocks")
	t.Errorf("document differs:\n got %v\nwant %v", g, w)
}

func short(blocks []any, i int) string {
	if i >= len(blocks) {
		return "(none)"
	}
	b, _ := json.Marshal(blocks[i])
	if len(b) > 400 {
		b = append(b[:400], "…"...)
	}
	return string(b)
}

// TestGoldenStable guards the goldens against map-order or other nondeterminism.
func TestGoldenStable(t *testing.T) {
	for _, path := range fixtures(t)[:3] {
		a, _ := json.Marshal(parseFile(t, path))
		b, _ := json.Marshal(parseFile(t, path))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two parses differ", path)
		}
		if strings.Contains(fmt.Sprintf("%+v", parseFile(t, path)), posAttr) {
			t.Errorf("%s: the position attribute leaked into the output", path)
		}
	}
}
