package era

import (
	"os"
	"strings"
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

// BenchmarkFindDatesLines runs FindDates line by line, as the extractors do:
// most lines hold no date.
func BenchmarkFindDatesLines(b *testing.B) {
	lines := strings.Split(seedText(b), "\n")
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindDates(l)
		}
	}
}

// BenchmarkFindFiscalYearsLines is FindFiscalYears line by line.
func BenchmarkFindFiscalYearsLines(b *testing.B) {
	lines := strings.Split(seedText(b), "\n")
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindFiscalYears(l)
		}
	}
}
