package layout

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"jplan/internal/cputime"
	"jplan/internal/sniff"
)

// benchParse measures layout throughput on one fixture: MB/s from SetBytes,
// blocks/s (table cells counted as blocks too) and cpu-ns/op (user + system time
// of the process, garbage collection included) as custom metrics. cpu-ns/op is
// the figure to compare on a machine busy with other work, where ns/op is not.
func benchParse(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	blocks := 0
	ctx := context.Background()
	cpu0 := cputime.Self()
	for b.Loop() {
		doc, err := Parse(ctx, data, Options{Name: filepath.Base(path)})
		if err != nil {
			b.Fatal(err)
		}
		blocks += countBlocks(doc.Blocks)
	}
	cpu := cputime.Self() - cpu0
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func countBlocks(blocks []Block) int {
	n := len(blocks)
	for _, b := range blocks {
		for _, r := range b.Rows {
			n += len(r)
		}
	}
	return n
}

func BenchmarkLayoutHTML(b *testing.B) {
	b.Run("utf8", func(b *testing.B) { benchParse(b, filepath.Join(seedDir, "000_0cc3bb853a8a753b.html")) })
	b.Run("sjis", func(b *testing.B) { benchParse(b, filepath.Join(seedDir, "000_0cc3bb853a8a753b.sjis.html")) })
}

func BenchmarkLayoutText(b *testing.B) {
	b.Run("prose_002", func(b *testing.B) { benchParse(b, filepath.Join(seedDir, "002_14af7f8c1c2b8dac.txt")) })
	b.Run("tables_001", func(b *testing.B) { benchParse(b, filepath.Join(seedDir, "001_eab234e6a144cc72.txt")) })
}

// BenchmarkAnnotateParse measures the position marks and the parse of the
// marked page, the share of HTML layout they make together.
func BenchmarkAnnotateParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(seedDir, "000_0cc3bb853a8a753b.html"))
	if err != nil {
		b.Fatal(err)
	}
	text, _ := sniff.Decode(data, "")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Self()
	for b.Loop() {
		annotated, _, _ := annotate(text)
		if _, err := html.Parse(strings.NewReader(annotated)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Self()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
