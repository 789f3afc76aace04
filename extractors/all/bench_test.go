package all

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"jplan/internal/cputime"
	"jplan/internal/extract"
	"jplan/internal/layout"
)

// benchDocs lays out the text and HTML seeds and the devset once, so the
// benchmarks measure extraction alone.
func benchDocs(b *testing.B) []*layout.Document {
	b.Helper()
	var paths []string
	for _, p := range []string{"../../corpus/seeds/*.txt", "../../corpus/seeds/*.html", "../../testdata/devset/*/input.txt"} {
		m, _ := filepath.Glob(p)
		paths = append(paths, m...)
	}
	var docs []*layout.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: p})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		b.Fatal("no documents")
	}
	return docs
}

// BenchmarkRun measures extract.Run (every extractor's Match, then the chosen
// Extract) in the steady state of a run: each call gets a document the kit
// has not seen (a copy of a laid-out seed at a new address), so nothing is
// served from the per-document caches of an earlier call. ns/op is the time
// per document.
func BenchmarkRun(b *testing.B) {
	docs := benchDocs(b)
	ctx, env := context.Background(), &extract.Env{}
	run := func(i int) {
		d := *docs[i%len(docs)] // a new address: a document the cache has not seen
		if _, err := extract.Run(ctx, &d, env, extract.RunOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	for i := range docs { // warm the lazily loaded tables (lgcode, sdg, tokens)
		run(i)
	}
	b.ReportAllocs()
	i := 0
	cpu0 := cputime.Self()
	for b.Loop() {
		run(i)
		i++
	}
	reportCPU(b, cputime.Self()-cpu0)
}

// BenchmarkSelect measures extract.Select alone (every extractor's Match) on
// documents the kit has not seen: Match runs on every document, so it must
// stay cheap.
func BenchmarkSelect(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	i := 0
	cpu0 := cputime.Self()
	for b.Loop() {
		d := *docs[i%len(docs)]
		if _, err := extract.Select(&d); err != nil {
			b.Fatal(err)
		}
		i++
	}
	reportCPU(b, cputime.Self()-cpu0)
}

// reportCPU reports the process's CPU time per operation: on a machine busy
// with other work it holds where ns/op (wall time) does not.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
