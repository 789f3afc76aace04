package sdg

import (
	"strings"
	"testing"
)

// BenchmarkFindPage measures Find over a whole municipal page (13 tags).
func BenchmarkFindPage(b *testing.B) {
	page := readTestdata(b, "maniwa_000.txt")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if len(Find(page)) != 13 {
			b.Fatal("wrong tag count")
		}
	}
}

// BenchmarkStripTitle measures Strip on a typical mission heading.
func BenchmarkStripTitle(b *testing.B) {
	title := "真庭ライフスタイル・SDGs未来杜市の実現 【No.17:パートナーシップで目標を達成しよう】"
	for b.Loop() {
		Strip(title)
	}
}

// BenchmarkFindDenseAnchors guards against quadratic work on hostile text:
// a long line of unclosed 【No.1 anchors.
func BenchmarkFindDenseAnchors(b *testing.B) {
	line := strings.Repeat("【No.1", 2000)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		Find(line)
	}
}

// BenchmarkStripLines runs Strip on every line of a page, as the extractors
// do on candidate titles: most lines hold no tag.
func BenchmarkStripLines(b *testing.B) {
	lines := strings.Split(readTestdata(b, "maniwa_000.txt"), "\n")
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Strip(l)
		}
	}
}
