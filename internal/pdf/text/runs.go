package pdftext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Break thresholds, in ems of the larger of two neighbouring glyphs.
const (
	lineShift  = 0.3  // a baseline move beyond this starts a new line
	cellJump   = 1.0  // a jump back or forward beyond this starts a new cell
	cjkJump    = 0.35 // between two CJK characters a smaller gap already does
	markerGap  = 3.0  // a list marker (•, 1.) keeps the text this far after it
	wordGap    = 0.2  // a gap beyond this inside a line is a space
	columnSnap = 0.3  // vertical text: centres this close are one column
	stackGap   = 0.35 // vertical text: glyphs this close below each other are one column
)

// rect is a box in display space (y down).
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) union(o rect) rect {
	return rect{min(r.x0, o.x0), min(r.y0, o.y0), max(r.x1, o.x1), max(r.y1, o.y1)}
}

func (r rect) w() float64 { return r.x1 - r.x0 }
func (r rect) h() float64 { return r.y1 - r.y0 }

func glyphRect(g *glyph) rect { return rect{g.x, g.y, g.x + g.w, g.y + g.h} }

// run is a line of text: glyphs in stream order along one baseline (or one
// column for vertical text) without a cell-sized gap.
type run struct {
	text     strings.Builder
	box      rect
	size     float64
	vertical bool
	last     *glyph
	n        int
}

func (r *run) add(g *glyph, space bool) {
	if space {
		r.text.WriteByte(' ')
	}
	r.text.WriteString(g.text)
	if r.n == 0 {
		r.box = glyphRect(g)
	} else {
		r.box = r.box.union(glyphRect(g))
	}
	r.size = max(r.size, g.size)
	r.last = g
	r.n++
}

// splitRuns cuts the glyph stream into runs, in stream order. A run of
// spaces is kept: producers draw them into empty table cells.
func splitRuns(gs []glyph) []*run {
	var runs []*run
	var cur *run
	for i := range gs {
		g := &gs[i]
		if cur != nil {
			if ok, space := cur.accepts(g); ok {
				cur.add(g, space)
				continue
			}
		}
		cur = &run{vertical: g.vertical}
		cur.add(g, false)
		runs = append(runs, cur)
	}
	return runs
}

// accepts says whether g continues the run, and whether a space goes before it.
func (r *run) accepts(g *glyph) (ok, space bool) {
	p := r.last
	em := max(p.size, g.size)
	if r.vertical {
		return below(p, g, em, 1.0), false
	}
	dy := (g.y + g.h/2) - (p.y + p.h/2)
	if abs(dy) <= lineShift*em {
		gap := g.x - (p.x + p.w)
		if gap > 0 && gap <= markerGap*em && r.n <= 4 && isMarker(r.text.String()) {
			return true, true
		}
		if gap > cellJump*em || gap < -cellJump*em || gap > cjkJump*em && isCJKText(p.text) && isCJKText(g.text) {
			return false, false
		}
		return true, gap > wordGap*em && !endsSpace(p.text) && !startsSpace(g.text)
	}
	// A second glyph right below the first, both a full em wide: text set
	// upright in a vertical line (writing-mode: vertical-rl) by a horizontal font.
	if r.n == 1 && p.w >= 0.8*em && g.w >= 0.8*em && below(p, g, em, stackGap) {
		r.vertical = true
		return true, false
	}
	return false, false
}

// below reports whether g sits in p's column, under p within maxGap ems.
func below(p, g *glyph, em, maxGap float64) bool {
	dx := (g.x + g.w/2) - (p.x + p.w/2)
	gap := g.y - (p.y + p.h)
	return abs(dx) <= columnSnap*em && gap >= -0.5*em && gap <= maxGap*em
}

func endsSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && unicode.IsSpace(r)
}

func startsSpace(s string) bool {
	for _, r := range s {
		return unicode.IsSpace(r)
	}
	return false
}

// isCJKText reports whether s holds a CJK character (kana, ideograph,
// full-width form or CJK punctuation), where word spaces do not occur.
func isCJKText(s string) bool {
	for _, r := range s {
		if r >= 0x3000 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0xff01 && r <= 0xff60 || r >= 0x20000 {
			return true
		}
	}
	return false
}

// markerRE matches a list marker on its own: bullets, circled numbers,
// "1." "(1)" "１）" and the like.
var markerRE = regexp.MustCompile(`^\s*(?:[•◦▪▫●○◆◇■□・※★☆►▶\-–*]|[①-⑳]|[(（]?[0-9０-９]{1,3}[.．)）]|[(（][0-9０-９]{1,3}[)）])\s*$`)

func isMarker(s string) bool { return markerRE.MatchString(s) }
