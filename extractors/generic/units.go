package generic

import (
	"regexp"
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
		for i := range lines {
			lines[i].Text = fontGap.ReplaceAllString(lines[i].Text, "$1$2$3")
		}
		lines = joinWrapped(lines)
		lines = joinHanging(doc, lines)
	}
	lines = splitFlattened(lines)
	out := make([]unit, 0, len(lines))
	for _, l := range lines {
		u := unit{Line: l}
		u.marker, u.body = l.Marker, l.Text
		if m, rest := kit.SplitMarker(l.Marker + l.Text); l.Marker != "" && len(m) > len(l.Marker) {
			u.marker, u.body = m, rest // the layout cut 1-1-1 as 1-1 and "-1 …"
		}
		if m, rest := kit.SplitMarker(l.Text); m != "" && (u.marker == "" || kit.IsBullet(u.marker) && !kit.IsBullet(m)) {
			u.marker, u.body = m, rest
		}
		u.marker = strings.TrimPrefix(u.marker, ">")
		if u.marker != "" && strings.Contains(tagMarks, u.marker) {
			u.marker, u.body = "", u.marker+u.body // ☞ labels the item; it numbers nothing
		}
		if u.marker == "" && l.Kind == layout.ListItem && l.First {
			u.marker = "・" // an HTML <ul> item: a bullet nobody printed
		}
		out = append(out, u)
	}
	return out
}

// inlineBreak is where a flattened page (one huge line) starts a new item or
// table: before ①, "1章 ", "第1章", and an indicator table's header.
var inlineBreak = regexp.MustCompile(`\s([①-⑳]|\d{1,2}章\s|第\d{1,2}章|目標\(指標\)名|目標\(指標\)の説明)`)

// flattenedMin is the length from which a line is taken for a flattened page.
const flattenedMin = 150

// splitFlattened cuts very long lines (a page's text run together, tables
// included) before inline item markers and table headers, so they read as
// the lines they were.
func splitFlattened(lines []kit.Line) []kit.Line {
	var out []kit.Line
	for _, l := range lines {
		if kit.Runes(l.Text) < flattenedMin || strings.Contains(l.Text, "指標:") {
			out = append(out, l)
			continue
		}
		start := 0
		for _, m := range inlineBreak.FindAllStringIndex(l.Text, -1) {
			out = appendPiece(out, l, l.Text[start:m[0]], start == 0)
			start = m[0] + 1
		}
		out = appendPiece(out, l, l.Text[start:], start == 0)
	}
	return out
}

func appendPiece(out []kit.Line, l kit.Line, text string, first bool) []kit.Line {
	text = strings.TrimSpace(text)
	if text == "" {
		return out
	}
	p := l
	p.Text, p.First = text, first && l.First
	if !first {
		p.Marker = ""
	}
	return append(out, p)
}

// fontGap is the space a PDF puts where the font changes between Latin
// letters or digits and Japanese (平成22 年度, 2km の): not a space of the text.
// The run must follow Japanese, so an item number ("1 にいがた") keeps its space.
var fontGap = regexp.MustCompile(`([\p{Han}\p{Hiragana}\p{Katakana}ー])([0-9A-Za-z%]+) ([\p{Han}\p{Hiragana}\p{Katakana}])`)

// joinHanging joins an item's line to the next block when a PDF printed
// each line as its own block: the item's line (a marked line that does not
// end a sentence) followed, just below, by an unmarked line indented
// further (a hanging indent).
func joinHanging(doc *layout.Document, lines []kit.Line) []kit.Line {
	var out []kit.Line
	for _, l := range lines {
		if n := len(out); n > 0 && hangs(doc, out[n-1], l) {
			out[n-1].Text += l.Text
			continue
		}
		out = append(out, l)
	}
	return out
}

func hangs(doc *layout.Document, prev, next kit.Line) bool {
	if prev.Block == next.Block || prev.InTable() || next.InTable() || !next.First {
		return false
	}
	if m, _ := kit.SplitMarker(prev.Text); m == "" || strings.HasSuffix(prev.Text, "。") {
		return false
	}
	if m, _ := kit.SplitMarker(next.Text); m != "" {
		return false
	}
	p, q := doc.Blocks[prev.Block].Pos, doc.Blocks[next.Block].Pos
	return p.Page == q.Page && q.X > p.X+4 && q.Y > p.Y && q.Y-p.Y < 30
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
	if strings.HasSuffix(prev.Text, "。") || next.Text == "など" || next.Text == "等" {
		return false
	}
	if m, _ := kit.SplitMarker(next.Text); m != "" {
		return false
	}
	// an item's title line that fills the width is followed by its body,
	// not by the rest of the title, when that next line fills the width too
	if m, _ := kit.SplitMarker(prev.Text); m != "" && !kit.IsBullet(m) && kit.Runes(next.Text)*10 >= width*8 {
		return false
	}
	return true
}
