package validate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"

	"jplan/internal/ja/norm"
)

// This file holds the text side of matching: the three normal forms (strict,
// soft, and the soft form under bigram Dice for fuzzy) and the Dice coefficient.

// Strict collapses runs of white space to one ASCII space and trims the ends.
// It is the "strict" matching mode: two texts match when their strict forms are equal.
func Strict(s string) string { return norm.CollapseSpace(s) }

// Soft is the "soft" normal form: the project's protected NFKC
// (internal/ja/norm: full-width digits and letters become ASCII, half-width
// kana full-width, radicals ideographs), lower case, numbering and bullet
// markers at the start of every line removed (1-①, (1), ①, 1., Ⅰ., ・, ●, ☞,
// …), then every punctuation mark, decorative symbol (including enclosed
// letters such as Ⓐ ㋐) and space removed. Soft is idempotent.
func Soft(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = norm.Normalize(strings.ToLower(norm.Normalize(mapCircled(line))))
		line = stripMarkers(line)
		for _, r := range line {
			if keepSoft(r) {
				b.WriteRune(r)
			}
		}
	}
	// Removing a space can bring a combining mark next to its base (ｶ ﾞ):
	// compose again so the result is in normal form.
	return unorm.NFC.String(b.String())
}

// keepSoft reports whether r survives in the soft form: letters, digits, marks
// and math/currency symbols do; punctuation, decorative symbols, spaces and
// control or invalid characters do not.
func keepSoft(r rune) bool {
	switch {
	case r == utf8.RuneError, unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsControl(r):
		return false
	case unicode.Is(unicode.So, r), unicode.Is(unicode.Sk, r), unicode.Is(unicode.Cf, r):
		return false
	}
	return true
}

// markerRE matches one numbering or bullet marker at the start of a line,
// after NFKC and mapCircled: (1) (ア) (一) 【2】, Ⅰ./IV), bullet characters.
// Numbered markers (1. 1-2. 1) 1、 "1 ") are numberRE's. Both are applied
// repeatedly, so 1-(1) and ・(2) go in two steps.
var markerRE = regexp.MustCompile(`^\s*(?:` +
	`[(\[【〔〈<][0-9a-z一二三四五六七八九十ア-ンァ-ヶ]{1,3}[)\]】〕〉>]` +
	`|[ivx]{1,4}[.、)]` +
	`|[・●○■□◆◇▲△▼▽►★☆※☞•◎→➢➤❖✓✔\-*]` +
	`)\s*`)

// numberRE matches a number used as numbering; group 1 ends at its separator,
// so stripMarkers can refuse "10." in "10.0億円" (a decimal, not numbering).
var numberRE = regexp.MustCompile(`^\s*([0-9]{1,3}(?:[-.][0-9]{1,3})*(?:[.、):]|-|\s))\s*`)

// stripMarkers removes numbering and bullet markers from the start of line.
func stripMarkers(line string) string {
	for range 8 { // a bound: markers never nest deeper than this in practice
		n := markerLen(line)
		if n == 0 {
			return line
		}
		line = line[n:]
	}
	return line
}

// markerLen returns the length of the marker (and the spaces around it) that
// starts line, or 0.
func markerLen(line string) int {
	if loc := markerRE.FindStringIndex(line); loc != nil {
		return loc[1]
	}
	m := numberRE.FindStringSubmatchIndex(line)
	if m == nil {
		return 0
	}
	sep := line[m[3]-1]
	if (sep == '.' || sep == '-') && m[3] < len(line) && line[m[3]] >= '0' && line[m[3]] <= '9' {
		return 0 // 10.0, 3-4: a number, not numbering
	}
	return m[1]
}

// mapCircled rewrites enclosed numbers (①, ⑴, ⒈, ❶, ➀, ㉑, ㈠), which
// protected NFKC keeps, as "(N)", so that they read as numbering markers.
func mapCircled(s string) string {
	if !strings.ContainsFunc(s, isNumberMarker) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if n, ok := norm.MarkerNumber(r); ok {
			b.WriteString("(" + strconv.Itoa(n) + ")")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isNumberMarker(r rune) bool {
	_, ok := norm.MarkerNumber(r)
	return ok
}

// Dice is the Sørensen–Dice coefficient of the character-bigram multisets of a
// and b (runes, not bytes): 2·|A∩B| / (|A|+|B|). A one-character text is its own
// single "bigram". Two empty texts are identical (1); one empty text matches
// nothing (0).
func Dice(a, b string) float64 {
	if a == b {
		return 1
	}
	ba, bb := bigrams(a), bigrams(b)
	if len(ba) == 0 || len(bb) == 0 {
		return 0
	}
	counts := make(map[[2]rune]int, len(ba))
	for _, g := range ba {
		counts[g]++
	}
	shared := 0
	for _, g := range bb {
		if counts[g] > 0 {
			counts[g]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(ba)+len(bb))
}

// bigrams returns the overlapping rune pairs of s; a one-rune s yields one
// pair with a zero second rune.
func bigrams(s string) [][2]rune {
	rs := []rune(s)
	switch len(rs) {
	case 0:
		return nil
	case 1:
		return [][2]rune{{rs[0], 0}}
	}
	out := make([][2]rune, len(rs)-1)
	for i := range out {
		out[i] = [2]rune{rs[i], rs[i+1]}
	}
	return out
}
