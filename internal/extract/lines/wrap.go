package lines

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"jplan/internal/extract/kit"
)

// DisplayWidth counts wide (CJK, full-width) characters as 2, others as 1.
func DisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	return r >= 0x1100 && !(r >= 0xFF61 && r <= 0xFFDC) && !(r >= 0x2000 && r <= 0x206F)
}

// DropScriptSpaces removes a space between a CJK character and an ASCII
// letter or digit, in either order ("115 組" → "115組", "POP 冗長化"), but not
// the space after a leading item number ("1 にいがた").
func DropScriptSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && i+1 < len(s) && !isLeadingNumber(s[:i]) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if (isCJK(prev) && isASCIIWord(next)) || (isASCIIWord(prev) && isCJK(next)) {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isLeadingNumber reports whether s is an item number alone: "1", "1.", "(2)"
// (one or two digits; "395" is a value, "395 万件").
func isLeadingNumber(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r != '.' && r != '(' && r != ')':
			return false
		}
	}
	return digits >= 1 && digits <= 2
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r >= 0x3000 && r <= 0x303F
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%')
}

// Paragraphs joins lines into the paragraphs they were written as. A line
// starting with a bullet always starts a new one. In a PDF (wrap true) a line
// that reaches the edge of its column (within 15% of the widest line, maxWidth)
// and does not end a sentence runs on into the next line without a space;
// every other line break is kept. Bullet markers are removed.
func Paragraphs(ls []Line, wrap bool, maxWidth int) []string {
	var out []string
	joinNext := false
	for _, l := range ls {
		marker, rest := kit.SplitMarker(l.Text)
		isBullet := marker != "" && kit.IsBullet(marker)
		text := l.Text
		if isBullet {
			text = rest
		}
		if joinNext && !isBullet && len(out) > 0 {
			out[len(out)-1] += text
		} else {
			out = append(out, text)
		}
		joinNext = wrap && Wraps(l, maxWidth)
	}
	return out
}

// Wraps reports whether a PDF line was broken by the column edge: it is at
// least 85% as wide as the widest line of its column (maxWidth) and does not
// end a sentence.
func Wraps(l Line, maxWidth int) bool {
	if maxWidth <= 0 || l.Width*100 < maxWidth*85 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.Text)
	return !strings.ContainsRune("。.!?!?", last)
}
