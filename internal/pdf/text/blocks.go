package pdftext

import (
	"sort"
	"strings"

	"jplan/internal/layout"
)

// Grouping thresholds, in ems.
const (
	lineGap     = 0.7 // lines of one box are at most this far apart
	sizeChange  = 0.2 // a relative font-size change beyond this starts a new box
	indentSlack = 1.0 // a wrapped line may start this far left of its box
)

// box is a group of runs read as one unit: a paragraph, or a table cell
// whose lines wrap.
type box struct {
	runs     []*run
	rect     rect
	size     float64
	vertical bool
}

func (b *box) last() *run { return b.runs[len(b.runs)-1] }

func (b *box) text() string {
	lines := make([]string, 0, len(b.runs))
	for _, r := range b.runs {
		if t := strings.TrimSpace(r.text.String()); t != "" {
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, "\n")
}

// groupBoxes joins runs that continue each other on the next line (or the
// next column to the left, for vertical text).
func groupBoxes(runs []*run) []*box {
	var boxes []*box
	var cur *box
	for _, r := range runs {
		if cur != nil && cur.continues(r) {
			cur.runs = append(cur.runs, r)
			cur.rect = cur.rect.union(r.box)
			continue
		}
		cur = &box{runs: []*run{r}, rect: r.box, size: r.size, vertical: r.vertical}
		boxes = append(boxes, cur)
	}
	return boxes
}

// continues says whether run r is the next line of the box.
func (b *box) continues(r *run) bool {
	if r.vertical != b.vertical || abs(r.size-b.size) > sizeChange*b.size {
		return false
	}
	em := b.size
	last := b.last().box
	if b.vertical {
		gap := last.x0 - r.box.x1 // columns go right to left
		return gap > -lineShift*em && gap <= lineGap*em &&
			overlap(r.box.y0, r.box.y1, b.rect.y0, b.rect.y1) > 0
	}
	gap := r.box.y0 - last.y1
	if gap <= -lineShift*em || gap > lineGap*em {
		return false
	}
	if r.box.x0 >= b.rect.x0-indentSlack*em && r.box.x0 <= b.rect.x1 {
		return true
	}
	// A centred line: most of the shorter of the two lies over the other.
	ov := overlap(r.box.x0, r.box.x1, b.rect.x0, b.rect.x1)
	return ov > 0.5*min(r.box.w(), b.rect.w())
}

func overlap(a0, a1, b0, b1 float64) float64 {
	return min(a1, b1) - max(a0, b0)
}

// groupRows puts side-by-side boxes into rows: a box joins the row when it
// lies to the right of the previous box and shares the row's height band.
func groupRows(boxes []*box) [][]*box {
	var rows [][]*box
	for _, b := range boxes {
		if n := len(rows); n > 0 {
			row := rows[n-1]
			prev := row[len(row)-1]
			band := rowBand(row)
			if b.rect.x0 >= prev.rect.x1-0.5*b.size &&
				overlap(b.rect.y0, b.rect.y1, band.y0, band.y1) > 0.5*min(b.rect.h(), band.h()) {
				rows[n-1] = append(row, b)
				continue
			}
		}
		rows = append(rows, []*box{b})
	}
	return rows
}

func rowBand(row []*box) rect {
	r := row[0].rect
	for _, b := range row[1:] {
		r = r.union(b.rect)
	}
	return r
}

// buildBlocks turns a page's glyphs into blocks: tables where two or more
// rows of two or more boxes follow each other, headings for short lines set
// clearly larger than the page's body text, paragraphs otherwise.
func buildBlocks(gs []glyph, page int) []layout.Block {
	if len(gs) == 0 {
		return nil
	}
	body := bodySize(gs)
	rows := groupRows(groupBoxes(splitRuns(gs)))
	var out []layout.Block
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && len(rows[j]) >= 2 {
			j++
		}
		if j-i >= 2 {
			out = append(out, tableBlock(rows[i:j], page))
			i = j
			continue
		}
		out = append(out, rowBlocks(rows[i], page, body)...)
		i++
	}
	return out
}

func tableBlock(rows [][]*box, page int) layout.Block {
	t := layout.Block{Kind: layout.Table}
	var all rect
	for i, row := range rows {
		cells := make([]layout.Cell, 0, len(row))
		for _, b := range row {
			cells = append(cells, layout.Cell{Text: b.text()})
		}
		t.Rows = append(t.Rows, cells)
		if i == 0 {
			all = rowBand(row)
		} else {
			all = all.union(rowBand(row))
		}
	}
	t.Pos = posOf(all, page)
	return t
}

// rowBlocks writes a row that is not part of a table: one line of several
// boxes becomes one paragraph, otherwise each box is its own block.
func rowBlocks(row []*box, page int, body float64) []layout.Block {
	if len(row) > 1 && allSingleLine(row) {
		parts := make([]string, len(row))
		for i, b := range row {
			parts[i] = b.text()
		}
		return []layout.Block{{Kind: layout.Paragraph, Text: strings.Join(parts, " "), Pos: posOf(rowBand(row), page)}}
	}
	out := make([]layout.Block, 0, len(row))
	for _, b := range row {
		blk := layout.Block{Kind: layout.Paragraph, Text: b.text(), Pos: posOf(b.rect, page)}
		if lvl := headingLevel(b, body); lvl > 0 {
			blk.Kind, blk.Level = layout.Heading, lvl
		}
		out = append(out, blk)
	}
	return out
}

func allSingleLine(row []*box) bool {
	for _, b := range row {
		if len(b.runs) != 1 {
			return false
		}
	}
	return true
}

// headingLevel: a box of at most two short lines set at least 1.2× the body
// size is a heading, level 1 from 1.6×.
func headingLevel(b *box, body float64) int {
	if body <= 0 || len(b.runs) > 2 || len([]rune(b.text())) > 60 {
		return 0
	}
	switch r := b.size / body; {
	case r >= 1.6:
		return 1
	case r >= 1.2:
		return 2
	}
	return 0
}

// bodySize is the font size most glyphs on the page are set in.
func bodySize(gs []glyph) float64 {
	count := map[float64]int{}
	for i := range gs {
		count[float64(int(gs[i].size*2+0.5))/2]++
	}
	sizes := make([]float64, 0, len(count))
	for s := range count {
		sizes = append(sizes, s)
	}
	sort.Float64s(sizes)
	best := 0.0
	for _, s := range sizes {
		if count[s] > count[best] {
			best = s
		}
	}
	return best
}

func posOf(r rect, page int) layout.Pos {
	return layout.Pos{Page: page, X: round2(r.x0), Y: round2(r.y0), W: round2(r.w()), H: round2(r.h())}
}

func round2(v float64) float64 {
	return float64(int64(v*100+0.5*sign(v))) / 100
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}
