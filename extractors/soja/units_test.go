package soja

import (
	"strings"
	"testing"
)

// FuzzSpecial: special's literal checks before its regexps change nothing:
// it classifies every line as the regexps alone do.
func FuzzSpecial(f *testing.F) {
	for _, s := range []string{"重点プロジェクト①", "重点プロジェクト2:「うるおう」", "「ささえる」プロジェクトの方針", "『つなぐ』の方針", "など", "重点プロジェクトとは、", "重点プロジェクト"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := short
		switch {
		case labelRe.MatchString(text):
			want = label
		case policyRe.MatchString(text):
			want = policyHead
		case text == "など" || text == "等":
			want = nado
		case strings.HasPrefix(text, "重点プロジェクトとは"):
			want = definition
		}
		if got := special(text); got != want {
			t.Fatalf("special(%q) = %v, the regexps alone give %v", text, got, want)
		}
	})
}
