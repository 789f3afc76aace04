package norm

import (
	"os"
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
