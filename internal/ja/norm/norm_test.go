package norm

import (
	"os"
	"testing"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"circled numbers protected", "①115組②30人", "①115組②30人"},
		{"circled numbers protected beside full-width digits", "①１１５組　②３０人", "①115組 ②30人"},
		{"circled 21 to 50 protected", "㉑件㊿件", "㉑件㊿件"},
		{"negative circled numbers protected", "❶目標❷実績", "❶目標❷実績"},
		{"parenthesised numbers protected", "⑴目標⑵実績⒇その他", "⑴目標⑵実績⒇その他"},
		{"full-stop numbers protected", "⒈概要⒉計画", "⒈概要⒉計画"},
		{"parenthesised ideograph numbers protected", "㈠総則㈡目標", "㈠総則㈡目標"},
		{"circled ideograph numbers protected", "㊀㊁㊂", "㊀㊁㊂"},
		{"circled katakana protected", "㋐地域㋑学校", "㋐地域㋑学校"},
		{"circled letters protected", "Ⓐ案ⓑ案", "Ⓐ案ⓑ案"},
		{"square metre kept", "1,200㎡", "1,200㎡"},
		{"superscript kept", "500m²", "500m²"},
		{"other parenthesised ideographs fold", "㈱まにわ", "(株)まにわ"},
		{"Kangxi radical 目", "⽬標値", "目標値"},
		{"Kangxi radical 長", "⾧期計画", "長期計画"},
		{"Kangxi radical 人", "⼈⼝ビジョン", "人口ビジョン"},
		{"CJK radical supplement 長", "⻑期計画", "長期計画"},
		{"CJK radical supplement 西", "関⻄", "関西"},
		{"CJK radical supplement 食 and 青", "⻝育と⻘少年", "食育と青少年"},
		{"ligature fi", "ﬁle", "file"},
		{"squared katakana ㌔", "5㌔", "5キロ"},
		{"squared company ㍿", "㍿まにわ", "株式会社まにわ"},
		{"era square ㋿", "㋿5年度", "令和5年度"},
		{"era square ㍻", "㍻24年度", "平成24年度"},
		{"full-width ASCII", "ＡＢＣ１２３ｄＸ", "ABC123dX"},
		{"full-width parentheses and colon", "（１）指標：目標", "(1)指標:目標"},
		{"full-width percent", "９６．０％", "96.0%"},
		{"half-width kana", "ｶﾞｲﾄﾞﾌﾞｯｸ", "ガイドブック"},
		{"half-width prolonged sound mark", "ｺｰﾋｰ", "コーヒー"},
		{"ideographic space collapsed", "令和　5年度", "令和 5年度"},
		{"NBSP collapsed", "令和\u00a05\u00a0年度", "令和 5 年度"},
		{"tab and run collapsed", "年度\t\t令和8年度  \u3000 作成日", "年度 令和8年度 作成日"},
		{"lines kept and trimmed", "  平成 \n 24年度  ", "平成\n24年度"},
		{"CRLF and CR become LF", "一\r\n二\r三", "一\n二\n三"},
		{"line separator becomes LF", "一\u2028二", "一\n二"},
		{"wave dash range", "令和5〜9年度", "令和5~9年度"},
		{"full-width tilde range", "令和5～9年度", "令和5~9年度"},
		{"tilde operator range", "5∼9", "5~9"},
		{"ASCII tilde kept", "5~9", "5~9"},
		{"minus sign between digits", "1−2", "1-2"},
		{"en dash between digits", "2023–2027", "2023-2027"},
		{"hyphen between full-width digits", "２０２３‐２０２７", "2023-2027"},
		{"horizontal bar between digits", "1―3", "1-3"},
		{"dash in prose kept", "計画—概要", "計画—概要"},
		{"dash before digit kept", "―3", "―3"},
		{"chōon never changed", "コーヒー・センター", "コーヒー・センター"},
		{"chōon between digits never changed", "1ー2", "1ー2"},
		{"full-width hyphen-minus folds", "１－①", "1-①"},
		{"zero-width removed", "目\u200b標\ufeff値", "目標値"},
		{"soft hyphen removed", "de\u00adsign", "design"},
		{"invalid UTF-8 replaced", "目\xff標", "目\ufffd標"},
		{"empty", "", ""},
		{"only spaces", " \u3000\t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"broken era line", "平成\n24 年度", "平成24年度"},
		{"full-width and spaces", "指標：　①市内成婚数", "指標:①市内成婚数"},
		{"radical and width", "⽬標 値", "目標値"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"runs and line breaks", "  令和5年度\n\t部局経営目標\u3000【総合政策部】 ", "令和5年度 部局経営目標 【総合政策部】"},
		{"keeps full-width as written", "ＡＢＣ　①", "ＡＢＣ ①"},
		{"keeps radicals as written", "⽬標", "⽬標"},
		{"NBSP", "a\u00a0\u00a0b", "a b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CollapseSpace(tt.in); got != tt.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkerNumber(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		n    int
		ok   bool
	}{
		{"circled 1", '①', 1, true},
		{"circled 20", '⑳', 20, true},
		{"circled 21", '㉑', 21, true},
		{"circled 35", '㉟', 35, true},
		{"circled 36", '㊱', 36, true},
		{"circled 50", '㊿', 50, true},
		{"circled 0", '⓪', 0, true},
		{"parenthesised 3", '⑶', 3, true},
		{"full stop 12", '⒓', 12, true},
		{"negative circled 10", '❿', 10, true},
		{"negative circled 11", '⓫', 11, true},
		{"double circled 5", '⓹', 5, true},
		{"parenthesised ideograph 二", '㈡', 2, true},
		{"circled ideograph 十", '㊉', 10, true},
		{"circled katakana is not a number", '㋐', 0, false},
		{"circled letter is not a number", 'Ⓐ', 0, false},
		{"digit is not a marker", '1', 0, false},
		{"kanji is not a marker", '一', 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := MarkerNumber(tt.r)
			if n != tt.n || ok != tt.ok {
				t.Errorf("MarkerNumber(%q) = %d, %v; want %d, %v", tt.r, n, ok, tt.n, tt.ok)
			}
		})
	}
}

// Every Kangxi radical must come out as one unified ideograph, as the package
// documentation promises.
func TestKangxiRadicalsFoldToIdeographs(t *testing.T) {
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		got := Normalize(string(r))
		u, size := utf8.DecodeRuneInString(got)
		if size != len(got) || !unicode.Is(unicode.Han, u) || u == r || isRadicalBlock(u) {
			t.Errorf("Normalize(%U %q) = %q, want one unified ideograph", r, r, got)
		}
	}
}

// The explicit supplement table must map to unified ideographs and agree with
// NFKC wherever NFKC has a mapping.
func TestRadicalSupplementTable(t *testing.T) {
	for r, u := range radicalSupplement {
		if r < 0x2E80 || r > 0x2EFF {
			t.Errorf("%U is outside the CJK Radicals Supplement block", r)
		}
		if !unicode.Is(unicode.Han, u) || isRadicalBlock(u) {
			t.Errorf("%U maps to %U, not a unified ideograph", r, u)
		}
		if n := unorm.NFKC.String(string(r)); n != string(r) && n != string(u) {
			t.Errorf("%U maps to %q, NFKC says %q", r, u, n)
		}
	}
}

func isRadicalBlock(r rune) bool { return r >= 0x2E80 && r <= 0x2FDF }

func TestNormalizeSeedsIdempotent(t *testing.T) {
	b, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		t.Fatal(err)
	}
	once := Normalize(string(b))
	if twice := Normalize(once); twice != once {
		t.Error("Normalize is not idempotent on testdata/seeds.txt")
	}
	if !utf8.ValidString(once) {
		t.Error("Normalize produced invalid UTF-8")
	}
}
