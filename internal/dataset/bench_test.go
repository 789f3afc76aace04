package dataset

import (
	"context"
	"strconv"
	"testing"

	"jplan/internal/cputime"
)

// BenchmarkWriter writes 1,000 real records (the truth records repeated) to
// every output — plans.jsonl, five CSV tables, SQLite — and closes the
// dataset: the writers' share of a run's cost per document. docs/cpu-s
// (user + system time of the process) holds on a busy machine, where the
// wall-time figures do not.
func BenchmarkWriter(b *testing.B) {
	recs := truthRecords(b)
	const docs = 1000
	b.ReportAllocs()
	cpu0 := cputime.Self()
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
	if cpu := cputime.Self() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*docs)/cpu.Seconds(), "docs/cpu-s")
	}
}
