package kit

import (
	"strings"
	"testing"
)

// FuzzSplitMarker checks that a split marker is a prefix of the line and
// that the rest is the line's remainder.
func FuzzSplitMarker(f *testing.F) {
	for _, s := range []string{"1-①キャッシュレス", "(1) 部局の方向性", "①コミュニティ", "●人口", "第1章 市民", "1. 共生", "1 にいがた", "ア 相談", "・・・", "1-1-1 見守り", "①"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, rest := SplitMarker(line)
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
