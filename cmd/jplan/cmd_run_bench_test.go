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
// jplan) over a corpus of seed-sized documents of one format repeated to
// the given size, writing every output, and reports documents/s, documents
// per CPU second (user + system of jplan and its PDF children) and the peak
// resident set size of the jplan process (each PDF child runs under its own
// memory limit, see internal/pdf). The peak RSS should stay flat whatever the
// corpus size: compare text-1000 and text-4000.
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
			corpus := benchCorpus(b, c.docs, c.patterns)
			out := b.TempDir()
			var elapsed, cpu time.Duration
			var rss int64
			for b.Loop() {
				cmd := jplanProcess("run", "--corpus", corpus, "--out", out, "--no-report", "--quiet")
				start := time.Now()
				if msg, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("jplan run: %v\n%s", err, msg)
				}
				elapsed += time.Since(start)
				ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
				cpu += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
				rss = max(rss, ru.Maxrss) // KiB on Linux
			}
			b.ReportMetric(float64(b.N*c.docs)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(b.N*c.docs)/cpu.Seconds(), "docs/cpu-s")
			b.ReportMetric(float64(rss)/1024, "peak-RSS-MB")
			b.ReportMetric(0, "ns/op")
		})
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
