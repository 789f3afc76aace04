package era

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

// shadow is a simplified copy of the input that the patterns run on: widths
// folded, era squares spelled out, whitespace runs collapsed to one space and
// range marks unified, with the input offset of every byte.
type shadow struct {
	text string
	orig []int // orig[i] is the input offset of text[i]; orig[len(text)] = len(input)
	runs [][2]int
}

var eraSquares = map[rune]string{'㋿': "令和", '㍻': "平成", '㍼': "昭和", '㍽': "大正", '㍾': "明治"}

func newShadow(s string) *shadow {
	var b strings.Builder
	b.Grow(len(s))
	orig := make([]int, 0, len(s)+1)
	emit := func(out string, at int) {
		b.WriteString(out)
		for range len(out) {
			orig = append(orig, at)
		}
	}
	space := false
	for i := 0; i < len(s); {
		// Fast paths: ASCII other than spaces, and well-formed kanji
		// (U+4000–U+9FFF, lead bytes E4–E9), are copied as they are.
		if c := s[i]; c < utf8.RuneSelf && !unicode.IsSpace(rune(c)) {
			b.WriteByte(c)
			orig = append(orig, i)
			i++
			space = false
			continue
		} else if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			b.WriteString(s[i : i+3])
			orig = append(orig, i, i, i)
			i += 3
			space = false
			continue
		}
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
		case r >= 0x2F00 && r <= 0x2FDF: // Kangxi radicals from PDFs: ⽉ ⽇
			emit(unorm.NFKC.String(string(r)), at)
		case r == '㋿' || r >= '㍻' && r <= '㍾': // the era squares
			emit(eraSquares[r], at)
		default:
			emit(s[at:i], at)
		}
	}
	orig = append(orig, len(s))
	return &shadow{text: b.String(), orig: orig}
}

// span maps a shadow range to input offsets.
func (sh *shadow) span(start, end int) (int, int) { return sh.orig[start], sh.orig[end] }

// prevRune is the rune before shadow offset i, or 0.
func (sh *shadow) prevRune(i int) rune {
	r, _ := utf8.DecodeLastRuneInString(sh.text[:i])
	if i == 0 {
		return 0
	}
	return r
}

// nextRune is the rune at shadow offset i, or 0.
func (sh *shadow) nextRune(i int) rune {
	if i >= len(sh.text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(sh.text[i:])
	return r
}

// glued reports whether a match starting at shadow offset i continues a longer
// token: R5 in CR5, 2023 in 12023, 二〇二三 in 一二〇二三. Era names need no
// boundary (No.1令和5年度).
func (sh *shadow) glued(i int) bool {
	prev, first := sh.prevRune(i), sh.nextRune(i)
	return isASCIIAlnum(prev) && isASCIIAlnum(first) || isKanjiDigit(prev) && isKanjiDigit(first)
}

// asWritten returns the input between start and end with whitespace removed.
func asWritten(s string, start, end int) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' {
			return -1
		}
		return r
	}, s[start:end])
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
}

func isKanjiDigit(r rune) bool { return strings.ContainsRune("〇一二三四五六七八九十", r) }

// patternRunes are the only characters any notation of this package is made
// of (after the shadow folding). The patterns run only on the runs of these
// characters that hold a digit: short strings, where Go's regexp is fast,
// instead of the whole document.
const patternRunes = "0123456789MTSHR〇一二三四五六七八九十元明治大正昭和平成令年度月日末() ~-/.からまでより間カヵケヶ"

// patternRuneSet holds patternRunes as a bitmap of the Basic Multilingual
// Plane: candidateRuns tests every rune of the shadow, and a bit is cheaper
// than a map lookup.
var patternRuneSet = func() (set [0x10000 / 64]uint64) {
	for _, r := range patternRunes {
		set[r/64] |= 1 << (r % 64)
	}
	return set
}()

// isPatternRune reports whether r is one of patternRunes.
func isPatternRune(r rune) bool {
	return r >= 0 && r < 0x10000 && patternRuneSet[r/64]&(1<<(r%64)) != 0
}

// candidateRuns returns the [from, to) shadow ranges worth matching.
func (sh *shadow) candidateRuns() [][2]int {
	var runs [][2]int
	start, digit := -1, false
	flush := func(end int) {
		if start >= 0 && digit {
			runs = append(runs, [2]int{start, end})
		}
		start, digit = -1, false
	}
	for i, r := range sh.text {
		if !isPatternRune(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		if isDigit(r) || isKanjiDigit(r) || r == '元' {
			digit = true
		}
	}
	flush(len(sh.text))
	return runs
}

// findAll runs re on every candidate run and returns submatch indices into
// the whole shadow text. need lists literals one of which every match of re
// holds: runs without any are skipped without running the regexp.
func (sh *shadow) findAll(re *regexp.Regexp, need ...string) [][]int {
	if sh.runs == nil {
		sh.runs = sh.candidateRuns()
	}
	var out [][]int
	for _, run := range sh.runs {
		text := sh.text[run[0]:run[1]]
		if !containsOne(text, need) {
			continue
		}
		for _, idx := range re.FindAllStringSubmatchIndex(text, -1) {
			for i := range idx {
				if idx[i] >= 0 {
					idx[i] += run[0]
				}
			}
			out = append(out, idx)
		}
	}
	return out
}

// containsOne reports whether s contains one of need, or need is empty.
func containsOne(s string, need []string) bool {
	for _, n := range need {
		if strings.Contains(s, n) {
			return true
		}
	}
	return len(need) == 0
}
