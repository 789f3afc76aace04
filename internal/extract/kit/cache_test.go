package kit

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"jplan/internal/ja/norm"
	"jplan/internal/layout"
)

// texts is the text of ls.
func texts(ls []Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

// TestCacheServesEveryDocument interleaves more documents than the cache
// holds, from several goroutines, asking for heads before wholes: every answer
// must be what a fresh flattening of that document gives.
func TestCacheServesEveryDocument(t *testing.T) {
	var docs []*layout.Document
	for i := range 3 * cacheSize {
		text := fmt.Sprintf("令和%d年度　第%d部　組織目標\n\n１　ｍｉｓｓｉｏｎ %d\n\n指標\t単位\n待機児童\t%d人\n", i+1, i, i, i)
		docs = append(docs, parse(t, text, ""))
	}
	want := make([][]string, len(docs))
	for i, d := range docs {
		var ls []Line
		for j, b := range d.Blocks {
			ls = appendBlock(ls, j, b)
		}
		want[i] = texts(ls)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 4 * len(docs) {
				i := (k*7 + g) % len(docs)
				d := docs[i]
				if got := texts(LeadingLines(d, 2)); !slices.Equal(got, want[i][:min(2, len(want[i]))]) {
					t.Errorf("doc %d: LeadingLines = %q, want prefix of %q", i, got, want[i])
				}
				if got := texts(headLines(d, 3)); !slices.Equal(got, want[i][:min(3, len(want[i]))]) {
					t.Errorf("doc %d: headLines = %q, want prefix of %q", i, got, want[i])
				}
				if got := texts(Lines(d)); !slices.Equal(got, want[i]) {
					t.Errorf("doc %d: Lines = %q, want %q", i, got, want[i])
				}
				if got := texts(slices.Collect(EachLine(d))); !slices.Equal(got, want[i]) {
					t.Errorf("doc %d: EachLine = %q, want %q", i, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// TestCacheSeesChangedDocument: a document changed after it was flattened
// (blocks added) is flattened again.
func TestCacheSeesChangedDocument(t *testing.T) {
	d := parse(t, "組織目標\n", "")
	before := len(Lines(d))
	d.Blocks = append(d.Blocks, layout.Block{Kind: layout.Paragraph, Text: "追加の段落"})
	if got := Lines(d); len(got) != before+1 || got[len(got)-1].Text != "追加の段落" {
		t.Errorf("Lines after a block was added = %q", texts(got))
	}
}

// TestLinesReturnsACopy: a caller changing its lines does not change what the
// next caller gets.
func TestLinesReturnsACopy(t *testing.T) {
	d := parse(t, "組織目標\n\n本文\n", "")
	ls := Lines(d)
	ls[0].Text = "changed"
	if Lines(d)[0].Text == "changed" {
		t.Error("Lines handed out the cached slice")
	}
}

// TestCleanRemembersFaithfully: asked twice, Clean answers what normalising
// gives, and what it remembers stays bounded.
func TestCleanRemembersFaithfully(t *testing.T) {
	for _, s := range []string{"", "　ＡＢＣ　１２３  ", "①　目標\n\n（２）指標", "令和７年度\t部局経営目標", " "} {
		want := norm.CollapseSpace(norm.Normalize(s))
		for range 2 {
			if got := Clean(s); got != want {
				t.Errorf("Clean(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for i := range maxCleaned + 10 {
		Clean(fmt.Sprintf("行%d", i))
	}
	cleaned.Lock()
	n := len(cleaned.m)
	cleaned.Unlock()
	if n > maxCleaned {
		t.Errorf("Clean remembers %d strings, more than %d", n, maxCleaned)
	}
}

// TestCleanForgetsLongText: a text longer than maxCleanedLen is cleaned
// right but not remembered.
func TestCleanForgetsLongText(t *testing.T) {
	long := strings.Repeat("ＡＢ　", maxCleanedLen)
	if got, want := Clean(long), norm.CollapseSpace(norm.Normalize(long)); got != want {
		t.Fatalf("Clean(long) = %.20q…, want %.20q…", got, want)
	}
	if _, ok := cleaned.get(long); ok {
		t.Error("Clean remembered a text longer than maxCleanedLen")
	}
}

// TestFieldsCached: Fields answers from the cache what reading the document
// gives, and hands out a copy.
func TestFieldsCached(t *testing.T) {
	d := parse(t, "令和8年度 部局経営目標\n\n部局名:総合政策部\n\n年度\t令和8年度\t作成日\t令和8年4月1日\n部局長名\t木村 辰生\n", "")
	want := fieldsOf(d)
	if len(want) < 2 {
		t.Fatalf("fieldsOf = %v, want at least 2 fields", want)
	}
	for range 2 {
		got := Fields(d)
		if !slices.Equal(got, want) {
			t.Fatalf("Fields = %v, want %v", got, want)
		}
		got[0].Value = "changed"
	}
}

// TestPerDocument: a reading is made once per document and key, and a make
// that uses kit on the same document does not deadlock.
func TestPerDocument(t *testing.T) {
	type keyA struct{}
	type keyB struct{}
	a := parse(t, "令和5年度 組織目標\n\n本文", "")
	b := parse(t, "令和6年度 組織目標\n\n本文", "")
	calls := 0
	count := func(doc *layout.Document) func() int {
		return func() int { calls++; return len(Lines(doc)) }
	}
	for range 3 {
		if got := PerDocument(a, keyA{}, count(a)); got != len(Lines(a)) {
			t.Fatalf("PerDocument(a) = %d, want %d", got, len(Lines(a)))
		}
	}
	PerDocument(b, keyA{}, count(b))
	PerDocument(a, keyB{}, count(a))
	if calls != 3 {
		t.Errorf("make ran %d times for 3 (document, key) pairs, want 3", calls)
	}
	if got := PerDocument(nil, keyA{}, func() string { return "x" }); got != "x" {
		t.Errorf("PerDocument(nil) = %q, want make's value", got)
	}
}
