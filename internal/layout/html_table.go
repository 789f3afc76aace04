package layout

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on spans, below the HTML limits (colspan 1000, rowspan 65534) so that a
// hostile table cannot blow up; maxCells bounds the whole document.
const (
	maxColspan = 64
	maxRowspan = 512
)

// table emits a <table> as a Table block with its row and column spans expanded,
// every row padded to the table's width. A layout table (one column, or cells
// holding headings or tables) is walked as ordinary content instead.
func (w *walker) table(n *html.Node) {
	rows := tableRows(n)
	if caption := childElement(n, atom.Caption); caption != nil {
		if t := inlineText(caption); t != "" {
			w.blocks = append(w.blocks, Block{Kind: Paragraph, Text: t, Pos: w.pos(caption)})
		}
	}
	if isLayoutTable(rows) {
		for _, tr := range rows {
			for _, td := range rowCells(tr) {
				w.flush()
				w.container(td)
				w.flush()
			}
		}
		return
	}
	grid := w.expand(rows)
	if len(grid) > 0 {
		w.blocks = append(w.blocks, Block{Kind: Table, Rows: grid, Pos: w.pos(n)})
	}
}

// spanCarry is a cell that a rowspan carries into the rows below.
type spanCarry struct {
	cell Cell
	left int
}

// expand lays the rows out on a grid, repeating spanned cells (with Span set).
func (w *walker) expand(rows []*html.Node) [][]Cell {
	var grid [][]Cell
	var carry []spanCarry
	width := 0
	for _, tr := range rows {
		var row []Cell
		fill := func() {
			for len(row) < len(carry) && carry[len(row)].left > 0 {
				carry[len(row)].left--
				row = append(row, carry[len(row)].cell)
			}
		}
		for _, td := range rowCells(tr) {
			fill()
			cell := w.cell(td)
			cs, rs := spanAttr(td, "colspan", maxColspan), spanAttr(td, "rowspan", maxRowspan)
			if w.budget.left < cs*rs {
				cs, rs = 1, 1
				w.budget.cut = true
			}
			w.budget.left -= cs * rs
			for k := 0; k < cs; k++ {
				c := cell
				if k > 0 {
					c = spanCopy(cell)
				}
				col := len(row)
				row = append(row, c)
				for len(carry) <= col {
					carry = append(carry, spanCarry{})
				}
				carry[col] = spanCarry{cell: spanCopy(cell), left: rs - 1}
			}
		}
		fill()
		if len(row) > 0 {
			grid = append(grid, row)
			width = max(width, len(row))
		}
	}
	for i := range grid {
		for len(grid[i]) < width {
			grid[i] = append(grid[i], Cell{})
		}
	}
	return grid
}

func spanCopy(c Cell) Cell {
	return Cell{Text: c.Text, Header: c.Header, Span: true}
}

// spanAttr reads a colspan/rowspan attribute, clamped to 1..limit.
func spanAttr(td *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(td, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}

// cell lays out the inside of a <td>/<th>. Blocks are kept when the cell has
// structure (more than one block, or a list, link or image).
func (w *walker) cell(td *html.Node) Cell {
	s := w.sub()
	s.container(td)
	s.flush()
	c := Cell{Text: joinBlockText(s.blocks), Header: td.DataAtom == atom.Th}
	if len(s.blocks) > 1 || len(s.blocks) == 1 && s.blocks[0].Kind != Paragraph {
		c.Blocks = s.blocks
	}
	return c
}

// tableRows returns the <tr> of a table (inside thead/tbody/tfoot or not), not
// those of nested tables.
func tableRows(table *html.Node) []*html.Node {
	var rows []*html.Node
	for c := table.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

func rowCells(tr *html.Node) []*html.Node {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			cells = append(cells, c)
		}
	}
	return cells
}

func childElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == a {
			return c
		}
	}
	return nil
}

// isLayoutTable tells a table used for page layout from a data table: every row
// has one cell, or some cell holds a heading or another table.
func isLayoutTable(rows []*html.Node) bool {
	if len(rows) == 0 {
		return false
	}
	oneColumn := true
	for _, tr := range rows {
		cells := rowCells(tr)
		if len(cells) > 1 {
			oneColumn = false
		}
		for _, td := range cells {
			if hasDescendant(td, func(d *html.Node) bool { return headingLevel(d) > 0 || d.DataAtom == atom.Table }) {
				return true
			}
		}
	}
	return oneColumn
}

func hasDescendant(n *html.Node, pred func(*html.Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (pred(c) || hasDescendant(c, pred)) {
			return true
		}
	}
	return false
}

// fragmentContext is the element an HTML fragment in a text table cell is parsed in.
var fragmentContext = &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}

// fragmentBlocks parses an HTML fragment (a text table cell holding <p>, <ul>,
// <li>, <br>) into blocks; unparsable markup falls back to its text.
func fragmentBlocks(raw string) []Block {
	nodes, err := html.ParseFragment(strings.NewReader(raw), fragmentContext)
	if err != nil {
		return []Block{{Kind: Paragraph, Text: collapseLine(raw)}}
	}
	w := newWalker(nil)
	for _, n := range nodes {
		w.node(n)
	}
	w.flush()
	return w.blocks
}
