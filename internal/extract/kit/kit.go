// Package kit holds the document-level helpers every extractor shares: the
// document as normalised lines, the municipality (from the text or the URL),
// the fiscal year and labelled dates of the heading area, the title and kind,
// the organization and its head, item markers (1-①, (1), ①, ●, 第1) and
// indicators written in prose ("指標:①A ②B 目標値:①115組②30人") or in tables
// (指標 | 単位 | 現状 | 目標(平成31年度)).
//
// Every helper is pure: it reads a *layout.Document or strings and returns
// values; none does I/O. Text is compared after norm.Normalize, and the values
// returned are normalised (NFKC with markers kept, spaces collapsed), which is
// the form truth records use.
package kit

import (
	"iter"
	"strings"

	"jplan/internal/ja/norm"
	"jplan/internal/layout"
)

// Line is one line of a document's text in reading order: a block's text split
// at its hard line breaks, or one line of a table cell.
type Line struct {
	Text   string      // normalised, spaces collapsed, never empty: Clean(Text) == Text
	Block  int         // index of the block in doc.Blocks
	Kind   layout.Kind // kind of the block
	Level  int         // heading level for a Heading block
	Marker string      // the list item's marker, on the item's first line only
	Depth  int         // the list item's nesting, 0 = top level (0 outside lists)
	First  bool        // the first line of its block (or of its cell)
	Row    int         // table row (0-based), -1 outside tables
	Col    int         // table column (0-based), -1 outside tables
}

// InTable reports whether the line comes from a table cell.
func (l Line) InTable() bool { return l.Row >= 0 }

// Clean normalises s (norm.Normalize) and collapses its whitespace to single
// spaces on one line. Extractors clean the same text many times (a line's
// text in Match and again in Extract), so the answers for the documents in
// the cache are remembered (see cleaned).
func Clean(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := cleaned.get(s); ok {
		return c
	}
	c := oneLine(norm.Normalize(s))
	cleaned.put(s, c)
	return c
}

// oneLine is norm.CollapseSpace(n) for a normalised n. Normalize has already
// collapsed the spaces within each line and trimmed them at the lines' ends,
// so only the line breaks are left to join, and a text of one line (most
// are) is returned as it is, without copying it rune by rune.
func oneLine(n string) string {
	if !strings.Contains(n, "\n") {
		return n
	}
	return norm.CollapseSpace(n)
}

// Lines flattens doc into lines in reading order. Tables give one line per
// line of each cell, row by row, skipping the copies made by span expansion;
// images and links without text give nothing. The lines of the last few
// documents are kept (documents are not changed once laid out; see cache.go),
// so calling several helpers on one document flattens it once.
func Lines(doc *layout.Document) []Line {
	if doc == nil {
		return nil
	}
	return append([]Line(nil), allLines(doc)...)
}

// EachLine yields the lines of doc (Lines) without copying them: for the
// many readers that look at every line and change none.
func EachLine(doc *layout.Document) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		for _, l := range allLines(doc) {
			if !yield(l) {
				return
			}
		}
	}
}

// allLines is the cached lines of doc, all blocks flattened: shared, so the
// caller must not change them. Once every block is flattened the cache
// entry never changes its slice again, so reading it needs no lock.
func allLines(doc *layout.Document) []Line {
	if doc == nil {
		return nil
	}
	e := cached(doc)
	defer e.mu.Unlock()
	e.flattenBlocks(len(doc.Blocks))
	return e.lines
}

func appendTable(out []Line, i int, b layout.Block) []Line {
	for r, row := range b.Rows {
		for c, cell := range row {
			if cell.Span {
				continue
			}
			out = appendText(out, i, b, cell.Text, r, c)
		}
	}
	return out
}

func appendText(out []Line, i int, b layout.Block, text string, row, col int) []Line {
	first := true
	for _, t := range strings.Split(norm.Normalize(text), "\n") {
		// a line of normalised text has its spaces collapsed (oneLine)
		if t == "" {
			continue
		}
		l := Line{Text: t, Block: i, Kind: b.Kind, Level: b.Level, Depth: b.Depth, First: first, Row: row, Col: col}
		if first && b.Kind == layout.ListItem {
			l.Marker = Clean(b.Marker)
		}
		out = append(out, l)
		first = false
	}
	return out
}

// HeadLines returns the text of the first n lines of doc, with doc.Title
// first when the document has one: the heading area where titles, years and
// municipalities are written. Only the blocks needed are read.
func HeadLines(doc *layout.Document, n int) []string {
	if doc == nil {
		return nil
	}
	var out []string
	if t := Clean(doc.Title); t != "" {
		out = append(out, t)
	}
	for _, l := range headLines(doc, n) {
		out = append(out, l.Text)
	}
	return out
}

// headLines is Lines(doc)[:n], flattening only the blocks needed, without
// the copy: shared, so the caller must not change them. Later flattening only appends to the cached slice (past the
// returned length, or into a new array), so the lines returned stay as they
// are.
func headLines(doc *layout.Document, n int) []Line {
	if doc == nil {
		return nil
	}
	e := cached(doc)
	defer e.mu.Unlock()
	e.flattenLines(n)
	return e.lines[:min(n, len(e.lines)):min(n, len(e.lines))]
}

// Runes is the length of s in characters.
func Runes(s string) int { return len([]rune(s)) }
