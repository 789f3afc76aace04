package layout

import (
	"context"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"jplan/internal/plan"
	"jplan/internal/sniff"
)

func init() {
	Register(plan.FormatHTML, parseHTML)
}

// Selectors, compiled once (goquery silently matches nothing on a bad string;
// MustCompile fails at start-up instead).
var (
	titleSel = cascadia.MustCompile("title")
	bodySel  = cascadia.MustCompile("body")

	// furnitureSel is site furniture by element, role, id and class, as Japanese
	// municipal CMSs (SMART CMS, CMS-8341, Joruri, WordPress themes) name it.
	furnitureSel = cascadia.MustCompile(strings.Join([]string{
		"nav", "aside", "[role=navigation]", "[role=search]", "[role=banner]", "[role=contentinfo]",
		"[hidden]", "[aria-hidden=true]", `[style*="display:none"]`, `[style*="display: none"]`,
		".hidden", ".hdn", ".sr-only", ".visually-hidden", ".screen-reader-text",
		".skip", ".skip_link", ".skiplink", "#skip", "#skip_link", ".skip-link",
		".pagetop", "#pagetop", ".page_top", "#page_top", ".to_top", ".totop", "#to_top",
		".sns", "#sns", ".sns_btn", ".sns_button", ".social", ".share", "#share", ".sns-share",
		"#pankuzu", ".pankuzu", "#breadcrumb", "#breadcrumbs", ".breadcrumb", ".breadcrumbs",
		"#topicpath", ".topicpath", "#tmp_pankuzu", ".tmp_pankuzu",
		"#gnavi", "#gnav", ".gnavi", ".gnav", "#global_navi", "#globalnav", "#global-nav", "#tmp_gnavi",
		"#lnavi", "#rnavi", "#snavi", "#side", ".side", "#sidebar", ".sidebar", "#side_navi",
		"#tmp_lnavi", "#tmp_side", "#side_menu", ".side_menu", "#localnav", ".localnav",
		"#header", ".header", "#tmp_header", "#site_header", "#footer", ".footer", "#tmp_footer", "#site_footer",
		"#reader", ".reader", ".adobe", "#adobe", ".adobe_reader", "#acrobat", ".plugin", "#tmp_plugin",
		"#print", ".print", ".print_link", ".print_btn", "#print_link", ".print_big",
		".font_size", "#font_size", ".fontsize", "#fontsize", ".moji_size", "#moji_size", "#font_change",
		".banner", "#banner", ".bnr", "#tmp_bnr",
	}, ", "))
	chromeSel   = cascadia.MustCompile("header, footer")
	inContent   = cascadia.MustCompile("article, main, [role=main]")
	mainContent = []cascadia.Selector{
		cascadia.MustCompile("main"), cascadia.MustCompile("[role=main]"),
		cascadia.MustCompile("#main"), cascadia.MustCompile("#tmp_contents"),
		cascadia.MustCompile("#contents"), cascadia.MustCompile("#content"),
		cascadia.MustCompile("#main_body"), cascadia.MustCompile("#mainContents, #main_contents, #main-contents, #contents_main"),
		cascadia.MustCompile(".main"), cascadia.MustCompile("article"),
		cascadia.MustCompile("#honbun, #article, #detail"),
	}
)

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
	body := gq.FindMatcher(bodySel).First()
	if body.Length() == 0 {
		body = gq.Selection
	}
	pos := newPositions(text, spans)
	main := findMain(body)
	doc.Blocks = nonNil(cleanBlocks(walk(main, pos.of)))
	if main != body.Get(0) {
		doc.Blocks = addOuterMeta(doc.Blocks, cleanBlocks(walk(body.Get(0), pos.of)), pos.of(main))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// walk lays out the tree under n.
func walk(n *html.Node, pos func(*html.Node) Pos) []Block {
	w := newWalker(pos)
	w.node(n)
	w.flush()
	return w.blocks
}

// removeFurniture drops navigation, site header and footer, breadcrumbs, side
// menus, skip links, print and font-size controls, plug-in notices and share
// buttons. <header>/<footer> inside an article or main are content and stay.
func removeFurniture(gq *goquery.Document) {
	gq.FindMatcher(furnitureSel).Remove()
	gq.FindMatcher(chromeSel).Each(func(_ int, s *goquery.Selection) {
		if s.ParentsMatcher(inContent).Length() == 0 && s.FindMatcher(inContent).Length() == 0 {
			s.Remove()
		}
	})
}

// findMain returns the main content element: the first of the usual containers
// (in mainContent's order) that holds enough text, else the densest one.
func findMain(body *goquery.Selection) *html.Node {
	total := textLen(body.Get(0))
	for _, sel := range mainContent {
		var best *html.Node
		bestLen := 0
		body.FindMatcher(sel).Each(func(_ int, s *goquery.Selection) {
			if l := textLen(s.Get(0)); l > bestLen {
				best, bestLen = s.Get(0), l
			}
		})
		if best != nil && bestLen >= minMainText && bestLen*4 >= total {
			return best
		}
	}
	return densest(body.Get(0))
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
