// Package layout is the one block model every document becomes, whatever format it
// came in (HTML, PDF, text): an ordered list of blocks — headings, paragraphs, list
// items, tables, links, images, metadata — each with provenance back to the source.
//
// Text in blocks is kept as written (whitespace collapsed); normalised forms come
// from the Japanese toolkit (internal/ja/...). Adapters for each format live beside
// this file (html.go, text.go) or in their own packages (PDF) and all produce a
// *Document.
package layout

// Kind is the kind of a block.
type Kind string

// The block kinds. The set is small on purpose: an extractor written against these
// works on every format.
const (
	Heading   Kind = "heading"   // Level 1..6
	Paragraph Kind = "paragraph" // a run of text; "\n" inside marks a hard line break (<br>, PDF line)
	ListItem  Kind = "list_item" // Marker as written, Depth from 0
	Table     Kind = "table"     // Rows of Cells, spans expanded
	Link      Kind = "link"      // Href + Text
	Image     Kind = "image"     // Text is the alt text; Href the src
	Meta      Kind = "meta"      // page metadata kept as provenance: 更新日, 記事番号, 作成日 lines
)

// Block is one unit of a document in reading order.
type Block struct {
	Kind   Kind     `json:"kind"`
	Text   string   `json:"text,omitempty"`   // as written, whitespace collapsed
	Level  int      `json:"level,omitempty"`  // Heading: 1 (h1) .. 6
	Marker string   `json:"marker,omitempty"` // ListItem: "・", "●", "(1)", "①", "1-①", "1."
	Depth  int      `json:"depth,omitempty"`  // ListItem: nesting, 0 = top level
	Href   string   `json:"href,omitempty"`   // Link, Image
	Rows   [][]Cell `json:"rows,omitempty"`   // Table: every row has all its cells after span expansion
	Pos    Pos      `json:"pos"`
}

// Cell is one table cell. Text is the cell's whole text (inner blocks joined with
// "\n"); Blocks keeps the cell's inner structure (paragraphs, list items) when the
// source had any. A cell repeated by a row or column span has Span set.
type Cell struct {
	Text   string  `json:"text"`
	Header bool    `json:"header,omitempty"`
	Span   bool    `json:"span,omitempty"` // a copy made by expanding a rowspan/colspan
	Blocks []Block `json:"blocks,omitempty"`
}

// Pos is where a block came from: byte offsets into the decoded text for HTML and
// text sources (Start/End, Line 1-based), page and position for PDF (Page 1-based,
// X/Y of the top-left corner in points from the page's top-left, W/H).
type Pos struct {
	Start int     `json:"start,omitempty"`
	End   int     `json:"end,omitempty"`
	Line  int     `json:"line,omitempty"`
	Page  int     `json:"page,omitempty"`
	X     float64 `json:"x,omitempty"`
	Y     float64 `json:"y,omitempty"`
	W     float64 `json:"w,omitempty"`
	H     float64 `json:"h,omitempty"`
}

// Document is a whole source document as blocks.
type Document struct {
	Name     string   `json:"name,omitempty"`    // file name or URL, for messages
	URL      string   `json:"url,omitempty"`     // source URL when known (lets extractors use the domain)
	Format   string   `json:"format"`            // html | pdf | text (plan.Format*)
	Charset  string   `json:"charset,omitempty"` // the decoding used (utf-8, shift_jis, euc-jp, iso-2022-jp)
	Title    string   `json:"title,omitempty"`   // <title> or PDF /Title when present
	Pages    int      `json:"pages,omitempty"`   // PDF page count
	Blocks   []Block  `json:"blocks"`
	Warnings []string `json:"warnings,omitempty"` // what the adapter noticed (charset overridden, U+FFFD, engine per page)
}
