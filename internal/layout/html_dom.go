package layout

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of an attribute of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText is the text under n (skipping scripts and styles); with alts, images
// contribute their alt text. <br> becomes a space.
func nodeText(n *html.Node, alts bool) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(' ')
		case n.Type == html.ElementNode && n.DataAtom == atom.Img && alts:
			b.WriteString(attr(n, "alt"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// inlineText is the collapsed text of an inline run (a heading, a link).
func inlineText(n *html.Node) string {
	if t := collapseLine(nodeText(n, false)); t != "" {
		return t
	}
	return collapseLine(nodeText(n, true))
}

// onlyLinks returns the <a href> elements of a block whose text is all inside
// links (separators such as "|" and "/" aside) and that holds no other block; it
// returns nil otherwise.
func onlyLinks(n *html.Node) []*html.Node {
	var links []*html.Node
	ok := true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && ok; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.Trim(c.Data, " \t\r\n\u00a0\u3000|/／｜・") != "" {
					ok = false
				}
			case c.Type != html.ElementNode || skipped[c.DataAtom] || c.DataAtom == atom.Br:
			case c.DataAtom == atom.A && attr(c, "href") != "":
				links = append(links, c)
			case c.DataAtom == atom.Img && attr(c, "alt") != "",
				blockElements[c.DataAtom], headingLevel(c) > 0,
				c.DataAtom == atom.Ul, c.DataAtom == atom.Ol, c.DataAtom == atom.Table:
				ok = false
			default:
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	if !ok {
		return nil
	}
	return links
}

// maxBoldHeading is the longest bold lead taken for a heading, in characters.
const maxBoldHeading = 60

// boldLead recognises a paragraph that starts with a bold line: <b>/<strong> (or
// a span styled bold) that is the whole paragraph or is followed by <br>. It
// returns the bold element and the first node after the break (nil when none).
func boldLead(n *html.Node) (lead, rest *html.Node, ok bool) {
	c := firstContent(n.FirstChild)
	if c == nil || c.Type != html.ElementNode || !isBold(c) {
		return nil, nil, false
	}
	text := inlineText(c)
	if text == "" || utf8.RuneCountInString(text) > maxBoldHeading || endsSentence(text) {
		return nil, nil, false
	}
	next := firstContent(c.NextSibling)
	switch {
	case next == nil:
		return c, nil, true
	case next.Type == html.ElementNode && next.DataAtom == atom.Br:
		return c, next.NextSibling, true
	}
	return nil, nil, false
}

// firstContent skips white-space text and comments.
func firstContent(c *html.Node) *html.Node {
	for ; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(c.Data, "\u00a0", " ")) == "":
		case c.Type == html.CommentNode:
		default:
			return c
		}
	}
	return nil
}

// isBold tells whether an inline element renders its text bold.
func isBold(n *html.Node) bool {
	switch n.DataAtom {
	case atom.B, atom.Strong:
		return true
	case atom.Span, atom.Font:
		style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
		return strings.Contains(style, "font-weight:bold") || strings.Contains(style, "font-weight:700") ||
			strings.Contains(style, "font-weight:800") || strings.Contains(style, "font-weight:900")
	}
	return false
}
