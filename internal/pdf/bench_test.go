package pdf

import (
	"context"
	"os"
	"testing"

	pdftext "jplan/internal/pdf/text"
)

// BenchmarkChildOverhead is the fixed cost of isolation per document: start the
// child (this test binary), send a small PDF, receive a three-page reply as
// JSON and decode it, without parsing anything.
func BenchmarkChildOverhead(b *testing.B) {
	data := cannedPDF()
	opt := Options{Command: selfCommand(b, "canned")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseIsolated(context.Background(), data, "bench.pdf", opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewsletterIsolated and BenchmarkNewsletterInProcess parse the same
// real one-page newsletter PDF with and without the child process; the
// difference is what isolation costs on a real document (spawn, limits, JSON).
func BenchmarkNewsletterIsolated(b *testing.B) {
	data := readBench(b, newsletterPDF)
	opt := Options{Command: selfCommand(b, "")}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseIsolated(context.Background(), data, "002.pdf", opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewsletterInProcess(b *testing.B) {
	data := readBench(b, newsletterPDF)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdftext.Parse(data, pdftext.Options{Name: "002.pdf"}); err != nil {
			b.Fatal(err)
		}
	}
}

func readBench(b *testing.B, path string) []byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
