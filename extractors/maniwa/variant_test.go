package maniwa

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jplan/internal/layout"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

// TestOtherDepartments runs documents of the family that are not seeds
// (testdata/README.md says what each one varies: other departments, years
// and item counts, HTML, text and Chromium PDF forms of the same content)
// against records checked by hand (testdata/<name>.want.json for every
// input testdata/<name>.*).
func TestOtherDepartments(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.want.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.want.json (%v)", err)
	}
	for _, wantPath := range inputs {
		base := strings.TrimSuffix(wantPath, ".want.json")
		matches, _ := filepath.Glob(base + ".*")
		for _, in := range matches {
			if strings.HasSuffix(in, ".want.json") {
				continue
			}
			t.Run(filepath.Base(in), func(t *testing.T) {
				data, err := os.ReadFile(in)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := layout.Parse(context.Background(), data, layout.Options{Name: in})
				if err != nil {
					t.Fatal(err)
				}
				if c := Match(doc); c < 0.95 {
					t.Errorf("Match = %.2f, want Certain", c)
				}
				got, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: in, ID: "variant", Extractor: Name}, nil)
				if err != nil {
					t.Fatal(err)
				}
				compareRecords(t, got, readTruth(t, wantPath))
			})
		}
	}
}

// TestNoSectionsWarns: a document with the title but none of the sections
// gives a record with a warning, not an error.
func TestNoSectionsWarns(t *testing.T) {
	doc, err := layout.Parse(context.Background(), []byte("令和6年度 部局経営目標【建設部】\n\n本文はありません。\n"), layout.Options{Name: "empty.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Missions)+len(rec.Projects) != 0 || len(rec.Warnings) != 1 || !strings.Contains(rec.Warnings[0], "empty.txt") {
		t.Errorf("got %d missions, %d projects, warnings %q; want none and one warning naming the file", len(rec.Missions), len(rec.Projects), rec.Warnings)
	}
	rec.ID = "empty"
	if fails := plan.Validate(rec); len(fails) > 0 {
		t.Errorf("invalid record: %v", fails)
	}
}
