package validate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the text side of matching: the three normal forms (strict,
// soft, and the soft form under bigram Dice for fuzzy) and the Dice coefficient.

// Strict collapses runs of white space to one ASCII space and trims the ends.
// It is the "strict" matching mode: two texts match when their strict forms are equal.
func Strict(s string) string { return strings.Join(strings.Fields(s), " ") }

// Soft is the "soft" normal form: NFKC (full-width digits and letters become
// ASCII), lower case, numbering and bullet markers at the start of every line
// removed (1-①, (1), ①, 1., Ⅰ., ・, ●, ☞, …), then every punctuation mark,
// decorative symbol and space removed. Soft is idempotent.
//
// NFKC here is golang.org/x/text/unicode/norm directly: the project's protected
// NFKC (internal/ja/norm) did not exist when this was written; the two agree on
// everything the soft form keeps, because what protected NFKC protects (circled
// numbers, marks) is either mapped before NFKC here or removed afterwards.
func Soft(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = norm.NFKC.String(mapCircled(line))
		line = norm.NFKC.String(strings.ToLower(line))
		line = stripMarkers(line)
		for _, r := range line {
			if keepSoft(r) {
				b.WriteRune(r)
			}
		}
	}
	// Removing a space can bring a combining mark next to its base (ｶ ﾞ):
	// compose again so the result is in normal form.
	return norm.NFC.String(b.String())
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

// mapCircled rewrites enclosed numbers (①, ⑴, ⒈, ❶, ➀, ㉑, ㈠) as "(N)", so that
// NFKC does not glue their digit to the following text (① → "1" would turn
// "①市内成婚数" into "1市内成婚数", no longer a marker).
func mapCircled(s string) string {
	if !hasCircled(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if n := circledValue(r); n > 0 {
			b.WriteByte('(')
			b.WriteString(itoa(n))
			b.WriteByte(')')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasCircled(s string) bool {
	for _, r := range s {
		if circledValue(r) > 0 {
			return true
		}
	}
	return false
}

// circledValue returns the number an enclosed-number rune stands for, or 0.
func circledValue(r rune) int {
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1
	case r >= '⑴' && r <= '⒇':
		return int(r-'⑴') + 1
	case r >= '⒈' && r <= '⒛':
		return int(r-'⒈') + 1
	case r >= '❶' && r <= '❿':
		return int(r-'❶') + 1
	case r >= '➀' && r <= '➉':
		return int(r-'➀') + 1
	case r >= '➊' && r <= '➓':
		return int(r-'➊') + 1
	case r >= '㉑' && r <= '㉟':
		return int(r-'㉑') + 21
	case r >= '㊱' && r <= '㊿':
		return int(r-'㊱') + 36
	case r >= '㈠' && r <= '㈩':
		return int(r-'㈠') + 1
	case r >= '⓵' && r <= '⓾':
		return int(r-'⓵') + 1
	}
	return 0
}

func itoa(n int) string { return strconv.Itoa(n) }

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
