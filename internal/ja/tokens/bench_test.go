package tokens

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const loadChildEnv = "JPLAN_TOKENS_LOAD_CHILD"

// TestLoadChild runs only inside BenchmarkDictionaryLoad's child process: it
// loads one dictionary (the environment variable says which: "forms" for
// Default, "pos" for Headings) in a fresh process and prints what that cost.
func TestLoadChild(t *testing.T) {
	which := os.Getenv(loadChildEnv)
	if which == "" {
		t.Skip("runs as the child of BenchmarkDictionaryLoad")
	}
	start := time.Now()
	if which == "pos" {
		Headings().IsHeading("地域自治・協働のまちづくりの推進")
	} else {
		Default().Words("地域自治・協働のまちづくりの推進")
	}
	elapsed := time.Since(start)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("load-ns=%d heap-bytes=%d\n", elapsed.Nanoseconds(), m.HeapAlloc)
}

// BenchmarkDictionaryLoad measures what the first Default() (forms) or
// Headings() (pos) costs a process: each iteration starts this test binary
// afresh and reports the load time (wall clock inside the child), the child's
// whole CPU time (which a busy machine does not inflate), the heap the
// dictionaries keep, and the child's peak RSS.
func BenchmarkDictionaryLoad(b *testing.B) {
	for _, which := range []string{"forms", "pos"} {
		b.Run(which, func(b *testing.B) { benchLoad(b, which) })
	}
}

func benchLoad(b *testing.B, which string) {
	var loadNS, cpuNS, heap, rss float64
	n := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLoadChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), loadChildEnv+"="+which)
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("child: %v\n%s", err, out)
		}
		ns, hb, err := parseChild(string(out))
		if err != nil {
			b.Fatal(err)
		}
		loadNS += ns
		heap += hb
		cpuNS += float64(cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss += float64(ru.Maxrss) * 1024 // Linux reports KiB
		}
		n++
	}
	b.ReportMetric(loadNS/float64(n)/1e6, "ms/load")
	b.ReportMetric(cpuNS/float64(n)/1e6, "ms-cpu/process") // robust when the machine is busy
	b.ReportMetric(heap/float64(n)/(1<<20), "MB-heap")
	b.ReportMetric(rss/float64(n)/(1<<20), "MB-peak-RSS")
}

func parseChild(out string) (ns, heap float64, err error) {
	for _, field := range strings.Fields(out) {
		k, v, ok := strings.Cut(field, "=")
		if !ok {
			continue
		}
		f, perr := strconv.ParseFloat(v, 64)
		if perr != nil {
			continue
		}
		switch k {
		case "load-ns":
			ns = f
		case "heap-bytes":
			heap = f
		}
	}
	if ns == 0 {
		return 0, 0, fmt.Errorf("tokens: child printed no load time: %q", out)
	}
	return ns, heap, nil
}

// BenchmarkWords measures tokenizing throughput on a whole municipal page.
func BenchmarkWords(b *testing.B) {
	page, err := os.ReadFile("testdata/maniwa_000.txt")
	if err != nil {
		b.Fatal(err)
	}
	tok := Default()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		tok.Words(string(page))
	}
}

// BenchmarkIsHeading measures the heading signal over real lines.
func BenchmarkIsHeading(b *testing.B) {
	lines := append(readLines(b, "headings.txt"), readLines(b, "body.txt")...)
	tok := Default()
	n := 0
	for b.Loop() {
		for _, l := range lines {
			tok.IsHeading(l)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*len(lines)), "ns/line")
}

// BenchmarkNounPhrases measures key extraction on a whole municipal page.
func BenchmarkNounPhrases(b *testing.B) {
	page, err := os.ReadFile("testdata/maniwa_000.txt")
	if err != nil {
		b.Fatal(err)
	}
	tok := Default()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		tok.NounPhrases(string(page))
	}
}
