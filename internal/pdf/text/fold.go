package pdftext

import (
	"strings"

	"jplan/internal/ja/norm"
)

// foldGlyph repairs what PDF fonts do to text rather than what the author
// wrote: ToUnicode maps that give a Kangxi or CJK supplement radical (⽬) for
// an ideograph (目), and ligature glyphs (ﬁ, ﬃ) for their letters. Width and
// everything else stay as written; circled numbers (①) are kept.
func foldGlyph(s string) string {
	if !needsFold(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isRadical(r) || isLigature(r) {
			b.WriteString(norm.Normalize(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xe2 { // lead bytes of U+2000 and above
			for _, r := range s[i:] {
				if isRadical(r) || isLigature(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isRadical(r rune) bool  { return r >= 0x2e80 && r <= 0x2fdf }
func isLigature(r rune) bool { return r >= 0xfb00 && r <= 0xfb06 }
