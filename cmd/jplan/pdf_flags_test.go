package main

import (
	"strings"
	"testing"
	"time"

	"jplan/internal/pdf"
)

// The PDF flags reach the PDF layout parser before any document is read.
func TestPDFFlagsSetDefaults(t *testing.T) {
	defer pdf.SetDefaults(pdf.Defaults())
	code, _, errOut := jplan(t, "", "layout", "--pdf-timeout", "7s", "--pdf-memory-mib", "300", "--pdftotext", "-", "../../corpus/seeds/002_14af7f8c1c2b8dac.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got := pdf.Defaults()
	if got.Timeout != 7*time.Second || got.MemoryLimit != 300<<20 || got.Pdftotext != "-" {
		t.Errorf("pdf defaults %+v, want 7s, 300 MiB, no fallback", got)
	}
	if code, _, _ := jplan(t, "", "layout", "--pdf-memory-mib", "-1", "../../corpus/seeds/002_14af7f8c1c2b8dac.txt"); code != exitOK || pdf.Defaults().MemoryLimit != -1 {
		t.Errorf("--pdf-memory-mib -1: exit %d, limit %d; want 0 and no limit", code, pdf.Defaults().MemoryLimit)
	}
}

func TestPDFFlagsRefused(t *testing.T) {
	defer pdf.SetDefaults(pdf.Defaults())
	for _, args := range [][]string{
		{"--pdf-timeout", "0s"},
		{"--pdf-timeout", "-1s"},
		{"--pdf-memory-mib", "10"},
	} {
		code, _, errOut := jplan(t, "", append([]string{"layout"}, append(args, "../../corpus/seeds/002_14af7f8c1c2b8dac.txt")...)...)
		if code != exitUsage || !strings.Contains(errOut, args[0]) {
			t.Errorf("%v: exit %d, stderr %q; want %d naming the flag", args, code, errOut, exitUsage)
		}
	}
}
