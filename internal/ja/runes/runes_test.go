package runes

import (
	"testing"
	"unicode/utf8"
)

// TestDecode compares Decode with utf8.DecodeRuneInString on every three-byte
// string with a lead byte near its fast path, and on cut ones.
func TestDecode(t *testing.T) {
	for c := 0xE0; c <= 0xEF; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				s := string([]byte{byte(c), byte(c1), byte(c2)})
				for _, in := range []string{s, s[:2], "a" + s} {
					i := len(in) - min(len(s), len(in))
					r, n := Decode(in, i)
					wr, wn := utf8.DecodeRuneInString(in[i:])
					if r != wr || n != wn {
						t.Fatalf("Decode(%q, %d) = %U, %d; want %U, %d", in, i, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// FuzzDecode: Decode agrees with utf8.DecodeRuneInString at every offset.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "令和5年度", "\xe2\x80", "a\xe9\xbf\xbfz", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) {
			r, n := Decode(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("Decode(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
		}
	})
}
