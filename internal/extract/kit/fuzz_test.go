package kit

import (
	"context"
	"strings"
	"testing"

	"jplan/internal/ja/norm"
	"jplan/internal/layout"
)

// FuzzSplitMarker checks that a split marker is a prefix of the line and
// that the rest is the line's remainder.
func FuzzSplitMarker(f *testing.F) {
	for _, s := range []string{"1-①キャッシュレス", "(1) 部局の方向性", "①コミュニティ", "●人口", "第1章 市民", "1. 共生", "1 にいがた", "ア 相談", "・・・", "1-1-1 見守り", "①"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, rest := SplitMarker(line)
		if wm, wrest := splitMarkerEveryPattern(line); m != wm || rest != wrest {
			t.Fatalf("SplitMarker(%q) = %q, %q; every pattern tried gives %q, %q", line, m, rest, wm, wrest)
		}
		s := strings.TrimSpace(line)
		if m == "" {
			if rest != s {
				t.Fatalf("no marker but rest %q != %q", rest, s)
			}
			return
		}
		if !strings.HasPrefix(s, m) || !strings.HasSuffix(s, rest) || rest == "" {
			t.Fatalf("SplitMarker(%q) = %q, %q", line, m, rest)
		}
		_ = Code(m)
	})
}

// splitMarkerEveryPattern is SplitMarker without the first-rune filter
// (mayBeNumbered): every pattern is tried on every line.
func splitMarkerEveryPattern(line string) (string, string) {
	s := strings.TrimSpace(line)
	if m, rest, ok := numberedMarker(s); ok {
		return m, rest
	}
	return markMarker(s)
}

// FuzzIndicators feeds arbitrary text to the prose and flattened-table
// indicator readers: no panic, and every indicator has a name.
func FuzzIndicators(f *testing.F) {
	for _, s := range []string{
		"指標:①市内成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②34人)",
		"指標:作業進捗率\n目標値:100%\n(令和7年度実績値(見込み):100%)",
		"目標(指標)名 単位 現状 目標(平成31年度) 待機児童 人 0 0 認定こども園 カ所 1 3",
		"指標:", "指標:目標値:実績値:", "(令和7年度実績値",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, in := range append(ProseIndicators(text), FlatIndicators(text)...) {
			if strings.TrimSpace(in.Name) == "" {
				t.Fatalf("indicator without a name from %q", text)
			}
		}
	})
}

// FuzzLinesAreClean: the text and marker of every line are what Clean makes
// of them already, so an extractor may compare l.Text directly where it
// would compare Clean(l.Text) (Match does, to stay cheap).
func FuzzLinesAreClean(f *testing.F) {
	for _, s := range []string{
		"令和８年度　部局経営目標\n\n年度\t令和８年度\n部局名\t総合政策部\n",
		"①　目標\r\n（２）指標　１０−２０\u3000件\n・ ｶﾞｲﾄﾞ\u200b ⻑期〜",
		"<html><head><title>各部の 運営方針と目標</title></head><body><h1>企画部</h1><ul><li>①　事業\n継続</li></ul><table><tr><td>指標\u3000名</td><td>１ ２</td></tr></table></body></html>",
		"1\n−2 \t \n\u2028 か\u3099 ㍻ ﬁ ①\u0301",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: "fuzz"})
		if err != nil {
			return
		}
		for l := range EachLine(doc) {
			if c := Clean(l.Text); c != l.Text {
				t.Fatalf("line %q: Clean gives %q", l.Text, c)
			}
			if c := Clean(l.Marker); c != l.Marker {
				t.Fatalf("marker %q: Clean gives %q", l.Marker, c)
			}
		}
		for _, s := range HeadLines(doc, 20) {
			if c := Clean(s); c != s {
				t.Fatalf("head line %q: Clean gives %q", s, c)
			}
		}
	})
}

// FuzzClean: Clean, with its one-line fast path (oneLine) and its memo,
// gives what normalising and collapsing every space gives.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " ", "　ＡＢＣ　１２３  ", "①　目標\n\n（２）指標", "a\r\nb", "x\u2028y\u0085z", "\u1680a\u3000 b\t", "1\n−2", "か\u3099"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := norm.CollapseSpace(norm.Normalize(s))
		for range 2 { // the second answer comes from the memo
			if got := Clean(s); got != want {
				t.Fatalf("Clean(%q) = %q, want %q", s, got, want)
			}
		}
	})
}
