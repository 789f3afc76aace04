package layout

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// The selectors below are lists of simple CSS selectors (tag, #id, .class,
// [attr], [attr=value], [attr*="value"]) matched by simpleSelector, which tests
// an element's tag and each of its attributes once against sets. A compiled CSS
// selector group (cascadia) tried its hundred alternatives one by one on every
// element and was the largest cost of removing page furniture; the test
// TestSimpleSelectorsAgree checks both give the same answers.

// furnitureSelectors are site furniture by element, role, id and class, as
// Japanese municipal CMSs (SMART CMS, CMS-8341, Joruri, WordPress themes) name it.
var furnitureSelectors = []string{
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
}

// mainContentSelectors are the usual main-content containers, most telling first.
var mainContentSelectors = [][]string{
	{"main"}, {"[role=main]"}, {"#main"}, {"#tmp_contents"}, {"#contents"}, {"#content"},
	{"#main_body"}, {"#mainContents", "#main_contents", "#main-contents", "#contents_main"},
	{".main"}, {"article"}, {"#honbun", "#article", "#detail"},
}

// Selectors, compiled once.
var (
	furniture   = compileSimple(furnitureSelectors...)
	chrome      = compileSimple("header", "footer")
	inContent   = compileSimple("article", "main", "[role=main]")
	titleSel    = compileSimple("title")
	bodySel     = compileSimple("body")
	mainContent = compileGroups(mainContentSelectors)
)

// simpleSelector matches an element against a group of simple selectors.
type simpleSelector struct {
	tags     map[string]bool
	ids      map[string]bool
	classes  map[string]bool
	has      map[string]bool // [attr]
	equals   []attrValue     // [attr=value]
	contains []attrValue     // [attr*="value"]
}

type attrValue struct{ key, val string }

// compileSimple compiles simple selectors; it panics on any other form, at start-up.
func compileSimple(selectors ...string) *simpleSelector {
	s := &simpleSelector{tags: map[string]bool{}, ids: map[string]bool{}, classes: map[string]bool{}, has: map[string]bool{}}
	for _, sel := range selectors {
		switch {
		case strings.HasPrefix(sel, "#"):
			s.ids[sel[1:]] = true
		case strings.HasPrefix(sel, "."):
			s.classes[sel[1:]] = true
		case strings.HasPrefix(sel, "[") && strings.HasSuffix(sel, "]"):
			inner := sel[1 : len(sel)-1]
			if key, val, ok := strings.Cut(inner, "*="); ok {
				s.contains = append(s.contains, attrValue{key, strings.Trim(val, `"`)})
			} else if key, val, ok := strings.Cut(inner, "="); ok {
				s.equals = append(s.equals, attrValue{key, strings.Trim(val, `"`)})
			} else {
				s.has[inner] = true
			}
		case sel != "" && strings.Trim(sel, "abcdefghijklmnopqrstuvwxyz0123456789") == "":
			s.tags[sel] = true
		default:
			panic(fmt.Sprintf("layout: %q is not a simple selector", sel))
		}
	}
	return s
}

func compileGroups(groups [][]string) []*simpleSelector {
	out := make([]*simpleSelector, len(groups))
	for i, g := range groups {
		out[i] = compileSimple(g...)
	}
	return out
}

// match tells whether n is an element any of the selectors matches, with CSS's
// (and cascadia's) rules: ids and values compare exactly, a class is one of the
// white-space separated words of a class attribute, and [attr*=v] needs a
// value that is not blank.
func (s *simpleSelector) match(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if s.tags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		switch {
		case s.has[a.Key]:
			return true
		case a.Key == "id" && s.ids[a.Val]:
			return true
		case a.Key == "class" && len(s.classes) > 0 && s.hasClass(a.Val):
			return true
		}
		for _, t := range s.equals {
			if a.Key == t.key && a.Val == t.val {
				return true
			}
		}
		for _, t := range s.contains {
			if a.Key == t.key && strings.Contains(a.Val, t.val) && strings.TrimSpace(a.Val) != "" {
				return true
			}
		}
	}
	return false
}

// hasClass tells whether one of the words of a class attribute is a class of s.
func (s *simpleSelector) hasClass(attr string) bool {
	for attr != "" {
		i := strings.IndexAny(attr, " \t\r\n\f")
		if i < 0 {
			return s.classes[attr]
		}
		if s.classes[attr[:i]] {
			return true
		}
		attr = attr[i+1:]
	}
	return false
}

// findFirst returns the first descendant of n (in document order) that sel
// matches, or nil.
func findFirst(n *html.Node, sel *simpleSelector) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if sel.match(c) {
			return c
		}
		if f := findFirst(c, sel); f != nil {
			return f
		}
	}
	return nil
}

// removeMatching removes from the tree under n every element sel matches
// (with its subtree).
func removeMatching(n *html.Node, sel *simpleSelector) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if sel.match(c) {
			n.RemoveChild(c)
		} else {
			removeMatching(c, sel)
		}
		c = next
	}
}

// removeChrome removes the <header> and <footer> elements under n that neither
// sit inside an article or main (content, when inContent says n does) nor hold one.
func removeChrome(n *html.Node, content bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case !content && chrome.match(c) && !hasDescendant(c, inContent.match):
			n.RemoveChild(c)
		case c.Type == html.ElementNode:
			removeChrome(c, content || inContent.match(c))
		}
		c = next
	}
}

// textOf is all the text under n, as written (scripts included).
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
