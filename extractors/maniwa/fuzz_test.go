package maniwa

import (
	"context"
	"os"
	"testing"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

// FuzzExtract feeds arbitrary text and HTML through the layout to Match and
// Extract: nothing may panic, and every record must pass the plan/v1 checks.
func FuzzExtract(f *testing.F) {
	for _, p := range []string{
		"../../corpus/seeds/000_0cc3bb853a8a753b.txt",
		"../../corpus/seeds/001_eab234e6a144cc72.txt",
		"../../testdata/devset/d1/input.txt",
		"testdata/kensetsu-page.html",
		"testdata/kensetsu-form.txt",
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("令和6年度 部局経営目標\n\n(1) 部局の方向性\n・\n(2) 事業成果目標\n●\t指標:①\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: "fuzz"})
		if err != nil {
			return
		}
		Match(doc)
		rec, err := Extract(context.Background(), doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		rec.ID = "fuzz"
		if fails := plan.Validate(rec); len(fails) > 0 {
			t.Fatalf("invalid record: %v", fails)
		}
	})
}

// BenchmarkExtract measures Match and Extract (without layout) on the form.
func BenchmarkExtract(b *testing.B) {
	for _, p := range []string{"../../corpus/seeds/000_0cc3bb853a8a753b.html", "../../corpus/seeds/001_eab234e6a144cc72.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: p})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(p[len("../../corpus/seeds/"):], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Match(doc)
				if _, err := Extract(context.Background(), doc, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
