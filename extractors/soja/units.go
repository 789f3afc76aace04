package soja

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// kind is what a unit of text is in this family's documents.
type kind int

const (
	short      kind = iota // a line that is not a sentence: a title, motto, name or unmarked bullet
	sentence               // text ending in 。 (a lead sentence or a 方針's description)
	bullet                 // a measure in a diagram panel's list
	label                  // 重点プロジェクト① (with the name when on the same line)
	policyHead             // 「ささえる」プロジェクトの方針
	nado                   // など closing a bullet list
	definition             // 重点プロジェクトとは、… (what the term means: no item)
)

var (
	// labelRe is a panel's label, the name on the same line or not:
	// 重点プロジェクト①, 重点プロジェクト1 ささえる, 重点プロジェクト2:「うるおう」.
	labelRe  = regexp.MustCompile(`^重点プロジェクト\s*([①-⑳]|[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:・]?\s*[「『]?([^\s「」『』]*)[」』]?$`)
	policyRe = regexp.MustCompile(`^[「『](.{1,20}?)[」』]\s*(?:プロジェクト)?の方針$`)
)

// unit is one piece of text: a wrapped line joined back, or a line standing alone.
type unit struct {
	text  string
	kind  kind
	block int  // index of the block it starts in
	used  bool // taken by a label, panel or 方針
}

// units reads doc's lines into units: lines a PDF wrapped are joined back
// (within a block by line width, across blocks when a fragment ends in 、),
// bullets are split off at their markers, and each unit is classified.
func units(lines []kit.Line) []unit {
	widths := blockWidths(lines)
	var out []unit
	open := false // the last unit goes on in the next line
	for i, l := range lines {
		text := lineText(l.Text)
		marked := l.Kind == layout.ListItem && l.First // <li> prints no marker
		marked = marked || l.Marker != "" && kit.IsBullet(l.Marker)
		// A wrapped line starting with ・ (・融合した) is not a bullet.
		if m, rest := kit.SplitMarker(text); m != "" && kit.IsBullet(m) && (l.First || !open) {
			text, marked = rest, true
		}
		k := special(text)
		if open && !marked && k == short && len(out) > 0 && (l.Block == out[len(out)-1].block || !l.First || fragment(out[len(out)-1].text)) {
			last := &out[len(out)-1]
			last.text = kit.JoinWrapped(last.text, text)
		} else {
			if marked && k == short {
				k = bullet
			}
			out = append(out, unit{text: text, kind: k, block: l.Block})
		}
		last := &out[len(out)-1]
		open = goesOn(last, text, widths[l.Block], i+1 < len(lines) && lines[i+1].Block == l.Block)
	}
	for i := range out {
		if out[i].kind == short && strings.HasSuffix(out[i].text, "。") {
			out[i].kind = sentence
		}
	}
	markUnmarkedBullets(out)
	return out
}

// special classifies the lines that always stand alone.
func special(text string) kind {
	switch {
	// the literal start (and end) each pattern requires is asked first:
	// every line of every document is classified here (Match)
	case strings.HasPrefix(text, titleWord) && labelRe.MatchString(text):
		return label
	case (strings.HasPrefix(text, "「") || strings.HasPrefix(text, "『")) && strings.HasSuffix(text, "の方針") && policyRe.MatchString(text):
		return policyHead
	case text == "など" || text == "等":
		return nado
	case strings.HasPrefix(text, "重点プロジェクトとは"):
		return definition
	}
	return short
}

// goesOn reports whether the unit u, whose last line is text, continues on
// the next line: not when it ends a sentence; yes when the line filled the
// block's width (a PDF wrap) or the text is a fragment ending in 、.
func goesOn(u *unit, text string, width int, sameBlockNext bool) bool {
	if u.kind != short && u.kind != bullet && u.kind != definition || strings.HasSuffix(u.text, "。") {
		return false
	}
	if u.kind == definition {
		return true
	}
	if fragment(u.text) {
		return true
	}
	return sameBlockNext && width > 0 && kit.Runes(text) >= width-wrapSlack
}

// wrapSlack is how much shorter than the block's longest line a wrapped line
// may be (indented bullets, a closing bracket moved to the next line).
const wrapSlack = 2

// fragment reports whether s is a sentence cut in the middle: it has a comma
// and no full stop at the end. Titles, mottos and bullets have no 、.
func fragment(s string) bool {
	return strings.Contains(s, "、") && !strings.HasSuffix(s, "。")
}

// blockWidths is the longest line, in characters, of each block with more
// than one line: the width at which a PDF wrapped it.
func blockWidths(lines []kit.Line) map[int]int {
	n := map[int]int{}
	w := map[int]int{}
	for _, l := range lines {
		n[l.Block]++
		if r := kit.Runes(lineText(l.Text)); r > w[l.Block] {
			w[l.Block] = r
		}
	}
	for b, c := range n {
		if c < 2 {
			delete(w, b)
		}
	}
	return w
}

// markUnmarkedBullets finds the bullets a PDF printed without markers: short
// units after a sentence or bullet of the same block that are not followed
// by a sentence (which would make them a title with its description).
func markUnmarkedBullets(us []unit) {
	for i := range us {
		if us[i].kind != short || i == 0 {
			continue
		}
		prev := us[i-1]
		if prev.block != us[i].block || prev.kind != sentence && prev.kind != bullet {
			continue
		}
		if i+1 < len(us) && us[i+1].kind == sentence {
			continue
		}
		us[i].kind = bullet
	}
}

// clean normalises a line (kit.Clean) and reads the hyphenation point some
// PDF fonts print for ・ as ・.
func clean(s string) string {
	return lineText(kit.Clean(s))
}

// lineText is clean for a kit.Line's text, which kit has cleaned already.
func lineText(text string) string {
	return strings.ReplaceAll(text, "‧", "・")
}
