package layout

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walker turns an HTML tree into blocks in reading order. Inline content gathers
// in a buffer that each block-level element flushes as paragraphs (or list items
// when a line starts with a written bullet); <br> is "\n" and an empty line
// between two <br> separates paragraphs.
type walker struct {
	blocks    []Block
	inline    strings.Builder
	inlinePos Pos
	images    []Block // images met inside the current paragraph, emitted after it
	headLevel int     // level of the last h1–h6: a bold heading paragraph is one below
	pos       func(*html.Node) Pos
	budget    *cellBudget // shared by sub-walkers

	// skip is a block element this walker (not its sub-walkers) leaves out
	// while at least skipCells cells are left to expand (see outerBlocks).
	skip      *html.Node
	skipCells int
}

// cellBudget is what is left of maxCells for a document's tables; cut records
// that a span was not expanded for want of cells.
type cellBudget struct {
	left int
	cut  bool
}

// maxCells bounds the cells a document's tables may expand to (rowspan=65534
// colspan=1000 must not allocate 65 million cells).
const maxCells = 200000

func newWalker(pos func(*html.Node) Pos) *walker {
	if pos == nil {
		pos = func(*html.Node) Pos { return Pos{} }
	}
	return &walker{pos: pos, headLevel: 1, budget: &cellBudget{left: maxCells}}
}

// sub returns a walker for the inside of a list item or table cell.
func (w *walker) sub() *walker {
	return &walker{pos: w.pos, headLevel: w.headLevel, budget: w.budget}
}

// skipped are elements whose content is never document text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Head: true, atom.Select: true, atom.Button: true,
	atom.Input: true, atom.Textarea: true, atom.Map: true, atom.Area: true,
}

// blockElements break the flow of inline text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Li: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Address: true,
	atom.Figure: true, atom.Figcaption: true, atom.Center: true, atom.Pre: true, atom.Hr: true,
	atom.Form: true, atom.Fieldset: true, atom.Legend: true, atom.Body: true, atom.Html: true,
	atom.Caption: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Details: true,
	atom.Summary: true, atom.Hgroup: true,
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *walker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n)
	case html.ElementNode:
		w.element(n)
	case html.DocumentNode:
		w.children(n)
	}
}

// text adds a text node to the paragraph; source line breaks are spaces.
func (w *walker) text(n *html.Node) {
	if w.inline.Len() == 0 {
		if strings.TrimSpace(n.Data) == "" {
			return
		}
		w.inlinePos = w.pos(n.Parent)
	}
	writeSourceText(&w.inline, n.Data)
}

// writeSourceText writes text to b with the line breaks of HTML source ("\r\n",
// "\n", "\r") turned into spaces: only <br> breaks a line. Text without line
// breaks, the common case, is written as it is.
func writeSourceText(b *strings.Builder, text string) {
	for {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			b.WriteString(text)
			return
		}
		b.WriteString(text[:i])
		b.WriteByte(' ')
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
}

func (w *walker) element(n *html.Node) {
	a := n.DataAtom
	switch {
	case skipped[a]:
	case a == atom.Br:
		w.inline.WriteByte('\n')
	case a == atom.Img:
		w.image(n)
	case headingLevel(n) > 0:
		w.flush()
		w.heading(n)
	case a == atom.Ul || a == atom.Ol:
		w.flush()
		w.list(n, 0)
	case a == atom.Table:
		w.flush()
		w.table(n)
	case blockElements[a]:
		w.flush()
		if n != w.skip || w.budget.left < w.skipCells {
			w.container(n)
		}
		w.flush()
	default:
		w.children(n)
	}
}

// container walks a block element: a block that holds nothing but links yields
// Link blocks; a paragraph led by a bold line yields a heading and the rest.
func (w *walker) container(n *html.Node) {
	if links := onlyLinks(n); links != nil {
		for _, a := range links {
			w.link(a)
		}
		return
	}
	if lead, rest, ok := boldLead(n); ok {
		w.blocks = append(w.blocks, Block{Kind: Heading, Level: min(w.headLevel+1, 6),
			Text: inlineText(lead), Pos: w.pos(lead)})
		for c := rest; c != nil; c = c.NextSibling {
			w.node(c)
		}
		return
	}
	w.children(n)
}

func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (w *walker) heading(n *html.Node) {
	level := headingLevel(n)
	if text := inlineText(n); text != "" {
		w.headLevel = level
		w.blocks = append(w.blocks, Block{Kind: Heading, Level: level, Text: text, Pos: w.pos(n)})
	}
}

// image keeps an image's alt text (SDG icons are often images) as an Image block
// after the current paragraph. Icons inside a link that has text are decoration.
func (w *walker) image(n *html.Node) {
	alt := collapseLine(attr(n, "alt"))
	if alt == "" {
		return
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			if strings.TrimSpace(nodeText(p, false)) != "" {
				return
			}
			break
		}
		if blockElements[p.DataAtom] {
			break
		}
	}
	w.images = append(w.images, Block{Kind: Image, Text: alt, Href: attr(n, "src"), Pos: w.pos(n)})
}

// link emits a standalone link; an image-only link takes its image's alt text.
func (w *walker) link(a *html.Node) {
	text := inlineText(a)
	if text == "" {
		text = collapseLine(nodeText(a, true))
	}
	if text != "" {
		w.blocks = append(w.blocks, Block{Kind: Link, Text: text, Href: attr(a, "href"), Pos: w.pos(a)})
	}
}

// flush turns the gathered inline text into blocks.
func (w *walker) flush() {
	if w.inline.Len() > 0 {
		pos := w.inlinePos
		var run []srcLine
		for _, line := range append(splitLines(w.inline.String()), "") {
			if line == "" {
				w.blocks = append(w.blocks, lineBlocks(run)...)
				run = run[:0]
				continue
			}
			run = append(run, srcLine{raw: line, start: pos.Start, end: pos.End, num: pos.Line})
		}
		w.inline.Reset()
	}
	w.blocks = append(w.blocks, w.images...)
	w.images = w.images[:0]
}

// list walks a <ul>/<ol> at a nesting depth. Text written straight inside the list
// (no <li>, "・a ・b" as some CMS exports do) is split at its bullets.
func (w *walker) list(n *html.Node, depth int) {
	num := 1
	if s, err := strconv.Atoi(attr(n, "start")); err == nil && s >= 0 && s < 1e6 {
		num = s
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Li:
			marker := ""
			if n.DataAtom == atom.Ol {
				marker = strconv.Itoa(num) + "."
				num++
			}
			w.listItem(c, depth, marker)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
			w.list(c, depth+1)
		case c.Type == html.TextNode:
			for _, it := range splitInlineBullets(c.Data) {
				w.blocks = append(w.blocks, Block{Kind: ListItem, Marker: it[0], Text: it[1],
					Depth: depth, Pos: w.pos(n)})
			}
		default:
			s := w.sub()
			s.node(c)
			s.flush()
			w.blocks = append(w.blocks, s.blocks...)
		}
	}
}

// listItem emits one <li>: its own content as one item (or a link when it holds
// only a link), then its nested lists one level deeper.
func (w *walker) listItem(li *html.Node, depth int, marker string) {
	var nested []*html.Node
	s := w.sub()
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
			nested = append(nested, c)
			continue
		}
		s.node(c)
	}
	s.flush()
	var images []Block
	var content []Block
	for _, b := range s.blocks {
		if b.Kind == Image {
			images = append(images, b)
		} else {
			content = append(content, b)
		}
	}
	if links := onlyLinks(li); len(links) == 1 && len(content) == 1 && len(nested) == 0 {
		w.link(links[0])
	} else if text := joinBlockText(content); text != "" {
		if m, rest, ok := splitMarker(text); ok && marker == "" {
			marker, text = m, rest
		}
		w.blocks = append(w.blocks, Block{Kind: ListItem, Marker: marker, Text: text, Depth: depth, Pos: w.pos(li)})
	}
	w.blocks = append(w.blocks, images...)
	for _, nl := range nested {
		w.list(nl, depth+1)
	}
}
