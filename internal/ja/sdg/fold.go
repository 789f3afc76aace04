package sdg

import (
	"strings"
	"unicode/utf8"
)

// folded is the input with the width and punctuation variants that matter for
// tags folded to one form (full-width ASCII to ASCII, ideographic space to
// space, wave dashes to ~, № to No.), with a map back to byte offsets of the
// input so every Tag reports positions in the text as written.
type folded struct {
	text string
	off  []int // off[i] is the input offset of folded byte i; off[len(text)] = len(input)
}

func fold(s string) folded {
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '\t' && c != '\r' {
			b.WriteByte(c)
			off = append(off, i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n := b.Len()
		if out, ok := foldRune(r); ok {
			b.WriteString(out)
		} else {
			b.WriteRune(r) // an invalid byte becomes U+FFFD
		}
		for range b.Len() - n {
			off = append(off, i)
		}
		i += size
	}
	off = append(off, len(s))
	return folded{text: b.String(), off: off}
}

// foldRune maps one rune to its folded spelling, or reports false when the
// rune stays as it is.
func foldRune(r rune) (string, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII, ～ included
		return string(r - 0xFEE0), true
	case r == 0x3000 || r == 0x00A0 || (r >= 0x2000 && r <= 0x200B) || r == '\t' || r == '\r':
		return " ", true
	case r == 0x301C || r == 0x2053 || r == 0x223C:
		return "~", true
	case r == 0x2116: // №
		return "No.", true
	case r == 0x2010 || r == 0x2011 || r == 0x2012 || r == 0x2013 || r == 0x2014 || r == 0x2015 || r == 0x2212:
		return "-", true
	case r == 0x2F6C: // Kangxi radical EYE, seen in PDF text for 目
		return "目", true
	case r == 0xFF64: // half-width ideographic comma
		return "、", true
	case r == 0xFF65: // half-width katakana middle dot
		return "・", true
	}
	return "", false
}

// compact is the form in which goal names are compared: folded, ASCII lower
// case, without spaces, 、 ・ , and other separators a name may be written with.
func compact(s string) string {
	f := fold(s).text
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		switch r {
		case ' ', '\n', '、', '・', ',', '，', '.', '。', '-', '_', '「', '」', '“', '”', '"', '\'':
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
