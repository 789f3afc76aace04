package pdf

import (
	"strings"
	"testing"
)

func TestJudgePage(t *testing.T) {
	const ja = "各部の運営方針と目標を策定しました。平成24年度は個別事業の中に行革推進事業を位置付けます。" // 45 runes
	cases := []struct {
		name     string
		text     string
		ops      int
		japanese bool
		garbage  bool
		reason   string
	}{
		{"clean japanese", ja, 30, true, false, ""},
		{"clean with ascii and symbols", "指標 ① 10.0億円 × 2 ℃ ±5 § 〜 ～ ｶﾅ 髙﨑", 12, true, false, ""},
		{"no operators no text: a scan", "", 0, true, false, ""},
		{"whitespace only, no operators", " \n\t　", 0, true, false, ""},
		{"operators but no text", "", 7, true, true, "7 text operators but no characters"},
		{"operators but blank text", " \n ", 3, true, true, "3 text operators but no characters"},
		{"many operators, few runes", "目標", 40, true, true, "40 text operators but only 2 characters"},
		{"few operators, few runes is fine", "目標", 5, true, false, ""},
		{"one replacement char in 45 is 2.2%", ja[:len(ja)-3] + "\uFFFD", 10, true, true, "2% U+FFFD or control characters"},
		{"replacement share just under 2%", strings.Repeat("目", 50) + "\uFFFD", 10, true, false, ""},
		{"C0 controls", strings.Repeat("目\x01", 10), 10, true, true, "50% U+FFFD or control characters"},
		{"C1 controls", strings.Repeat("目標\u0085\u0090", 10), 10, true, true, "50% U+FFFD or control characters"},
		{"tabs and newlines are not controls", strings.Repeat("目\t標\n", 10), 10, true, false, ""},
		{"private use", strings.Repeat("目標計画", 10) + "\uE000", 10, true, true, "2% private-use characters"},
		{"supplementary private use", strings.Repeat("目", 10) + "\U000F0001", 10, true, true, "9% private-use characters"},
		{"latin-1 mojibake of shift_jis", "ŒŽ‹Æ•ñ‚Ì–Ú•W‚ð’B¬‚µ‚Ü‚·", 10, true, true, "35% accented Latin letters in a Japanese document"},
		{"latin-1 mojibake of utf-8", "å¹³æˆ24å¹´åº¦ã®ç›®æ¨™", 10, true, true, "accented Latin letters in a Japanese document"},
		{"accented letters in a non-japanese document", "Über die Zuständigkeit der Behörde für Straßenbau", 10, false, false, ""},
		{"a few accented letters are fine", ja + "café", 10, true, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := JudgePage(c.text, c.ops, c.japanese)
			if v.Garbage != c.garbage {
				t.Fatalf("JudgePage(%q, %d, %v) = %+v, want garbage=%v", c.text, c.ops, c.japanese, v, c.garbage)
			}
			if !strings.Contains(v.Reason, c.reason) || (c.reason == "" && v.Reason != "") {
				t.Errorf("reason %q, want it to contain %q", v.Reason, c.reason)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		n, total int
		want     string
	}{{1, 1000, "<1%"}, {0, 10, "0%"}, {12, 100, "12%"}, {1, 3, "33%"}, {2, 3, "67%"}} {
		if got := percent(c.n, c.total); got != c.want {
			t.Errorf("percent(%d, %d) = %q, want %q", c.n, c.total, got, c.want)
		}
	}
}
