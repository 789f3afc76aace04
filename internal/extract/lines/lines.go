// Package lines reads a layout.Document as the lines of text a form
// extractor walks: every line normalised (norm.Normalize, spaces collapsed)
// and measured in display width, grouped into units in reading order (a
// block outside tables, or one table row cell by cell).
//
// The width lets an extractor re-join what a PDF broke: a line that reaches
// the edge of its column and does not end a sentence was wrapped, not ended
// (Paragraphs, Wraps). PDF text is also repaired as it is read: the space a
// font change leaves between a CJK character and an ASCII letter or digit is
// removed (DropScriptSpaces), and the look-alikes of the middle dot ・ that
// PDF fonts map it to (U+2027 and others) read as ・.
package lines

import (
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/sdg"
	"jplan/internal/layout"
)

// Line is one line of text as an extractor reads it: normalised, spaces
// collapsed, with the width it had as laid out (to tell a PDF line that wraps
// at the edge of its column from one that ends where its sentence ends).
type Line struct {
	Text    string
	Width   int  // display width of the raw line: wide characters count 2
	Heading bool // the line comes from a heading block
}

// Unit is a piece of the document walked in reading order: a block outside
// tables (one cell) or one table row (its cells, span copies left out).
type Unit struct {
	Table bool
	Block int // index of the block in the document
	Cells [][]Line
}

// Lines is the unit's lines, cell after cell.
func (u Unit) Lines() []Line {
	var out []Line
	for _, c := range u.Cells {
		out = append(out, c...)
	}
	return out
}

// FirstLine is the first line of the unit's first non-empty cell.
func (u Unit) FirstLine() (Line, bool) {
	for _, c := range u.Cells {
		if len(c) > 0 {
			return c[0], true
		}
	}
	return Line{}, false
}

// Units flattens doc into units; images count only as SDG icons (their alt
// text), links not at all. A list item's marker is kept at the start of its
// text unless it is a markdown bullet (- * +). In a PDF, the spaces between a
// CJK character and an ASCII letter or digit are removed (a font change, not
// a space).
func Units(doc *layout.Document) []Unit {
	pdf := doc.Format == "pdf"
	var out []Unit
	for i, b := range doc.Blocks {
		switch b.Kind {
		case layout.Table:
			for _, row := range b.Rows {
				u := Unit{Table: true, Block: i}
				for _, c := range row {
					if c.Span {
						continue
					}
					u.Cells = append(u.Cells, Split(c.Text, false, pdf))
				}
				out = append(out, u)
			}
		case layout.Image:
			if len(sdg.Find(b.Text)) > 0 { // an SDG icon: its alt text is the tag
				out = append(out, Unit{Block: i, Cells: [][]Line{Split(b.Text, false, pdf)}})
			}
		case layout.Link:
		default:
			text := b.Text
			if b.Kind == layout.ListItem && b.Marker != "" && !isMarkdownBullet(b.Marker) {
				text = b.Marker + text
			}
			out = append(out, Unit{Block: i, Cells: [][]Line{Split(text, b.Kind == layout.Heading, pdf)}})
		}
	}
	return out
}

func isMarkdownBullet(m string) bool { return m == "-" || m == "*" || m == "+" }

// pdfDots are the look-alikes of the katakana middle dot ・ that PDF fonts map
// it to (Chromium's ToUnicode gives U+2027): as bullets and inside words
// (役割‧使命) they read as ・.
var pdfDots = strings.NewReplacer("\u2027", "・", "\u2219", "・", "\u22c5", "・")

// dotLookalikes are the runes pdfDots replaces: a line without them (nearly
// every line) is not copied through the replacer.
const dotLookalikes = "\u2027\u2219\u22c5"

// Split normalises each line of raw, dropping empty ones; heading marks the
// lines as a heading's, pdf removes the spaces a font change leaves
// (DropScriptSpaces).
func Split(raw string, heading, pdf bool) []Line {
	var out []Line
	for _, r := range strings.Split(raw, "\n") {
		t := r
		if strings.ContainsAny(r, dotLookalikes) {
			t = pdfDots.Replace(r)
		}
		t = kit.Clean(t) // shared with kit.Fields, which reads the same lines
		if pdf {
			t = DropScriptSpaces(t)
		}
		if t == "" {
			continue
		}
		out = append(out, Line{Text: t, Width: DisplayWidth(strings.TrimSpace(r)), Heading: heading})
	}
	return out
}

// MaxWidth is the widest line of ls.
func MaxWidth(ls []Line) int {
	m := 0
	for _, l := range ls {
		m = max(m, l.Width)
	}
	return m
}
