package layout

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// posAttr carries, on every element of the parsed tree the layout may ask the
// position of, the index of its span in the source: x/net/html's tree has no
// offsets, so annotate writes them into the start tags before parsing.
//
// Its name is the byte 0xFF, which no UTF-8 text holds: decoded pages are
// valid UTF-8 (sniff.Decode, FuzzCharset), so no attribute of a page can take
// its place, and a one-byte name costs x/net/html two allocations less per
// element than a longer one (every element carries it, so this is a good
// share of the parse).
const posAttr = "\xff"

// maxDepth bounds element nesting: deeper start tags are dropped before parsing
// (their text stays), so 10 MB of nested <div> parses in linear time.
const maxDepth = 256

// span is the byte range of an element in the decoded source, from its start tag
// to its end tag, to the tag that closed it implicitly, or to the end of the
// document; void elements span their tag.
type span struct{ start, end int }

// voidElements never have content or end tags.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// unasked are elements whose position the layout never asks for: void
// elements (but <img>, an Image block) have no children whose position could
// fall back to theirs, and the walker never enters <script> or <style>. Every
// attribute costs x/net/html several allocations, so annotate leaves these
// out, a sixth of the tags of a usual page. In foreign content (<svg>, <math>)
// the same names may hold children, so annotate then marks every element.
var unasked = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
	atom.Script: true, atom.Style: true,
}

// annotate returns src with posAttr added to each start tag the layout may ask
// the position of (see unasked), the spans the attributes index, and how many
// start tags nesting deeper than maxDepth it dropped.
func annotate(src string) (string, []span, int) {
	return annotateTags(src, mayHoldForeign(src))
}

// mayHoldForeign tells whether src may hold SVG or MathML elements: a start
// tag's name is the bytes right after its '<', so a page without "<svg" or
// "<math" (in any case) has none.
func mayHoldForeign(src string) bool {
	for i := strings.IndexByte(src, '<'); i >= 0; {
		name := src[i+1:]
		if hasPrefixFold(name, "svg") || hasPrefixFold(name, "math") {
			return true
		}
		j := strings.IndexByte(name, '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case; prefix is lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// annotateTags is annotate, marking every element when all is set.
func annotateTags(src string, all bool) (string, []span, int) {
	z := html.NewTokenizer(strings.NewReader(src))
	var out strings.Builder
	out.Grow(len(src) + len(src)/8)
	spans := make([]span, 0, strings.Count(src, "<")) // at most one per tag
	var stack []openTag
	dropped, pendingEnds := 0, 0
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, a := tagName(raw, 1)
			void := tt == html.SelfClosingTagToken || voidElements[a]
			if !void && len(stack) >= maxDepth {
				dropped++
				pendingEnds++
				continue
			}
			id := -1 // not marked
			if all || !unasked[a] {
				spans = append(spans, span{start, off})
				id = len(spans) - 1
				writeWithPos(&out, raw, id)
			} else {
				out.Write(raw)
			}
			if k := implicitClose(stack, name, a); k >= 0 {
				endSpans(spans, stack[k:], start)
				stack = stack[:k]
			}
			if !void {
				stack = append(stack, openTag{name, id})
			}
			continue
		case html.EndTagToken:
			name, _ := tagName(raw, 2)
			k := len(stack) - 1
			for ; k >= 0 && k >= len(stack)-16 && stack[k].name != name; k-- {
			}
			switch {
			case k >= 0 && k >= len(stack)-16 && stack[k].name == name:
				endSpans(spans, stack[k:], off)
				stack = stack[:k]
			case pendingEnds > 0:
				pendingEnds--
				continue
			}
		}
		out.Write(raw)
	}
	endSpans(spans, stack, off) // open at the end of the document (a truncated page)
	return out.String(), spans, dropped
}

// endSpans ends the spans of the open elements tags at off.
func endSpans(spans []span, tags []openTag, off int) {
	for _, o := range tags {
		if o.id >= 0 {
			spans[o.id].end = off
		}
	}
}

// tagName reads the name of the tag token raw, its name starting at from (1
// for a start tag, 2 for an end tag), as the tokenizer's TagName gives it
// (lower-cased, NUL as U+FFFD), with its atom. Known names come from the atom
// table without allocating, and reading the name from the raw bytes spares
// TagName's copy of every tag's name.
func tagName(raw []byte, from int) (string, atom.Atom) {
	if from > len(raw) {
		return "", 0
	}
	name := raw[from:]
	if i := bytes.IndexAny(name, " \n\r\t\f/>"); i >= 0 {
		name = name[:i]
	}
	if bytes.IndexByte(name, 0) < 0 && !hasUpperASCII(name) {
		if a := atom.Lookup(name); a != 0 {
			return a.String(), a
		}
		return string(name), 0
	}
	lower := lowerASCII(strings.ReplaceAll(string(name), "\x00", "\ufffd"))
	return lower, atom.Lookup([]byte(lower))
}

func hasUpperASCII(b []byte) bool {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases the ASCII letters of s, as the tokenizer does.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// openTag is an element annotate has seen start and not yet end.
type openTag struct {
	name string
	id   int // index into the spans, -1 when not marked
}

// selfClosing are elements a start tag of the same name closes (<li>…<li>).
var selfClosing = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"option": true, "thead": true, "tbody": true, "tfoot": true,
}

// implicitClose approximates the elements a start tag closes without an end tag,
// so that unclosed <li> and <p> do not count as nesting: it returns the stack
// height to cut back to, or -1.
func implicitClose(stack []openTag, name string, a atom.Atom) int {
	top := len(stack) - 1
	if top < 0 {
		return -1
	}
	if selfClosing[name] {
		for k := top; k >= 0 && k > top-4; k-- {
			if stack[k].name == name {
				return k
			}
		}
	}
	if stack[top].name == "p" && blockElements[a] {
		return top
	}
	return -1
}

// writeWithPos writes a start tag with posAttr="id" added before its closing '>'.
func writeWithPos(out *strings.Builder, raw []byte, id int) {
	if len(raw) < 2 || raw[len(raw)-1] != '>' {
		out.Write(raw)
		return
	}
	cut := len(raw) - 1
	if raw[cut-1] == '/' {
		cut--
	}
	var num [20]byte
	out.Write(raw[:cut])
	out.WriteString(" " + posAttr + `="`)
	out.Write(strconv.AppendInt(num[:0], int64(id), 10))
	out.WriteByte('"')
	out.Write(raw[cut:])
}

// positions maps parsed nodes back to source spans and line numbers.
type positions struct {
	spans    []span
	newlines []int // offsets of '\n' in the source
}

func newPositions(src string, spans []span) *positions {
	p := &positions{spans: spans, newlines: make([]int, 0, strings.Count(src, "\n"))}
	for off := 0; ; {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return p
		}
		p.newlines = append(p.newlines, off+i)
		off += i + 1
	}
}

// of returns the position of n, or of its nearest annotated ancestor.
func (p *positions) of(n *html.Node) Pos {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		id, err := strconv.Atoi(attr(n, posAttr))
		if err != nil || id < 0 || id >= len(p.spans) {
			continue
		}
		s := p.spans[id]
		return Pos{Start: s.start, End: s.end, Line: p.line(s.start)}
	}
	return Pos{}
}

// line is the 1-based line number of a byte offset.
func (p *positions) line(off int) int {
	return sort.SearchInts(p.newlines, off) + 1
}
