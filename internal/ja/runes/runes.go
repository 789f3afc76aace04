// Package runes decodes UTF-8 with a fast path for Japanese text, for the
// toolkit's hot loops (norm, sdg) that read a page rune by rune.
package runes

import "unicode/utf8"

// Decode is utf8.DecodeRuneInString(s[i:]) with the three-byte sequences of
// U+1000–U+CFFF (lead bytes E1–EC: punctuation, kana and kanji, most of a
// Japanese text) decoded inline; these lead bytes take any continuation byte
// (unlike E0, which could make an overlong form, and ED, a surrogate), so no
// range check beyond the continuation bits is needed.
func Decode(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE1 && c <= 0xEC && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
