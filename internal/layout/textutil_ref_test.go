package layout

import (
	"strings"
	"testing"
	"unicode"
)

// collapseLineRef is the rune-by-rune collapseLine the byte scan replaced: the
// definition the fast version must agree with.
func collapseLineRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == 0 {
			continue
		}
		if isCollapsible(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

var collapseSamples = []string{
	"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\x00b", "\x00", " \x00 a \x00 ",
	"木村\u3000辰生", "\u3000木村\u3000", "の実現\u00a0\u00a0\u00a0", "a\u200bb", "\ufeffa", "a\u200b",
	"\xff", "a\xffb", "\xe3\x81", "a \xe3\x81", "\ufffd", "a\u2028b", "\u2028", "a \u3000",
	"x\r\n\r\ny", "\v\fa\v\f", "本文 ここから\u00a0 です",
}

func TestCollapseLineAgrees(t *testing.T) {
	for _, s := range collapseSamples {
		if got, want := collapseLine(s), collapseLineRef(s); got != want {
			t.Errorf("collapseLine(%q) = %q, reference %q", s, got, want)
		}
	}
}

func FuzzCollapseLine(f *testing.F) {
	for _, s := range collapseSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseLine(s), collapseLineRef(s); got != want {
			t.Fatalf("collapseLine(%q) = %q, reference %q", s, got, want)
		}
	})
}
