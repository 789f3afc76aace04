package validate

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSoft(t *testing.T) {
	cases := []struct{ in, want string }{
		{"1-① 移住定住の促進", "移住定住の促進"},
		{"(1)移住定住の促進", "移住定住の促進"},
		{"（１）移住定住の促進", "移住定住の促進"},
		{"①市内成婚数", "市内成婚数"},
		{"1. 循環型経済の推進", "循環型経済の推進"},
		{"１．循環型経済の推進", "循環型経済の推進"},
		{"・地域資源の活用", "地域資源の活用"},
		{"●地域資源の活用", "地域資源の活用"},
		{"☞ 行政評価の推進", "行政評価の推進"},
		{"Ⅱ. 安全なまち", "安全なまち"},
		{"【1】 安全なまち", "安全なまち"},
		{"(ア) 安全なまち", "安全なまち"},
		{"農業基盤の維持・強化", "農業基盤の維持強化"},
		{"「真庭ライフスタイル」の実現！", "真庭ライフスタイルの実現"},
		{"ＳＤＧｓ未来都市", "sdgs未来都市"},
		{"ｶﾀｶﾅ と　全角空白", "カタカナと全角空白"},
		{"・一行目\n② 二行目", "一行目二行目"},
		// Numbers that are not numbering stay.
		{"2025年に向けて", "2025年に向けて"},
		{"10.0億円", "100億円"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Soft(c.in); got != c.want {
			t.Errorf("Soft(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStrict(t *testing.T) {
	if got := Strict("  循環型\n経済の\t推進 "); got != "循環型 経済の 推進" {
		t.Errorf("Strict = %q", got)
	}
}

func TestDice(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"あ", "", 0},
		{"あ", "あ", 1},
		{"あい", "いう", 0}, // {あい} vs {いう}
		{"観光推進", "観光の推進", 2.0 * 2 / 7}, // {観光,光推,推進} vs {観光,光の,の推,推進}: 2 shared
		{"ああああ", "ああ", 2.0 * 1 / 4},    // multisets: 3×ああ vs 1×ああ
	}
	for _, c := range cases {
		if got := Dice(c.a, c.b); !near(got, c.want) {
			t.Errorf("Dice(%q, %q) = %.4f, want %.4f", c.a, c.b, got, c.want)
		}
		if got := Dice(c.b, c.a); !near(got, c.want) {
			t.Errorf("Dice(%q, %q) = %.4f, want %.4f (symmetry)", c.b, c.a, got, c.want)
		}
	}
}

func TestMatchBestPairFirst(t *testing.T) {
	truth := []string{"子育て支援の充実", "子育て支援の充実と強化"}
	// The extracted "子育て支援の充実と強化" would fuzzily match truth[0] too
	// (Dice 0.8), but it is truth[1]'s exact twin, so that pair goes first.
	pred := []string{"子育て支援の充実と強化", "子育て支援の充実"}
	got := Match(ModeFuzzy, truth, pred)
	want := []Pair{{Truth: 0, Pred: 1, Score: 1}, {Truth: 1, Pred: 0, Score: 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Match = %+v, want %+v", got, want)
	}
	// One-to-one: two identical truth items, one extracted item.
	got = Match(ModeStrict, []string{"同じ", "同じ"}, []string{"同じ"})
	if want := []Pair{{Truth: 0, Pred: 0, Score: 1}}; !slices.Equal(got, want) {
		t.Errorf("Match duplicates = %+v, want %+v", got, want)
	}
}

func FuzzSoft(f *testing.F) {
	for _, s := range []string{"1-① 移住定住の促進", "（１）ＳＤＧｓ", "・a\n●b", "☞行政", "Ⅳ.x", "①②③", "(1)(2)", "\xff\xfe", "ｶﾞｷﾞ", "İstanbul", "ǅ", "1 2 3) ", "⑴⒈❶➀㉑㈠"} {
		f.Add(s, "移住定住の促進")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa := Soft(a)
		if !utf8.ValidString(sa) {
			t.Fatalf("Soft(%q) = %q, not UTF-8", a, sa)
		}
		if again := Soft(sa); again != sa {
			t.Fatalf("Soft not idempotent: %q → %q → %q", a, sa, again)
		}
		if i := strings.IndexFunc(sa, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); i >= 0 {
			t.Fatalf("Soft(%q) = %q keeps a space or punctuation", a, sa)
		}
		d := Dice(a, b)
		if d < 0 || d > 1 || d != Dice(b, a) {
			t.Fatalf("Dice(%q, %q) = %v, not in [0,1] or not symmetric", a, b, d)
		}
		if Dice(a, a) != 1 {
			t.Fatalf("Dice(%q, itself) != 1", a)
		}
		for _, mode := range Modes {
			pairs := Match(mode, []string{a, b, sa}, []string{b, a})
			seenT, seenP := map[int]bool{}, map[int]bool{}
			for _, p := range pairs {
				if seenT[p.Truth] || seenP[p.Pred] {
					t.Fatalf("%s: not one-to-one: %+v", mode, pairs)
				}
				seenT[p.Truth], seenP[p.Pred] = true, true
			}
			if len(pairs) == 0 {
				t.Fatalf("%s: %q not matched to itself", mode, a)
			}
		}
	})
}
