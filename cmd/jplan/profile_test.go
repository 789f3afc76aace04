package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A command that finds failures (exit 1) still leaves both profiles whole:
// gzipped protocol buffers, as go tool pprof reads them.
func TestProfilesWrittenWhateverTheOutcome(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	bad := writeFile(t, "bad.jsonl", strings.Replace(goodRecord, `"332143"`, `"332140"`, 1)+"\n")
	code, _, errOut := jplan(t, "", "check", "--cpuprofile", cpu, "--memprofile", mem, bad)
	if code != exitFailures {
		t.Fatalf("exit %d, want %d: %s", code, exitFailures, errOut)
	}
	for _, f := range []string{cpu, mem} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: not a profile: %v", f, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil || len(body) == 0 {
			t.Errorf("%s: %d bytes of profile, %v", f, len(body), err)
		}
	}
}

func TestProfileUnwritable(t *testing.T) {
	good := writeFile(t, "good.jsonl", goodRecord+"\n")
	code, _, errOut := jplan(t, "", "check", "--cpuprofile", filepath.Join(t.TempDir(), "no", "cpu.prof"), good)
	if code != exitFatal || !strings.Contains(errOut, "cpuprofile") {
		t.Errorf("exit %d, stderr %q; want %d naming cpuprofile", code, errOut, exitFatal)
	}
}
