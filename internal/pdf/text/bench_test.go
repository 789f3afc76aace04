package pdftext

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// benchFiles are the fixtures measured: forms from both renderers, the
// predefined-CMap file and the 18-page 厚生労働省 table.
var benchFiles = []string{
	"d001_keiei_mokuhyo.chromium.pdf",
	"d001_keiei_mokuhyo.libreoffice.pdf",
	"d900_features.chromium.pdf",
	"r_90ms_rksj_h.pdf",
	"mhlw_shinryoujo_000791218.pdf",
}

// BenchmarkParse reports pages/s and allocations of the text layer.
// Compare with BenchmarkPdftotext on the same files (same sub-benchmark
// names) for the ratio; the goal is at most 1.5× pdftotext's time.
func BenchmarkParse(b *testing.B) {
	for _, name := range benchFiles {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			pages := 0
			for b.Loop() {
				res, err := Parse(data, Options{Name: name})
				if err != nil {
					b.Fatal(err)
				}
				pages += res.Doc.Pages
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkPdftotext runs poppler's pdftotext on the same files, when it is
// installed, so the two can be read side by side.
func BenchmarkPdftotext(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not on PATH (apt-get install poppler-utils)")
	}
	for _, name := range benchFiles {
		path := filepath.Join("testdata", name)
		pages := pageCount(b, path)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				err := exec.CommandContext(ctx, bin, "-q", "-enc", "UTF-8", path, os.DevNull).Run()
				cancel()
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func pageCount(b *testing.B, path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	res, err := Parse(data, Options{})
	if err != nil {
		b.Fatal(err)
	}
	return res.Doc.Pages
}
