package norm

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkNormalize(b *testing.B) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}

func BenchmarkCollapseSpace(b *testing.B) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		CollapseSpace(s)
	}
}

// BenchmarkNormalizeLines normalises the seed text line by line, as the
// extractors do; most lines are already normal.
func BenchmarkNormalizeLines(b *testing.B) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Normalize(l)
		}
	}
}

// BenchmarkCollapseSpaceLines is CollapseSpace line by line.
func BenchmarkCollapseSpaceLines(b *testing.B) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			CollapseSpace(l)
		}
	}
}
