package store

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkPut stores distinct 64 KiB documents (two synced temp files and
// renames each): the store's share of a first crawl.
func BenchmarkPut(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	page := bytes.Repeat([]byte("令和5年度 部局経営目標 "), 64<<10/32)
	b.SetBytes(int64(len(page)))
	i := 0
	for b.Loop() {
		i++
		doc := append(fmt.Appendf(nil, "%d ", i), page...)
		if _, err := s.Put(doc, Meta{URL: "https://www.city.maniwa.lg.jp/a.html"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGet reads and re-verifies a stored 64 KiB document.
func BenchmarkGet(b *testing.B) {
	s, _ := Open(b.TempDir())
	page := bytes.Repeat([]byte("令和5年度 部局経営目標 "), 64<<10/32)
	d, err := s.Put(page, Meta{URL: "u"})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := s.Get(d); err != nil {
			b.Fatal(err)
		}
	}
}
