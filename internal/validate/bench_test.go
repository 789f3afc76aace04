package validate

import (
	"context"
	"io"
	"testing"

	"jplan/internal/plan"
)

// BenchmarkValidate measures validation throughput with the devset truth
// records as both truth and prediction (every item matched under every mode),
// reported as records/s.
func BenchmarkValidate(b *testing.B) {
	truth, err := LoadTruth("testdata/devset")
	if err != nil {
		b.Fatal(err)
	}
	preds := make([]*plan.Record, len(truth))
	for i, t := range truth {
		preds[i] = t.Record
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), truth, preds, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(truth))/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkReport measures writing the three report forms of the sample.
func BenchmarkReport(b *testing.B) {
	r := sampleReport(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteText(io.Discard, TextOptions{Diffs: true}); err != nil {
			b.Fatal(err)
		}
		if err := r.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSoft measures the soft normal form of a typical mission title.
func BenchmarkSoft(b *testing.B) {
	for b.Loop() {
		Soft("1-① 農業基盤の維持・強化と循環型農業の推進（ＳＤＧｓ）")
	}
}
