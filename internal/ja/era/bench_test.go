package era

import (
	"os"
	"testing"
)

func seedText(b *testing.B) string {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkFindFiscalYears(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FindFiscalYears(s)
	}
}

func BenchmarkFindDates(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FindDates(s)
	}
}

func BenchmarkFindPeriods(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FindPeriods(s)
	}
}
