package lgcode

import (
	"runtime"
	"testing"
)

// BenchmarkParseTables measures the one-time parse and indexing of the
// embedded tables (what the first lookup in a process pays).
func BenchmarkParseTables(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var keep *table
	for b.Loop() {
		t, err := parseTables(prefCSV, localgovCSV)
		if err != nil {
			b.Fatal(err)
		}
		keep = t
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-retained")
	runtime.KeepAlive(keep)
}

func BenchmarkFindIn(b *testing.B) {
	text := readTestdata(b, "niigata_chuo_004.txt")
	FindIn(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindIn(text)
	}
}

func BenchmarkLookup(b *testing.B) {
	load()
	for b.Loop() {
		Lookup("", "新潟市 中央区")
	}
}

func BenchmarkByURL(b *testing.B) {
	load()
	for b.Loop() {
		ByURL("https://kurashi.city.maniwa.lg.jp/soshiki/40/104559.html")
	}
}
