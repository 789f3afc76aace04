package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkRunProcess runs the whole jplan process (this test binary acting as
// jplan) over a corpus of seed-sized documents of one format repeated to the
// given size, writing every output. It reports, for that run, documents/s,
// documents per CPU second (user + system of jplan and its PDF children) and
// the peak resident set size of the jplan process (each PDF child runs under
// its own memory limit, see internal/pdf); the peak RSS should stay flat
// whatever the corpus size: compare text-1000 and text-4000.
//
// Each iteration also runs a quarter of the corpus, and the difference
// between the two runs gives what a document costs once the process is up,
// with the one-time costs (process start, dictionary load, outputs opened and
// closed) taken out: "steady-docs/cpu-s" is the extra documents over the extra
// CPU time, and "fixed-cpu-ms" the CPU time a run costs before its first
// document.
func BenchmarkRunProcess(b *testing.B) {
	for _, c := range []struct {
		name     string
		patterns []string
		docs     int
	}{
		{"text-1000", []string{"seeds/*.txt", "../testdata/devset/*/input.txt"}, 1000},
		{"text-4000", []string{"seeds/*.txt", "../testdata/devset/*/input.txt"}, 4000},
		{"html-1000", []string{"seeds/*.html"}, 1000},
		{"pdf-1000", []string{"seeds/*.pdf"}, 1000},
	} {
		b.Run(c.name, func(b *testing.B) {
			full := benchCorpus(b, c.docs, c.patterns)
			quarter := benchCorpus(b, c.docs/4, c.patterns)
			var whole, part processCost
			for b.Loop() {
				whole.add(runProcess(b, full))
				part.add(runProcess(b, quarter))
			}
			n := float64(b.N)
			b.ReportMetric(float64(b.N*c.docs)/whole.elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(b.N*c.docs)/whole.cpu.Seconds(), "docs/cpu-s")
			b.ReportMetric(float64(whole.rss)/1024, "peak-RSS-MB")
			extraDocs := float64(c.docs - c.docs/4)
			perDoc := (whole.cpu - part.cpu).Seconds() / n / extraDocs
			b.ReportMetric(1/perDoc, "steady-docs/cpu-s")
			b.ReportMetric((whole.cpu.Seconds()/n-perDoc*float64(c.docs))*1000, "fixed-cpu-ms")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// processCost sums what runs of jplan cost: wall time, CPU time (user +
// system, its children included) and the largest peak RSS.
type processCost struct {
	elapsed, cpu time.Duration
	rss          int64 // KiB
}

func (p *processCost) add(q processCost) {
	p.elapsed += q.elapsed
	p.cpu += q.cpu
	p.rss = max(p.rss, q.rss)
}

// runProcess runs `jplan run` over the corpus directory and measures it.
func runProcess(b *testing.B, corpus string) processCost {
	cmd := jplanProcess("run", "--corpus", corpus, "--out", b.TempDir(), "--no-report", "--quiet")
	start := time.Now()
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("jplan run: %v\n%s", err, msg)
	}
	elapsed := time.Since(start)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return processCost{
		elapsed: elapsed,
		cpu:     time.Duration(ru.Utime.Nano() + ru.Stime.Nano()),
		rss:     ru.Maxrss, // KiB on Linux
	}
}

// benchCorpus writes a corpus directory whose manifest lists the bundled
// files matching patterns, repeated to n documents.
func benchCorpus(b *testing.B, n int, patterns []string) string {
	b.Helper()
	src, err := filepath.Abs("../../corpus")
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, p := range patterns {
		m, _ := filepath.Glob(filepath.Join(src, p))
		files = append(files, m...)
	}
	if len(files) == 0 {
		b.Fatalf("no corpus files match %v", patterns)
	}
	dir := b.TempDir()
	repo := filepath.Dir(src)
	if err := os.Symlink(repo, filepath.Join(dir, "repo")); err != nil {
		b.Fatal(err)
	}
	var m strings.Builder
	for i := range n {
		rel, _ := filepath.Rel(repo, files[i%len(files)])
		m.WriteString("doc-" + strconv.Itoa(i) + "\trepo/" + filepath.ToSlash(rel) + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus.tsv"), []byte(m.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}
