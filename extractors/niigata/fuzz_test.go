package niigata

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
		"../../corpus/seeds/004_100f42f673f1fccc.txt",
		"../../testdata/devset/d2/input.txt",
		"testdata/nishi-ward.txt",
		"testdata/soumu-section.html",
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("令和6年度 組織目標\n\n| 組織名 | | 区長 |\n|--|--|--|\n| | 1 |\n\n重点目標\n\n- 1\n"))
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

// BenchmarkExtract measures Match and Extract (without layout) on the seed form.
func BenchmarkExtract(b *testing.B) {
	for _, p := range []string{"../../corpus/seeds/004_100f42f673f1fccc.txt"} {
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
