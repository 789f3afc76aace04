package layout

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Fprint writes a document's blocks for a person to read, one line per block:
// kind, level or marker, position and text ("\n" in text shown as " ⏎ "); a table
// prints one indented line per row with its cells separated by " | " (a span copy
// shown as "〃").
func Fprint(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s  format=%s charset=%s blocks=%d", d.Name, d.Format, d.Charset, len(d.Blocks))
	if d.Pages > 0 {
		fmt.Fprintf(bw, " pages=%d", d.Pages)
	}
	bw.WriteString("\n")
	if d.Title != "" {
		fmt.Fprintf(bw, "# title: %s\n", d.Title)
	}
	for _, warn := range d.Warnings {
		fmt.Fprintf(bw, "# warning: %s\n", warn)
	}
	for _, b := range d.Blocks {
		fmt.Fprintf(bw, "%-10s %-5s %-14s %s\n", b.Kind, blockTag(b), b.Pos, oneLine(blockText(b)))
		for i, row := range b.Rows {
			cells := make([]string, len(row))
			for k, c := range row {
				cells[k] = oneLine(c.Text)
				if c.Span {
					cells[k] = "〃"
				}
			}
			fmt.Fprintf(bw, "    row %-3d %s\n", i+1, strings.Join(cells, " | "))
		}
	}
	return bw.Flush()
}

// blockTag is the short tag of a block: h2, the list marker with its depth, a
// table's size.
func blockTag(b Block) string {
	switch b.Kind {
	case Heading:
		return fmt.Sprintf("h%d", b.Level)
	case ListItem:
		return strings.Repeat(">", b.Depth) + b.Marker
	case Table:
		if len(b.Rows) > 0 {
			return fmt.Sprintf("%dx%d", len(b.Rows), len(b.Rows[0]))
		}
	}
	return ""
}

func blockText(b Block) string {
	if b.Href != "" {
		return b.Text + " <" + b.Href + ">"
	}
	return b.Text
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ⏎ ") }

// String prints a position compactly: "p3 (72,140)" for a PDF page, "L12 @340" for
// a line and byte offset.
func (p Pos) String() string {
	switch {
	case p.Page > 0:
		return fmt.Sprintf("p%d (%.0f,%.0f)", p.Page, p.X, p.Y)
	case p.Line > 0:
		return fmt.Sprintf("L%d @%d", p.Line, p.Start)
	case p.Start > 0 || p.End > 0:
		return fmt.Sprintf("@%d", p.Start)
	}
	return "-"
}
