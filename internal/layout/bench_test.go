package layout

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// benchParse measures layout throughput on one fixture: MB/s from SetBytes, and
// blocks/s (table cells counted as blocks too) as a custom metric.
func benchParse(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	blocks := 0
	ctx := context.Background()
	for b.Loop() {
		doc, err := Parse(ctx, data, Options{Name: filepath.Base(path)})
		if err != nil {
			b.Fatal(err)
		}
		blocks += countBlocks(doc.Blocks)
	}
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
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
