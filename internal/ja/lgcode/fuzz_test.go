package lgcode

import "testing"

// FuzzLookups feeds arbitrary strings to every lookup: none may panic, and
// whatever they return must be a current body with a valid code.
func FuzzLookups(f *testing.F) {
	for _, s := range []string{
		"真庭市", "新潟市 中央区", "東京都府中市", "勝田郡奈義町", "https://www.city.maniwa.lg.jp/soshiki/40/104559.html",
		"http://[::1", "332143", "33214", "中央区", "令和5年度大正区運営方針", "\xff\xfe", "京都府京都市", "www.city.osaka.lg.jp/taisho/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNameKey(t, s)
		current := func(what string, b Body, ok bool) {
			if ok && (!Valid(b.Code) || b.Abolished != "" || b.Name == "") {
				t.Fatalf("%s(%q) = %+v", what, s, b)
			}
		}
		b, ok := ByName(s)
		current("ByName", b, ok)
		b, ok = Lookup(s, s)
		current("Lookup", b, ok)
		b, ok = ByURL(s)
		current("ByURL", b, ok)
		b, ok = WardByURL(s)
		current("WardByURL", b, ok)
		if ok && b.Kind != Ward {
			t.Fatalf("WardByURL(%q) = %+v: not a ward", s, b)
		}
		for _, b := range FindIn(s) {
			current("FindIn", b, true)
		}
		if b, ok := ByCode(s); ok && !Valid(b.Code) {
			t.Fatalf("ByCode(%q) = %+v", s, b)
		}
		if Valid(s) {
			if d, err := CheckDigit(s[:5]); err != nil || d != s[5] {
				t.Fatalf("Valid(%q) but CheckDigit = %q, %v", s, d, err)
			}
		}
	})
}
