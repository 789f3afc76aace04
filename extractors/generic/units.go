package generic

import (
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// unit is one logical line of the document: a kit.Line, with the lines a PDF
// wrapped at the column width joined back together.
type unit struct {
	kit.Line
	marker string // item marker: the list item's, or one split off the text
	body   string // the text without its marker
}

// units flattens doc into logical lines. In PDFs a line that fills the
// block's width and does not end a sentence continues on the next line, so
// the two are joined without a space (PDF line-wrap spaces are not text).
func units(doc *layout.Document) []unit {
	lines := kit.Lines(doc)
	if doc.Format == "pdf" {
		lines = joinWrapped(lines)
	}
	out := make([]unit, 0, len(lines))
	for _, l := range lines {
		u := unit{Line: l}
		u.marker, u.body = l.Marker, l.Text
		if m, rest := kit.SplitMarker(l.Text); m != "" && (u.marker == "" || kit.IsBullet(u.marker) && !kit.IsBullet(m)) {
			u.marker, u.body = m, rest
		}
		u.marker = strings.TrimPrefix(u.marker, ">")
		out = append(out, u)
	}
	return out
}

// joinWrapped joins PDF lines wrapped at the width of their block or cell.
func joinWrapped(lines []kit.Line) []kit.Line {
	width := map[[3]int]int{}
	for _, l := range lines {
		k := [3]int{l.Block, l.Row, l.Col}
		if n := kit.Runes(l.Text); n > width[k] {
			width[k] = n
		}
	}
	var out []kit.Line
	for _, l := range lines {
		if n := len(out); n > 0 && continues(out[n-1], l, width[[3]int{l.Block, l.Row, l.Col}]) {
			out[n-1].Text += l.Text
			continue
		}
		out = append(out, l)
	}
	return out
}

// continues reports whether next carries on prev's sentence: same block or
// cell, prev at least nearly as wide as the widest line there and not ending
// a sentence, next not opening an item.
func continues(prev, next kit.Line, width int) bool {
	if prev.Block != next.Block || prev.Row != next.Row || prev.Col != next.Col || next.First {
		return false
	}
	if width < 12 || kit.Runes(prev.Text)*10 < width*8 {
		return false
	}
	if strings.HasSuffix(prev.Text, "。") {
		return false
	}
	if m, _ := kit.SplitMarker(next.Text); m != "" {
		return false
	}
	return true
}
