package crawl

import (
	"context"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"jplan/internal/fetch"
)

const benchDocs = 200

// benchFetch is politeness off: only for a local server.
func benchFetch() fetch.Config {
	fc := fastFetch()
	fc.HostDelay, fc.Rate, fc.IgnoreRobots = -1, rate.Inf, true
	return fc
}

// BenchmarkCrawlFirstRun measures documents/s of a first crawl of a local site
// (index + 200 pages), everything new: fetch, store, extract, state, dataset.
func BenchmarkCrawlFirstRun(b *testing.B) {
	site := newBulkSite(b, benchDocs, 0)
	reg := siteRegistry(b, site.URL)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		e := newEnv(b, b.TempDir())
		cfg := e.config(b, reg, benchFetch())
		b.StartTimer()
		sum, err := Run(context.Background(), cfg)
		if err != nil || sum.New != benchDocs {
			b.Fatalf("%v %v", sum, err)
		}
	}
	b.ReportMetric(float64(benchDocs*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkUnchangedRunCost measures a second, unchanged crawl (every document
// a 304, nothing extracted) as a fraction of the first.
func BenchmarkUnchangedRunCost(b *testing.B) {
	site := newBulkSite(b, benchDocs, 0)
	reg := siteRegistry(b, site.URL)
	var first, second time.Duration
	for b.Loop() {
		e := newEnv(b, b.TempDir())
		cfg := e.config(b, reg, benchFetch())
		t0 := time.Now()
		if _, err := Run(context.Background(), cfg); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		sum, err := Run(context.Background(), cfg)
		if err != nil || sum.NotModified != benchDocs+1 || sum.Extracted != 0 {
			b.Fatalf("second run %v %v", sum, err)
		}
		first += t1.Sub(t0)
		second += time.Since(t1)
	}
	b.ReportMetric(float64(second)/float64(first), "second/first")
	b.ReportMetric(float64(second.Milliseconds())/float64(b.N), "ms/second-run")
}
