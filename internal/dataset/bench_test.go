package dataset

import (
	"context"
	"strconv"
	"testing"
)

// BenchmarkWriter writes 1,000 real records (the truth records repeated) to
// every output — plans.jsonl, five CSV tables, SQLite — and closes the
// dataset: the writers' share of a run's cost per document.
func BenchmarkWriter(b *testing.B) {
	recs := truthRecords(b)
	const docs = 1000
	b.ReportAllocs()
	for b.Loop() {
		w, err := Create(context.Background(), b.TempDir(), Options{})
		if err != nil {
			b.Fatal(err)
		}
		for i := range docs {
			r := *recs[i%len(recs)]
			r.ID = "doc-" + strconv.Itoa(i)
			if err := w.Add(&r); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*docs)/b.Elapsed().Seconds(), "docs/s")
}
