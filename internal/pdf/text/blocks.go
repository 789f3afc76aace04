package pdftext

import (
	"sort"
	"strings"

	"jplan/internal/layout"
)

// Grouping thresholds, in ems.
const (
	lineGap     = 0.7  // lines of one box are at most this far apart
	sizeChange  = 0.15 // a relative font-size change beyond this starts a new box
	indentSlack = 1.0  // a wrapped line may start this far left of its box
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

// stack is a column of boxes read one after the other downwards: the
// paragraphs of one table cell, or of a page column.
type stack struct {
	boxes []*box
	rect  rect
}

func newStack(bs ...*box) *stack {
	s := &stack{boxes: bs, rect: bs[0].rect}
	for _, b := range bs[1:] {
		s.rect = s.rect.union(b.rect)
	}
	return s
}

// below says whether box b continues the stack: further down, in the same
// horizontal span, the same orientation and about the same size.
func (s *stack) below(b *box) bool {
	last := s.boxes[len(s.boxes)-1]
	if b.vertical != last.vertical || abs(b.size-last.size) > sizeChange*last.size {
		return false
	}
	if b.rect.y0 < last.rect.y1-lineShift*b.size {
		return false
	}
	return b.rect.x0 >= s.rect.x0-indentSlack*b.size && b.rect.x0 <= s.rect.x1
}

func (s *stack) text() string {
	parts := make([]string, 0, len(s.boxes))
	for _, b := range s.boxes {
		if t := b.text(); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// nextCell reports whether stack t is the next cell of a row whose last cell
// is s: it starts to the right of s and goes back up into s's height band.
func nextCell(s, t *stack, em float64) bool {
	return t.rect.x0 >= s.rect.x1-0.5*em && t.rect.y0 < s.rect.y1-lineShift*em && t.rect.y1 > s.rect.y0
}

// groupRows reads boxes into rows of stacks. When a box goes back up to the
// right of the current stack, that stack is a table cell: the boxes at its
// top that reach over the new cell (a heading or paragraph above the table)
// are split off as a row of their own first.
func groupRows(boxes []*box) [][]*stack {
	var rows [][]*stack
	var cur *stack
	flush := func() {
		if cur != nil {
			rows = appendStack(rows, cur)
			cur = nil
		}
	}
	for _, b := range boxes {
		if cur != nil && cur.below(b) {
			cur.boxes = append(cur.boxes, b)
			cur.rect = cur.rect.union(b.rect)
			continue
		}
		if cur != nil && b.rect.y0 < cur.rect.y1 && b.rect.x0 > cur.rect.x0 {
			if head, tail := splitHead(cur, b); head != nil {
				rows = append(rows, []*stack{head})
				cur = tail
			}
		}
		flush()
		cur = newStack(b)
	}
	flush()
	return rows
}

// splitHead cuts off the top boxes of s that cannot be in the cell beside
// b: those reaching over b horizontally and those ending above b's top (a
// heading or paragraph just above the table).
func splitHead(s *stack, b *box) (head, tail *stack) {
	em := b.size
	i := len(s.boxes)
	for i > 0 {
		r := s.boxes[i-1].rect
		if r.x1 > b.rect.x0+0.5*em || r.y1 < b.rect.y0-lineShift*em {
			break
		}
		i--
	}
	if i == 0 || i == len(s.boxes) {
		return nil, s
	}
	return newStack(s.boxes[:i]...), newStack(s.boxes[i:]...)
}

// appendStack adds s to the last row when it is that row's next cell.
func appendStack(rows [][]*stack, s *stack) [][]*stack {
	if n := len(rows); n > 0 {
		row := rows[n-1]
		if nextCell(row[len(row)-1], s, s.boxes[0].size) {
			rows[n-1] = append(row, s)
			return rows
		}
	}
	return append(rows, []*stack{s})
}

func rowBand(row []*stack) rect {
	r := row[0].rect
	for _, s := range row[1:] {
		r = r.union(s.rect)
	}
	return r
}

// pageBlocks is one page's blocks plus what joins it to its neighbours.
type pageBlocks struct {
	blocks []layout.Block
	// cont holds, by column, text that continues the last row of the
	// previous page's final table (a row broken by the page end).
	cont    []string
	contPos layout.Pos // where the continued text sits on this page
	// endCols are the left edges of the cells of the page's last row when
	// the page ends with a table.
	endCols []float64
}

// buildBlocks turns a page's glyphs into blocks: tables where two or more
// rows of two or more cells follow each other, headings for short lines set
// clearly larger than the page's body text, paragraphs otherwise. prevCols
// are the previous page's endCols.
func buildBlocks(gs []glyph, page int, prevCols []float64) pageBlocks {
	var pb pageBlocks
	if len(gs) == 0 {
		return pb
	}
	gs = dropOverprint(gs)
	body := bodySize(gs)
	rows := groupRows(groupBoxes(splitRuns(gs)))
	if cont := continuation(rows, prevCols); cont != nil {
		pb.cont, pb.contPos, rows = cont, posOf(rowBand(rows[0]), page), rows[1:]
	}
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && len(rows[j]) >= 2 {
			j++
		}
		if j-i >= 2 {
			pb.blocks = append(pb.blocks, tableBlock(rows[i:j], page))
			if j == len(rows) {
				for _, s := range rows[j-1] {
					pb.endCols = append(pb.endCols, s.rect.x0)
				}
			}
			i = j
			continue
		}
		pb.blocks = append(pb.blocks, rowBlocks(rows[i], page, body)...)
		i++
	}
	return pb
}

// continuation reads the page's first row as the rest of a table row that
// the previous page broke: each of its cells must fall into its own column
// of that row, and a single cell must not be in the first column (that is
// more likely a paragraph after the table).
func continuation(rows [][]*stack, cols []float64) []string {
	if len(cols) < 2 || len(rows) == 0 {
		return nil
	}
	cont := make([]string, len(cols))
	prev := -1
	for _, s := range rows[0] {
		em := s.boxes[0].size
		k := -1
		for c, x := range cols {
			if x <= s.rect.x0+em {
				k = c
			}
		}
		if k <= prev {
			return nil
		}
		cont[k], prev = s.text(), k
	}
	if len(rows[0]) == 1 && prev == 0 {
		return nil
	}
	return cont
}

func tableBlock(rows [][]*stack, page int) layout.Block {
	t := layout.Block{Kind: layout.Table}
	all := rowBand(rows[0])
	for _, row := range rows {
		cells := make([]layout.Cell, 0, len(row))
		for _, s := range row {
			cells = append(cells, layout.Cell{Text: s.text()})
		}
		t.Rows = append(t.Rows, cells)
		all = all.union(rowBand(row))
	}
	t.Pos = posOf(all, page)
	return t
}

// rowBlocks writes a row that is not part of a table: one line of several
// single-line cells becomes one paragraph, otherwise each box is a block.
func rowBlocks(row []*stack, page int, body float64) []layout.Block {
	if len(row) > 1 && allSingleLine(row) {
		parts := make([]string, 0, len(row))
		for _, s := range row {
			if t := s.text(); t != "" {
				parts = append(parts, t)
			}
		}
		if len(parts) == 0 {
			return nil
		}
		return []layout.Block{{Kind: layout.Paragraph, Text: strings.Join(parts, " "), Pos: posOf(rowBand(row), page)}}
	}
	var out []layout.Block
	for _, s := range row {
		for _, b := range s.boxes {
			text := b.text()
			if text == "" {
				continue
			}
			blk := layout.Block{Kind: layout.Paragraph, Text: text, Pos: posOf(b.rect, page)}
			if lvl := headingLevel(b, body); lvl > 0 {
				blk.Kind, blk.Level = layout.Heading, lvl
			}
			out = append(out, blk)
		}
	}
	return out
}

func allSingleLine(row []*stack) bool {
	for _, s := range row {
		if len(s.boxes) != 1 || len(s.boxes[0].runs) != 1 {
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
