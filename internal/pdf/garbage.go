package pdf

import (
	"fmt"
	"unicode"
)

// Thresholds of the garbage detector, as fractions of a page's non-space runes.
const (
	maxBadControl = 0.02 // U+FFFD and C0/C1 control characters
	maxLatinExt   = 0.05 // Latin-1 Supplement / Latin Extended letters, in a Japanese document
	maxPrivateUse = 0.02 // Private Use Area code points
	// A page whose text operators produced fewer than one rune per minOpsPerRune
	// operators (and at least minOpsForRatio operators) is "almost empty".
	minOpsForRatio = 20
	minOpsPerRune  = 10
)

// Verdict says whether a page's text looks like mojibake and why.
type Verdict struct {
	Garbage bool
	Reason  string // e.g. "12% U+FFFD or control characters"; "" when fine
}

// textCounts are the rune classes the detector looks at.
type textCounts struct {
	total      int // non-space runes
	badControl int // U+FFFD, C0 (but \t \n \r \f) and C1 controls, DEL
	latinExt   int // letters in U+00C0..U+024F
	privateUse int // BMP and supplementary Private Use Areas
}

func countText(s string) textCounts {
	var c textCounts
	for _, r := range s {
		if unicode.IsSpace(r) && r != 0x85 { // NEL is a C1 control here, not a space
			continue
		}
		c.total++
		switch {
		case r == unicode.ReplacementChar, r < 0x20, r >= 0x7f && r <= 0x9f:
			c.badControl++
		case r >= 0xc0 && r <= 0x24f && unicode.IsLetter(r):
			c.latinExt++
		case unicode.Is(unicode.Co, r):
			c.privateUse++
		}
	}
	return c
}

// JudgePage decides whether one page's text (as the text layer produced it)
// is likely mojibake. textOps is the number of text-showing operators the
// interpreter saw on the page; japanese says the document is Japanese, where
// accented Latin letters are a sign of bytes decoded with the wrong encoding.
// A page with no text operators (a scan, a blank page) is never garbage: there
// is nothing another text engine could find either.
func JudgePage(text string, textOps int, japanese bool) Verdict {
	c := countText(text)
	if textOps > 0 && c.total == 0 {
		return Verdict{true, fmt.Sprintf("%d text operators but no characters", textOps)}
	}
	if textOps >= minOpsForRatio && c.total*minOpsPerRune < textOps {
		return Verdict{true, fmt.Sprintf("%d text operators but only %d characters", textOps, c.total)}
	}
	if c.total == 0 {
		return Verdict{}
	}
	if share(c.badControl, c.total) > maxBadControl {
		return Verdict{true, percent(c.badControl, c.total) + " U+FFFD or control characters"}
	}
	if share(c.privateUse, c.total) > maxPrivateUse {
		return Verdict{true, percent(c.privateUse, c.total) + " private-use characters"}
	}
	if japanese && share(c.latinExt, c.total) > maxLatinExt {
		return Verdict{true, percent(c.latinExt, c.total) + " accented Latin letters in a Japanese document"}
	}
	return Verdict{}
}

func share(n, total int) float64 { return float64(n) / float64(total) }

// percent formats n/total as a whole percentage, never rounding a non-zero share to 0%.
func percent(n, total int) string {
	p := (100*n + total/2) / total
	if p == 0 && n > 0 {
		return "<1%"
	}
	return fmt.Sprintf("%d%%", p)
}
