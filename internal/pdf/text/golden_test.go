package pdftext

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the *.blocks.json goldens from the current output")

// TestGoldenBlocks pins the whole block output (kinds, text, cells,
// positions) of a few fixtures; goldens sit beside their PDFs and are
// rewritten only with -update, after reading the diff.
func TestGoldenBlocks(t *testing.T) {
	for _, name := range []string{
		"d004_soshiki_mokuhyo.chromium.pdf",
		"d001_keiei_mokuhyo.libreoffice.pdf",
		"r_unijis_ucs2_v.pdf",
		"tabula_twotables_formxobject.pdf",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(parseFile(t, name), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".pdf")+".blocks.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("%s differs from the output; got:\n%s", golden, got)
			}
		})
	}
}
