package layout

import (
	"context"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"jplan/internal/plan"
	"jplan/internal/sniff"
)

func init() {
	Register(plan.FormatHTML, parseHTML)
}

// minMainText is the least text (characters) a main-content candidate must hold.
const minMainText = 40

// parseHTML is the HTML adapter: it decodes the page, finds its main content,
// drops the site furniture and lays the content out as blocks.
func parseHTML(ctx context.Context, data []byte, opt Options) (*Document, error) {
	text, cs := sniff.Decode(data, opt.DeclaredCharset)
	doc := &Document{Name: opt.Name, URL: opt.URL, Format: plan.FormatHTML, Charset: cs.Name,
		Warnings: append([]string(nil), cs.Warnings...)}
	annotated, spans, dropped := annotate(text)
	if dropped > 0 {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("layout: %d elements nested deeper than %d flattened", dropped, maxDepth))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(annotated))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	gq := goquery.NewDocumentFromNode(root)
	doc.Title = collapseLine(gq.FindMatcher(titleSel).First().Text())
	removeFurniture(gq)
	body := root
	if b := gq.FindMatcher(bodySel).First(); b.Length() > 0 {
		body = b.Get(0)
	}
	pos := newPositions(text, spans)
	main := findMain(body)
	inner := newWalker(pos.of)
	inner.node(main)
	inner.flush()
	doc.Blocks = nonNil(cleanBlocks(inner.blocks))
	if main != body {
		doc.Blocks = addOuterMeta(doc.Blocks, cleanBlocks(outerBlocks(body, main, inner, pos.of)), pos.of(main))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// outerBlocks lays out the whole body for the metadata around the main content.
//
// The main content itself is left out when that cannot change the metadata
// found: when the walk reaches it as a block element, its blocks would be those
// of inner (the walk of main alone) but for heading levels and tables, which
// never become metadata, so its metadata would all be inner's, which
// addOuterMeta drops anyway. Tables could differ only if the cells expanded
// before main left too few for main's tables, hence the budget condition.
func outerBlocks(body, main *html.Node, inner *walker, pos func(*html.Node) Pos) []Block {
	w := newWalker(pos)
	if !inner.budget.cut {
		w.skip, w.skipCells = main, maxCells-inner.budget.left
	}
	w.node(body)
	w.flush()
	return w.blocks
}

// removeFurniture drops navigation, site header and footer, breadcrumbs, side
// menus, skip links, print and font-size controls, plug-in notices and share
// buttons. <header>/<footer> inside an article or main are content and stay.
func removeFurniture(gq *goquery.Document) {
	gq.FindMatcher(furniture).Remove()
	gq.FindMatcher(chrome).Each(func(_ int, s *goquery.Selection) {
		if s.ParentsMatcher(inContent).Length() == 0 && s.FindMatcher(inContent).Length() == 0 {
			s.Remove()
		}
	})
}

// findMain returns the main content element: the first of the usual containers
// (in mainContent's order) that holds enough text, else the densest one.
func findMain(body *html.Node) *html.Node {
	total := textLen(body)
	cands := mainCandidates(body, nil)
	for i := range mainContentSelectors {
		var best *html.Node
		bestLen := 0
		for k := range cands {
			c := &cands[k]
			if c.matches&(1<<i) == 0 {
				continue
			}
			if c.textLen < 0 {
				c.textLen = textLen(c.n)
			}
			if c.textLen > bestLen {
				best, bestLen = c.n, c.textLen
			}
		}
		if best != nil && bestLen >= minMainText && bestLen*4 >= total {
			return best
		}
	}
	return densest(body)
}

// mainCandidate is an element one of the mainContent selectors matches: bit i of
// matches is set when mainContent[i] does.
type mainCandidate struct {
	n       *html.Node
	matches uint32
	textLen int // -1 until counted
}

// mainCandidates lists, in document order, the descendants of n that any
// mainContent selector matches: one walk instead of one per selector.
func mainCandidates(n *html.Node, out []mainCandidate) []mainCandidate {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if m := mainContent.matches(c); m != 0 {
			out = append(out, mainCandidate{n: c, matches: m, textLen: -1})
		}
		out = mainCandidates(c, out)
	}
	return out
}

// densest descends from n into the child that holds most of the text (60 %)
// while the other children hold no content of their own (no heading, less than
// minSideText characters outside links): the smallest element that still holds
// all of the page's content.
func densest(n *html.Node) *html.Node {
	for {
		total := textLen(n)
		var best *html.Node
		bestLen := 0
		var children []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			children = append(children, c)
			if l := textLen(c); l > bestLen {
				best, bestLen = c, l
			}
		}
		if best == nil || bestLen*10 < total*6 {
			return n
		}
		for _, c := range children {
			if c != best && (textLen(c) >= minSideText || headingLevel(c) > 0 || hasDescendant(c, isHeading)) {
				return n
			}
		}
		n = best
	}
}

// minSideText is how much text outside links makes an element content rather
// than a menu or a footer line.
const minSideText = 50

func isHeading(n *html.Node) bool { return headingLevel(n) > 0 }

// textLen counts the non-space characters of text under n outside links, which is
// what tells content from menus.
func textLen(n *html.Node) int {
	if n == nil {
		return 0
	}
	count := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth+8 {
			return
		}
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if !isCollapsible(r) && r != '\u3000' {
					count++
				}
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || n.Data == "a" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return count
}

// addOuterMeta adds the metadata blocks found outside the main content (an
// 更新日 line above or below it) before or after the content's blocks, each once.
func addOuterMeta(inner, all []Block, mainPos Pos) []Block {
	have := map[string]bool{}
	for _, b := range inner {
		if b.Kind == Meta {
			have[b.Text] = true
		}
	}
	var before, after []Block
	for _, b := range all {
		inside := b.Pos.Start >= mainPos.Start && b.Pos.Start < max(mainPos.End, mainPos.Start+1)
		if b.Kind != Meta || inside || have[b.Text] {
			continue
		}
		if b.Pos.Start < mainPos.Start {
			before = append(before, b)
		} else {
			after = append(after, b)
		}
	}
	if len(before)+len(after) == 0 {
		return inner
	}
	out := append(before, inner...)
	return append(out, after...)
}
