package layout

import (
	"regexp"
	"strings"
)

// tableStyle is how a text line writes a table row.
type tableStyle int

const (
	noTable  tableStyle = iota
	markdown            // | a | b |
	tabbed              // a<TAB>b
)

// tableKind tells whether a line is a table row, and of which style. A tab only at
// the start of a line is indentation, not a cell separator.
func tableKind(raw string) tableStyle {
	t := strings.TrimSpace(raw)
	if len(t) >= 3 && t[0] == '|' && strings.Count(t, "|") >= 2 {
		return markdown
	}
	if strings.Contains(strings.TrimLeft(raw, " \t"), "\t") {
		return tabbed
	}
	return noTable
}

var separatorCell = regexp.MustCompile(`^:?-+:?$`)

// readTable reads the table that starts at lines[i] and returns it with the index
// of the first line after it. A table continues across blank lines when the next
// rows are of the same style and (for markdown) restart with a header row of empty
// cells, as converters write a table that a page break cut in two; the first row
// after such a break, when its first cell is empty, continues the row before it.
func readTable(lines []srcLine, i int) (Block, int) {
	style := tableKind(lines[i].raw)
	tb := Block{Kind: Table, Pos: Pos{Start: lines[i].start, Line: lines[i].num}}
	for {
		seg, next := readSegment(lines, i, style)
		tb.Rows = joinSegment(tb.Rows, seg, len(tb.Rows) > 0)
		tb.Pos.End = lines[next-1].end
		i = next
		j := i
		for j < len(lines) && isBlank(lines[j].raw) {
			j++
		}
		if j == i || j >= len(lines) || tableKind(lines[j].raw) != style || !continues(lines, j, style) {
			return tb, i
		}
		i = j
	}
}

// continues reports whether the rows at lines[j], after blank lines, go on with the
// table before: tab-separated rows always do; a markdown table does when its header
// row is empty.
func continues(lines []srcLine, j int, style tableStyle) bool {
	if style == tabbed {
		return true
	}
	for _, c := range splitRow(lines[j].raw, markdown) {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// segmentRow is one row read from the text, before joining.
type segmentRow struct {
	cells  []Cell
	header bool
}

// readSegment reads consecutive rows of one style from lines[i:].
func readSegment(lines []srcLine, i int, style tableStyle) ([]segmentRow, int) {
	var rows []segmentRow
	for ; i < len(lines) && tableKind(lines[i].raw) == style; i++ {
		raw := splitRow(lines[i].raw, style)
		if style == markdown && isSeparator(raw) {
			for k := range rows {
				rows[k].header = true
			}
			continue
		}
		row := segmentRow{cells: make([]Cell, len(raw))}
		for k, c := range raw {
			row.cells[k] = parseCell(c)
		}
		rows = append(rows, row)
	}
	return rows, i
}

// joinSegment appends the rows of a segment to a table, dropping rows whose cells
// are all empty and, after a break, joining a first row with an empty first cell
// to the row before it.
func joinSegment(table [][]Cell, seg []segmentRow, afterBreak bool) [][]Cell {
	for _, r := range seg {
		if emptyRow(r.cells) {
			continue
		}
		if r.header {
			for k := range r.cells {
				r.cells[k].Header = true
			}
		}
		if afterBreak && len(table) > 0 && r.cells[0].Text == "" {
			prev := table[len(table)-1]
			table[len(table)-1] = mergeRow(prev, r.cells)
			afterBreak = false
			continue
		}
		afterBreak = false
		table = append(table, r.cells)
	}
	return table
}

// mergeRow joins the cells of a continuation row into the row it continues.
func mergeRow(prev, cont []Cell) []Cell {
	for k, c := range cont {
		if c.Text == "" {
			continue
		}
		if k >= len(prev) {
			prev = append(prev, c)
			continue
		}
		prev[k] = joinCells(prev[k], c)
	}
	return prev
}

// joinCells joins the two halves of a cell a page break cut: a paragraph that
// stopped mid-sentence goes on with the first paragraph of the second half.
func joinCells(a, b Cell) Cell {
	if a.Text == "" {
		return b
	}
	ab, bb := cellBlocks(a), cellBlocks(b)
	last := &ab[len(ab)-1]
	if last.Kind == bb[0].Kind && last.Kind == Paragraph && !endsSentence(last.Text) {
		last.Text += bb[0].Text
		bb = bb[1:]
	}
	blocks := append(ab, bb...)
	out := Cell{Header: a.Header, Text: joinBlockText(blocks)}
	if a.Blocks != nil || b.Blocks != nil {
		out.Blocks = blocks
	}
	return out
}

// cellBlocks returns the cell's blocks, or one paragraph of its text.
func cellBlocks(c Cell) []Block {
	if len(c.Blocks) > 0 {
		return append([]Block(nil), c.Blocks...)
	}
	return []Block{{Kind: Paragraph, Text: c.Text}}
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") || strings.HasSuffix(s, ".") ||
		strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "」")
}

func emptyRow(cells []Cell) bool {
	for _, c := range cells {
		if c.Text != "" {
			return false
		}
	}
	return true
}

func isSeparator(cells []string) bool {
	for _, c := range cells {
		if !separatorCell.MatchString(strings.TrimSpace(c)) {
			return false
		}
	}
	return len(cells) > 0
}

// splitRow splits a row into raw cells. Markdown rows lose their outer pipes and
// honour "\|" as a literal pipe.
func splitRow(raw string, style tableStyle) []string {
	if style == tabbed {
		return strings.Split(strings.TrimLeft(raw, " "), "\t")
	}
	t := strings.TrimSpace(raw)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			b.WriteByte('|')
			i++
		case t[i] == '|':
			cells = append(cells, b.String())
			b.Reset()
		default:
			b.WriteByte(t[i])
		}
	}
	return append(cells, b.String())
}

// hasMarkup tells whether a cell holds an HTML fragment (<p>, <ul>, <br>, …).
var hasMarkup = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[\s/>]`)

// parseCell reads one raw cell: an HTML fragment is parsed into blocks, plain text
// is collapsed.
func parseCell(raw string) Cell {
	if !hasMarkup.MatchString(raw) {
		return Cell{Text: collapseLine(raw)}
	}
	blocks := fragmentBlocks(raw)
	return Cell{Text: joinBlockText(blocks), Blocks: blocks}
}

// joinBlockText is a cell's whole text: its blocks' texts (with list markers) on
// separate lines.
func joinBlockText(blocks []Block) string {
	parts := make([]string, 0, len(blocks))
	for _, b := range blocks {
		t := b.Text
		if b.Kind == Table {
			t = tableText(b.Rows)
		}
		if b.Kind == ListItem && b.Marker != "" {
			t = withMarker(b.Marker, t)
		}
		if t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// withMarker writes an item's marker back before its text, with a space after an
// ASCII marker ("- a", "1. a") and none after a Japanese one ("・a", "①a").
func withMarker(marker, text string) string {
	if marker[len(marker)-1] < 0x80 {
		return marker + " " + text
	}
	return marker + text
}

// tableText flattens a nested table: cells joined by spaces, rows by lines.
func tableText(rows [][]Cell) string {
	lines := make([]string, 0, len(rows))
	for _, r := range rows {
		var cells []string
		for _, c := range r {
			if c.Text != "" && !c.Span {
				cells = append(cells, c.Text)
			}
		}
		if len(cells) > 0 {
			lines = append(lines, strings.Join(cells, " "))
		}
	}
	return strings.Join(lines, "\n")
}
