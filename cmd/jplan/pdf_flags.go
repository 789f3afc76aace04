package main

import (
	"fmt"
	"time"

	"jplan/internal/pdf"
)

// PDF limits for every subcommand that reads documents. A nightly crawl meets
// PDFs of hundreds of pages and, now and then, one built to hang a reader:
// the defaults suit both, and these flags let a run trade them.
var pdfFlags struct {
	timeout   time.Duration
	memoryMiB int64
	pdftotext string
}

func init() {
	pf := rootCmd.PersistentFlags()
	pf.DurationVar(&pdfFlags.timeout, "pdf-timeout", pdf.DefaultTimeout,
		"wall-clock limit for reading one PDF (and, separately, for its pdftotext fallback)")
	pf.Int64Var(&pdfFlags.memoryMiB, "pdf-memory-mib", pdf.DefaultMemoryLimit>>20,
		"memory limit of the process that reads PDFs, in MiB (-1: none)")
	pf.StringVar(&pdfFlags.pdftotext, "pdftotext", "",
		"`path` of poppler's pdftotext, the fallback for garbled pages (default: from PATH; \"-\": no fallback)")
}

// applyPDFFlags hands the flags to the PDF layout parser before the first
// document is read.
func applyPDFFlags() error {
	if pdfFlags.timeout <= 0 {
		return &exitError{code: exitUsage, err: fmt.Errorf("--pdf-timeout must be positive (got %s)", pdfFlags.timeout)}
	}
	mem := pdfFlags.memoryMiB << 20
	switch {
	case pdfFlags.memoryMiB == -1:
		mem = -1
	case pdfFlags.memoryMiB < 64:
		return &exitError{code: exitUsage, err: fmt.Errorf("--pdf-memory-mib must be at least 64, or -1 for no limit (got %d)", pdfFlags.memoryMiB)}
	}
	opt := pdf.Defaults()
	opt.Timeout, opt.MemoryLimit, opt.Pdftotext = pdfFlags.timeout, mem, pdfFlags.pdftotext
	pdf.SetDefaults(opt)
	return nil
}
