package maniwa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/norm"
	"jplan/internal/ja/sdg"
	"jplan/internal/layout"
)

// line is one line of text as the extractor reads it: normalised, spaces
// collapsed, with the width it had as laid out (to tell a PDF line that wraps
// at the edge of its column from one that ends where its sentence ends).
type line struct {
	text    string
	width   int  // display width of the raw line: wide characters count 2
	heading bool // the line comes from a heading block
}

// unit is a piece of the document walked in reading order: a block outside
// tables (one cell) or one table row (its cells, span copies left out).
type unit struct {
	table bool
	block int // index of the block in the document
	cells [][]line
}

// text is the unit's lines, cell after cell.
func (u unit) lines() []line {
	var out []line
	for _, c := range u.cells {
		out = append(out, c...)
	}
	return out
}

// unitsOf flattens doc into units; images count only as SDG icons (their alt
// text). In a PDF, the spaces between a CJK character and an ASCII letter or
// digit are removed (a font change, not a space).
func unitsOf(doc *layout.Document) []unit {
	pdf := doc.Format == "pdf"
	var out []unit
	for i, b := range doc.Blocks {
		switch b.Kind {
		case layout.Table:
			for _, row := range b.Rows {
				u := unit{table: true, block: i}
				for _, c := range row {
					if c.Span {
						continue
					}
					u.cells = append(u.cells, splitLines(c.Text, false, pdf))
				}
				out = append(out, u)
			}
		case layout.Image:
			if len(sdg.Find(b.Text)) > 0 { // an SDG icon: its alt text is the tag
				out = append(out, unit{block: i, cells: [][]line{splitLines(b.Text, false, pdf)}})
			}
		case layout.Link:
		default:
			text := b.Text
			if b.Kind == layout.ListItem && b.Marker != "" && !isMarkdownBullet(b.Marker) {
				text = b.Marker + text
			}
			out = append(out, unit{block: i, cells: [][]line{splitLines(text, b.Kind == layout.Heading, pdf)}})
		}
	}
	return out
}

func isMarkdownBullet(m string) bool { return m == "-" || m == "*" || m == "+" }

// pdfDots are the look-alikes of the katakana middle dot ・ that PDF fonts map
// it to (Chromium's ToUnicode gives U+2027): as bullets and inside words
// (役割‧使命) they read as ・.
var pdfDots = strings.NewReplacer("\u2027", "・", "\u2219", "・", "\u22c5", "・")

// splitLines normalises each line of raw, dropping empty ones.
func splitLines(raw string, heading, pdf bool) []line {
	var out []line
	for _, r := range strings.Split(raw, "\n") {
		t := norm.CollapseSpace(norm.Normalize(pdfDots.Replace(r)))
		if pdf {
			t = dropScriptSpaces(t)
		}
		if t == "" {
			continue
		}
		out = append(out, line{text: t, width: displayWidth(strings.TrimSpace(r)), heading: heading})
	}
	return out
}

// displayWidth counts wide (CJK, full-width) characters as 2, others as 1.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	return r >= 0x1100 && !(r >= 0xFF61 && r <= 0xFFDC) && !(r >= 0x2000 && r <= 0x206F)
}

// dropScriptSpaces removes a space between a CJK character and an ASCII
// letter or digit, in either order ("115 組" → "115組", "POP 冗長化"), but not
// the space after a leading item number ("1 にいがた").
func dropScriptSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && i+1 < len(s) && !isLeadingNumber(s[:i]) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if (isCJK(prev) && isASCIIWord(next)) || (isASCIIWord(prev) && isCJK(next)) {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isLeadingNumber reports whether s is an item number alone: "1", "1.", "(2)"
// (one or two digits; "395" is a value, "395 万件").
func isLeadingNumber(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r != '.' && r != '(' && r != ')':
			return false
		}
	}
	return digits >= 1 && digits <= 2
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r >= 0x3000 && r <= 0x303F
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%')
}

// paragraphs joins lines into the paragraphs they were written as. A line
// starting with a bullet always starts a new one. In a PDF (wrap true) a line
// that reaches the edge of its column (within 15% of the widest line, maxWidth)
// and does not end a sentence runs on into the next line without a space;
// every other line break is kept. Bullet markers are removed.
func paragraphs(lines []line, wrap bool, maxWidth int) []string {
	var out []string
	joinNext := false
	for _, l := range lines {
		marker, rest := kit.SplitMarker(l.text)
		isBullet := marker != "" && kit.IsBullet(marker)
		text := l.text
		if isBullet {
			text = rest
		}
		if joinNext && !isBullet && len(out) > 0 {
			out[len(out)-1] += text
		} else {
			out = append(out, text)
		}
		joinNext = wrap && wraps(l, maxWidth)
	}
	return out
}

// wraps reports whether a PDF line was broken by the column edge.
func wraps(l line, maxWidth int) bool {
	if maxWidth <= 0 || l.width*100 < maxWidth*85 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return !strings.ContainsRune("。.!?!?", last)
}

// maxWidth is the widest line of ls.
func maxWidth(ls []line) int {
	m := 0
	for _, l := range ls {
		m = max(m, l.width)
	}
	return m
}
