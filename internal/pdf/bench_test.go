package pdf

import (
	"context"
	"os"
	"testing"

	pdftext "jplan/internal/pdf/text"
)

// BenchmarkChildOverhead is the cost of isolation per document without the
// pool: the canned child exits after every reply, so every document starts a
// child (this test binary), sends a small PDF, receives a three-page reply as
// JSON and decodes it, without parsing anything. (The pool first finds the
// previous child gone, which costs a failed write and a wait.)
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

// BenchmarkPooledRoundTrip is the cost of isolation per document with the
// pool: a one-line PDF sent to a live child, parsed and answered. Compare
// BenchmarkChildOverhead.
func BenchmarkPooledRoundTrip(b *testing.B) {
	data := goodPDF(1)
	opt := Options{Command: selfCommand(b, "")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseIsolated(context.Background(), data, "bench.pdf", opt); err != nil {
			b.Fatal(err)
		}
	}
	CloseChildren()
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
