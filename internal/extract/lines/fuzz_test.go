package lines

import (
	"strings"
	"testing"
)

// FuzzSplit feeds arbitrary text to Split and Paragraphs: no line may be
// empty or hold a line break, removing script spaces never adds text, and
// joining paragraphs never loses a line's text.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"令和8年度 部局経営目標\n\n・人口減少対策 取組を進める。",
		"目標値:①115 組②30 人\n(令和7年度実績値 ①121 組)",
		"役割\u2027使命 POP 冗長化\n1 にいがた",
		"\xff\xfe 壊れた\u3000全角",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, pdf bool) {
		ls := Split(raw, false, pdf)
		for i, r := range strings.Split(raw, "\n") {
			// the dots are replaced whether or not the line was asked first
			if want := pdfDots.Replace(r); strings.ContainsAny(r, dotLookalikes) != (want != r) {
				t.Fatalf("line %d %q: ContainsAny and the replacer disagree", i, r)
			}
		}
		for _, l := range ls {
			if l.Text == "" || strings.Contains(l.Text, "\n") {
				t.Fatalf("bad line %q from %q", l.Text, raw)
			}
			if d := DropScriptSpaces(l.Text); len(d) > len(l.Text) {
				t.Fatalf("DropScriptSpaces(%q) = %q grew", l.Text, d)
			}
		}
		paras := Paragraphs(ls, pdf, MaxWidth(ls))
		if len(paras) > len(ls) {
			t.Fatalf("%d paragraphs from %d lines", len(paras), len(ls))
		}
	})
}
