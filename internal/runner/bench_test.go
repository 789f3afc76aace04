package runner

import (
	"context"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"jplan/internal/cputime"
	"jplan/internal/pdf"
	"jplan/internal/plan"
)

// benchDocs is how many documents one benchmark iteration processes: the
// bundled corpus of a format repeated until it reaches this size.
const benchDocs = 1000

// discard is a Sink that keeps nothing.
type discard struct{ records, failures int }

func (d *discard) Record(*plan.Record) error { d.records++; return nil }
func (d *discard) Failure(Failure) error     { d.failures++; return nil }

// benchItems repeats the files matching the patterns (relative to the
// corpus directory) until there are n items.
func benchItems(b *testing.B, n int, patterns ...string) []Item {
	b.Helper()
	var files []string
	for _, p := range patterns {
		m, _ := filepath.Glob(filepath.Join(corpusDir, p))
		files = append(files, m...)
	}
	if len(files) == 0 {
		b.Fatalf("no files match %v", patterns)
	}
	items := make([]Item, n)
	for i := range items {
		f := files[i%len(files)]
		items[i] = Item{ID: "doc-" + itoa(i), Path: f, URL: "file:" + f}
	}
	return items
}

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + i%10)
		if i /= 10; i == 0 {
			return string(b[p:])
		}
	}
}

// Seed-sized inputs of each format.
var (
	textFiles = []string{"seeds/*.txt", "../testdata/devset/*/input.txt"}
	htmlFiles = []string{"seeds/*.html"}
	pdfFiles  = []string{"seeds/*.pdf"}
)

// benchRun runs benchDocs documents through Run per iteration, with
// GOMAXPROCS workers, and reports documents/s overall and per core.
func benchRun(b *testing.B, patterns []string) {
	items := benchItems(b, benchDocs, patterns...)
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	var elapsed, cpu time.Duration
	for b.Loop() {
		var d discard
		start, cpu0 := time.Now(), cputime.WithChildren()
		st, err := Run(context.Background(), items, &d, Options{Workers: workers})
		// Stop the pooled PDF children inside the measurement: their CPU time
		// counts (RUSAGE_CHILDREN) only once they are reaped, as jplan does at exit.
		pdf.CloseChildren()
		elapsed, cpu = elapsed+time.Since(start), cpu+cputime.WithChildren()-cpu0
		if err != nil || st.Failures > 0 {
			b.Fatalf("run: %v, %d failures", err, st.Failures)
		}
	}
	reportDocs(b, b.N*len(items), workers, elapsed, cpu)
}

// reportDocs reports documents per second of wall time, per core, and per
// CPU second (user + system, this process and its PDF children): the last
// figure holds on a machine busy with other work, where wall time does not.
func reportDocs(b *testing.B, docs, workers int, elapsed, cpu time.Duration) {
	docsPerSec := float64(docs) / elapsed.Seconds()
	b.ReportMetric(docsPerSec, "docs/s")
	b.ReportMetric(docsPerSec/float64(workers), "docs/s/core")
	if cpu > 0 {
		b.ReportMetric(float64(docs)/cpu.Seconds(), "docs/cpu-s")
	}
	b.ReportMetric(0, "ns/op") // per 1,000 documents: docs/s says it better
}

func BenchmarkRunText(b *testing.B) { benchRun(b, textFiles) }
func BenchmarkRunHTML(b *testing.B) { benchRun(b, htmlFiles) }
func BenchmarkRunPDF(b *testing.B)  { benchRun(b, pdfFiles) }

// BenchmarkPdftotextReference runs poppler's pdftotext over the same PDFs as
// BenchmarkRunPDF, as many at once as Run has workers: the reference the PDF
// path is held to (goal: at most 1.5× its time).
func BenchmarkPdftotextReference(b *testing.B) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext is not installed (make deps)")
	}
	items := benchItems(b, benchDocs, pdfFiles...)
	workers := runtime.GOMAXPROCS(0)
	var elapsed, cpu time.Duration
	for b.Loop() {
		start, cpu0 := time.Now(), cputime.WithChildren()
		jobs := make(chan string)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for f := range jobs {
					if err := exec.Command("pdftotext", "-layout", f, "-").Run(); err != nil {
						b.Error(f, err)
					}
				}
			}()
		}
		for _, it := range items {
			jobs <- it.Path
		}
		close(jobs)
		wg.Wait()
		elapsed, cpu = elapsed+time.Since(start), cpu+cputime.WithChildren()-cpu0
	}
	reportDocs(b, b.N*len(items), workers, elapsed, cpu)
}
