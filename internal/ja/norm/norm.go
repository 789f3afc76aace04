// Package norm normalises Japanese text from municipal documents for matching
// and parsing, without destroying what makes the text readable.
//
// Normalize is NFKC with these differences and additions, in this order:
//
//   - Enclosed numbers, letters and katakana used as item markers (①, ⑴, ⒈, ㈠,
//     ㊀, ❶, Ⓐ, ㋐ …; see IsMarker) are kept as written: plain NFKC turns
//     "①115組②30人" into "1115組230人". So are ㎡ ㎥ (and the other squared
//     area/volume units) and the superscripts ² ³, whose NFKC forms read as numbers.
//   - CJK radicals are folded to unified ideographs: the Kangxi Radicals block
//     U+2F00–U+2FDF by NFKC itself (⽬ → 目), the CJK Radicals Supplement
//     U+2E80–U+2EFF by an explicit table (⻑ → 長).
//   - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft
//     hyphen are removed; invalid UTF-8 becomes U+FFFD.
//   - Range marks 〜 (U+301C), ～ (U+FF5E), ∼ (U+223C), ⁓ (U+2053) and ~ all
//     become the ASCII tilde '~' (the width-folded form NFKC gives ～).
//   - Minus and dash variants − ‐ ‑ ‒ – — ― ⁃ and ﹘ become '-' only between two
//     ASCII digits ("1−2" → "1-2"); elsewhere they are kept, since a dash in prose
//     is punctuation. The prolonged sound mark ー (U+30FC) is never changed;
//     full-width '－' becomes '-' everywhere, as NFKC does.
//   - Whitespace is collapsed: every run of spaces (U+3000, NBSP, tabs, the
//     U+2000 family …) becomes one ASCII space, spaces at the start and end of
//     each line are removed, and line breaks (CRLF, CR, U+2028, U+2029, U+0085)
//     become '\n'. Lines are kept: use CollapseSpace to join them.
//
// NFKC itself width-folds ASCII (Ａ１ → A1), half-width katakana (ｶﾞ → ガ) and
// expands ligatures and squared words (ﬁ → fi, ㍿ → 株式会社, ㍻ → 平成).
//
// Normalize is idempotent and maps valid UTF-8 to valid UTF-8. Extractors keep
// the raw text for every "as written" field and use Normalize for matching.
package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"

	"jplan/internal/ja/runes"
)

// Normalize returns s normalised as described in the package documentation.
func Normalize(s string) string {
	if isNormalFast(s) {
		return s
	}
	return tidy(nfkcProtected(prepare(s)))
}

// Fold returns Normalize(s) with every space and line break removed, for
// comparing strings that a PDF or a table may have broken differently.
func Fold(s string) string {
	n := Normalize(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, n)
}

// CollapseSpace replaces every run of Unicode whitespace in s (spaces, U+3000,
// NBSP, tabs and line breaks) with one ASCII space and trims both ends. The
// rest of s is kept as written; use it for titles and other "as written" fields.
func CollapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// prepare does what must happen before NFKC: invalid bytes, zero-width
// characters, line breaks, radicals and range marks.
func prepare(s string) string {
	if !needsPrepare(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case isZeroWidth(r):
		case isRangeMark(r):
			b.WriteByte('~')
		default:
			if r >= 0x2E80 && r <= 0x2EFF {
				if f, ok := radicalSupplement[r]; ok {
					r = f
				}
			}
			b.WriteRune(r) // utf8.RuneError for invalid bytes
		}
	}
	return b.String()
}

// needsPrepare reports whether prepare would change s; most text needs nothing.
func needsPrepare(s string) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"),
			r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085',
			isZeroWidth(r), isRangeMark(r), r >= 0x2E80 && r <= 0x2EFF:
			return true
		}
	}
	return false
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

func isRangeMark(r rune) bool {
	switch r {
	case '〜', '～', '∼', '⁓':
		return true
	}
	return false
}

// nfkcProtected applies NFKC to the runs of s between protected runes.
func nfkcProtected(s string) string {
	if unorm.NFKC.IsNormalString(s) {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/8)
	start := 0
	for i, r := range s {
		if !protected(r) {
			continue
		}
		out = append(out, unorm.NFKC.String(s[start:i])...) // not AppendString: it would renormalise across the marker
		out = append(out, s[i:i+utf8.RuneLen(r)]...)
		start = i + utf8.RuneLen(r)
	}
	out = append(out, unorm.NFKC.String(s[start:])...)
	return string(out)
}

// tidy collapses spaces, trims lines and maps dashes between digits to '-'.
func tidy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var prev rune // last rune written, 0 at the start of a line
	for i, r := range s {
		switch {
		case r == '\n':
			pendingSpace = false
			b.WriteByte('\n')
			prev = 0
			continue
		case unicode.IsSpace(r):
			pendingSpace = prev != 0
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
			prev = ' '
		}
		if isDash(r) && isASCIIDigit(prev) && isASCIIDigit(nextRune(s, i+utf8.RuneLen(r))) {
			r = '-'
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.Trim(b.String(), "\n")
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isDash(r rune) bool {
	switch r {
	case '−', '‐', '‑', '‒', '–', '—', '―', '⁃', '﹘':
		return true
	}
	return false
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isNormalFast reports, in one pass without allocating, whether Normalize(s)
// is s itself for the common case: valid text made of ASCII and the runes of
// stable (Japanese scripts and punctuation that every step leaves alone), with
// single ASCII spaces between words and no line starting or ending with a
// space; the protected runes (①, ㎡), which Normalize keeps as written, may
// stand anywhere. Most lines of a document are like that. false means "not known": the
// general path decides.
func isNormalFast(s string) bool {
	if len(s) > 0 && (s[0] == '\n' || s[len(s)-1] == '\n') {
		return false // tidy trims line breaks at both ends
	}
	lineStart, space := true, false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := runes.Decode(s, i)
			if !stable(r) && !protected(r) { // an invalid byte decodes to U+FFFD, which is neither
				return false
			}
			i += size
			lineStart, space = false, false
			continue
		}
		switch {
		case c == '\n':
			if space {
				return false // a space at the end of a line
			}
			lineStart = true
		case c == ' ':
			if lineStart || space {
				return false // a space at the start of a line, or two spaces
			}
			space = true
		case c < ' ' || c == 0x7F:
			return false // tabs, CR and the other controls
		default:
			lineStart, space = false, false
		}
		i++
	}
	return !space
}

// stable reports whether r is one of the common non-ASCII runes that Normalize
// keeps as written whatever surrounds them: NFKC-stable (quick check Yes and
// canonical combining class 0), not a space, dash, range mark, zero-width
// character, radical or protected rune. TestStable checks every rune listed
// here against those properties.
func stable(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
		return true
	case r >= 0x3041 && r <= 0x3096: // hiragana
		return true
	case r >= 0x30A1 && r <= 0x30FE: // katakana, ・ ー ヽ ヾ
		return true
	case r >= 0x3001 && r <= 0x301B, r >= 0x301D && r <= 0x301F: // 、。々「」【】〒… (〜 is a range mark)
		return true
	case r >= 0x25A0 && r <= 0x25FF: // geometric shapes ■ □ ○ ● ◎ △
		return true
	case r >= 0x2600 && r <= 0x26FF: // miscellaneous symbols ☎ ☞ ★
		return true
	case r >= 0x2190 && r <= 0x21FF: // arrows → ⇒
		return true
	case r >= 0x2018 && r <= 0x201F: // quotation marks ‘ ’ “ ”
		return true
	case r == '※' || r == '×' || r == '÷' || r == '°' || r == '±':
		return true
	}
	return false
}

// isCollapsed reports whether CollapseSpace(s) is s itself: valid UTF-8 whose
// only spaces are single ASCII spaces between other runes.
func isCollapsed(s string) bool {
	space := true // at the start, a space would be trimmed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			i++
			continue
		}
		r, size := runes.Decode(s, i)
		if r == utf8.RuneError && size == 1 || r <= 0x3000 && unicode.IsSpace(r) {
			return false // an invalid byte (CollapseSpace writes U+FFFD) or a space other than ' '
		}
		space = false
		i += size
	}
	return !space || len(s) == 0
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
