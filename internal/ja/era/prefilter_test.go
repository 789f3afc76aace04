package era

import (
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// checkPrefilters asserts that the prefilters of FindDates and
// FindFiscalYears only turn away text the general path finds nothing in.
func checkPrefilters(t *testing.T, s string) {
	t.Helper()
	sh := newShadow(s)
	if ref := newShadowReference(s); sh.text != ref.text || !reflect.DeepEqual(sh.orig, ref.orig) {
		t.Fatalf("newShadow(%q) = %q %v, want %q %v", s, sh.text, sh.orig, ref.text, ref.orig)
	}
	if got, want := containsDateMark(sh.text), strings.ContainsAny(sh.text, dateMarks); got != want {
		t.Fatalf("containsDateMark(%q) = %v, want %v", sh.text, got, want)
	}
	if !mayHoldDateMark(s) && containsDateMark(sh.text) {
		t.Fatalf("mayHoldDateMark(%q) = false, but its shadow %q holds a mark", s, sh.text)
	}
	if !mayHoldFY(s) && len(findFYs(s, sh)) > 0 {
		t.Fatalf("mayHoldFY(%q) = false, but it holds %+v", s, findFYs(s, sh))
	}
	type filtered struct {
		re   *regexp.Regexp
		need []string
	}
	var all []filtered
	for _, p := range datePatterns {
		all = append(all, filtered{p.re, p.need})
	}
	for _, p := range fyPatterns {
		all = append(all, filtered{p.re, p.need})
	}
	for _, re := range []*regexp.Regexp{eraRange, gregRange, eraMonthRange, gregMonthRange} {
		all = append(all, filtered{re, []string{"~", "-", "から"}})
	}
	for _, f := range all {
		if got, want := sh.findAll(f.re, f.need...), sh.findAll(f.re); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v with need %q finds %v, want %v", s, f.re, f.need, got, want)
		}
	}
}

// TestPrefiltersEveryRune checks the prefilters on every rune alone and
// around a year: the shadow folds rune by rune.
func TestPrefiltersEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r += 1 + r/0x10000*97 { // every BMP rune, a sample above
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		sh := newShadow(c)
		if !mayHoldDateMark(c) && strings.ContainsAny(sh.text, dateMarks) {
			t.Errorf("mayHoldDateMark misses %U (shadow %q)", r, sh.text)
		}
		if !mayHoldFY(c) && strings.ContainsAny(sh.text, "年RH") {
			t.Errorf("mayHoldFY misses %U (shadow %q)", r, sh.text)
		}
	}
	for _, s := range []string{"令和5年度", "R5", "Ｒ５", "令和5年4月1日", "2023/6/22", "R5.4.1", "令和8年4⽉1⽇", "令和5年度末", "\xff/", "5年",
		"令和5～9年度", "2023～2027年度", "令和5年4月～令和10年3月", "2023年4月から2028年3月", "R5-R9", "2023(令和5)年度", "令和6(2024)年6月28日"} {
		checkPrefilters(t, s)
	}
}

// TestPatternRuneSet checks the bitmap against patternRunes, and the range
// test of newShadow against eraSquares.
func TestPatternRuneSet(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isPatternRune(r), strings.ContainsRune(patternRunes, r); got != want {
			t.Errorf("isPatternRune(%U) = %v, want %v", r, got, want)
		}
		_, square := eraSquares[r]
		if inRange := r == '㋿' || r >= '㍻' && r <= '㍾'; inRange != square {
			t.Errorf("%U: era square range %v, table %v", r, inRange, square)
		}
	}
}

// newShadowReference is newShadow without its fast paths.
func newShadowReference(s string) *shadow {
	var b strings.Builder
	orig := make([]int, 0, len(s)+1)
	emit := func(out string, at int) {
		b.WriteString(out)
		for range len(out) {
			orig = append(orig, at)
		}
	}
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		at := i
		i += size
		if unicode.IsSpace(r) {
			if !space {
				emit(" ", at)
			}
			space = true
			continue
		}
		space = false
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			emit(string(r-0xFEE0), at)
		case r == '〜' || r == '∼':
			emit("~", at)
		case r == '−' || r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '―':
			emit("-", at)
		case r == '\u200B' || r == '\uFEFF':
		case r >= 0x2F00 && r <= 0x2FDF:
			emit(unorm.NFKC.String(string(r)), at)
		default:
			if sq, ok := eraSquares[r]; ok {
				emit(sq, at)
			} else {
				emit(s[at:i], at)
			}
		}
	}
	orig = append(orig, len(s))
	return &shadow{text: b.String(), orig: orig}
}

// TestNewShadowFastPaths compares newShadow with the reference on every rune
// between others, and on every three-byte string with a kanji lead byte.
func TestNewShadowFastPaths(t *testing.T) {
	check := func(s string) {
		sh, ref := newShadow(s), newShadowReference(s)
		if sh.text != ref.text || !reflect.DeepEqual(sh.orig, ref.orig) {
			t.Fatalf("newShadow(%q) = %q %v, want %q %v", s, sh.text, sh.orig, ref.text, ref.orig)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r += 1 + r/0x10000*97 {
		check("a " + string(r) + "  5")
	}
	for c := byte(0xE4); c <= 0xE9; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2 += 5 {
				s := string([]byte{c, byte(c1), byte(c2)})
				check(s)
				check(s[:2] + " ")
			}
		}
	}
}
