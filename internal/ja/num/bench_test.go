package num

import (
	"os"
	"regexp"
	"testing"
)

// cellPattern pulls value-like cells (a figure with what follows it up to a
// separator) out of the seed text, so the benchmark parses realistic cells.
var cellPattern = regexp.MustCompile(`[①-⑳]?[0-9０-９][0-9０-９,.．万億千]*[^\s①-⑳<>)()（）]{0,4}`)

func benchCells(b *testing.B) []string {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	cells := cellPattern.FindAllString(string(data), -1)
	if len(cells) < 20 {
		b.Fatalf("only %d cells in testdata/seeds.txt", len(cells))
	}
	return cells
}

func BenchmarkParseQuantity(b *testing.B) {
	cells := benchCells(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, c := range cells {
			ParseQuantity(c)
		}
	}
	b.ReportMetric(float64(len(cells)*b.N)/b.Elapsed().Seconds(), "cells/s")
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"1,500", "10.0億", "一万二千三百", "二〇二三", "1万2千", "96.5"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			ParseNumber(s)
		}
	}
}

func BenchmarkSplitCircled(b *testing.B) {
	s := "①セミナー、ワークショップ実施数②セミナー、ワークショップ参加者数③交流会開催数④交流会参加者数"
	b.ReportAllocs()
	for b.Loop() {
		SplitCircled(s)
	}
}
