package sdg

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// folded is the input with the width and punctuation variants that matter for
// tags folded to one form (full-width ASCII to ASCII, ideographic space to
// space, wave dashes to ~, № to No.), with a map back to byte offsets of the
// input so every Tag reports positions in the text as written.
type folded struct {
	text  string
	marks []foldMark // the folded runes, in order; text is s itself when there are none
}

// foldMark records one rune that fold replaced: its output text[at:at+n]
// stands for the input s[in:next]. Between two marks text is a verbatim copy
// of the input, so offsets there map by a constant shift; keeping only the
// marks spares a table of eight bytes per input byte.
type foldMark struct {
	at, n    int // folded offset and length of the replacement
	in, next int // input offsets of the replaced rune and of what follows it
}

// at returns the input offset of folded byte i (0 <= i <= len(text)): the
// offset of the input rune that produced it, len(input) for len(text).
func (f folded) at(i int) int {
	k := sort.Search(len(f.marks), func(k int) bool { return f.marks[k].at > i }) - 1
	if k >= 0 && i < f.marks[k].at+f.marks[k].n {
		return f.marks[k].in // inside a replacement
	}
	// In a verbatim run: the byte's rune start, shifted.
	for i > 0 && i < len(f.text) && !utf8.RuneStart(f.text[i]) {
		i--
	}
	if k < 0 {
		return i
	}
	m := f.marks[k]
	return m.next + i - (m.at + m.n)
}

// fold folds s in one pass. Runes are decoded only where a replacement or an
// invalid byte can be: ASCII, and the well-formed three-byte sequences of
// U+4000–U+9FFF (kanji: lead bytes E4–E9, which take any continuation byte),
// are copied as they are.
func fold(s string) folded {
	var buf []byte // nil until the first replacement
	var marks []foldMark
	copied := 0 // s[:copied] is in buf
	for i := 0; i < len(s); {
		c := s[i]
		var out string
		size := 1
		switch {
		case c < utf8.RuneSelf:
			if c != '\t' && c != '\r' {
				i++
				continue
			}
			out = " "
		case c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
			continue
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if f, ok := foldRune(r); ok {
				out = f
			} else if r == utf8.RuneError && n == 1 {
				out = "\uFFFD" // an invalid byte
			} else {
				i += n
				continue
			}
		}
		if buf == nil {
			buf = make([]byte, 0, len(s)+len(s)/8)
		}
		buf = append(buf, s[copied:i]...)
		marks = append(marks, foldMark{at: len(buf), n: len(out), in: i, next: i + size})
		buf = append(buf, out...)
		i += size
		copied = i
	}
	if buf == nil {
		return folded{text: s}
	}
	buf = append(buf, s[copied:]...)
	return folded{text: string(buf), marks: marks}
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
