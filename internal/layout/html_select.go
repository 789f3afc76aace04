package layout

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// The selectors below are lists of simple CSS selectors (tag, #id, .class,
// [attr], [attr=value], [attr*="value"]) matched by a selectorSet, which tests an
// element's tag and each of its attributes once against sets. A compiled CSS
// selector group (cascadia) tried its hundred alternatives one by one on every
// element and was the largest cost of removing page furniture, and finding the
// main content took a walk per selector; TestSelectorSetsAgree checks that both
// give the same answers.

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

// mainContentSelectors are the usual main-content containers, most telling
// first; group i is bit i of mainContent.matches.
var mainContentSelectors = [][]string{
	{"main"}, {"[role=main]"}, {"#main"}, {"#tmp_contents"}, {"#contents"}, {"#content"},
	{"#main_body"}, {"#mainContents", "#main_contents", "#main-contents", "#contents_main"},
	{".main"}, {"article"}, {"#honbun", "#article", "#detail"},
}

// Selectors, compiled once.
var (
	furniture   = compileSet(furnitureSelectors)
	chrome      = compileSet([]string{"header", "footer"})
	inContent   = compileSet([]string{"article", "main", "[role=main]"})
	titleSel    = compileSet([]string{"title"})
	bodySel     = compileSet([]string{"body"})
	mainContent = compileSet(mainContentSelectors...)
)

// selectorSet matches elements against up to 32 groups of simple selectors at
// once: each map and test holds the bits of the groups a selector belongs to.
type selectorSet struct {
	tags     map[string]uint32
	ids      map[string]uint32
	classes  map[string]uint32
	has      map[string]uint32 // [attr]
	equals   []attrTest        // [attr=value]
	contains []attrTest        // [attr*="value"]
	keys     []string          // the attribute keys some selector looks at
}

type attrTest struct {
	key, val string
	bits     uint32
}

// compileSet compiles groups of simple selectors; it panics on any other form,
// at start-up.
func compileSet(groups ...[]string) *selectorSet {
	if len(groups) > 32 {
		panic("layout: more than 32 selector groups")
	}
	s := &selectorSet{tags: map[string]uint32{}, ids: map[string]uint32{}, classes: map[string]uint32{}, has: map[string]uint32{}}
	for i, g := range groups {
		bit := uint32(1) << i
		for _, sel := range g {
			s.add(sel, bit)
		}
	}
	return s
}

func (s *selectorSet) add(sel string, bit uint32) {
	switch {
	case strings.HasPrefix(sel, "#"):
		s.ids[sel[1:]] |= bit
		s.addKey("id")
	case strings.HasPrefix(sel, "."):
		s.classes[sel[1:]] |= bit
		s.addKey("class")
	case strings.HasPrefix(sel, "[") && strings.HasSuffix(sel, "]"):
		inner := sel[1 : len(sel)-1]
		if key, val, ok := strings.Cut(inner, "*="); ok {
			s.contains = append(s.contains, attrTest{key, strings.Trim(val, `"`), bit})
			s.addKey(key)
		} else if key, val, ok := strings.Cut(inner, "="); ok {
			s.equals = append(s.equals, attrTest{key, strings.Trim(val, `"`), bit})
			s.addKey(key)
		} else {
			s.has[inner] |= bit
			s.addKey(inner)
		}
	case sel != "" && strings.Trim(sel, "abcdefghijklmnopqrstuvwxyz0123456789") == "":
		s.tags[sel] |= bit
	default:
		panic(fmt.Sprintf("layout: %q is not a simple selector", sel))
	}
}

func (s *selectorSet) addKey(key string) {
	if !slices.Contains(s.keys, key) {
		s.keys = append(s.keys, key)
	}
}

// matches returns the bits of the groups that match n, with CSS's (and
// cascadia's) rules: ids and values compare exactly, a class is one of the
// white-space separated words of a class attribute, and [attr*=v] needs a
// value that is not blank.
func (s *selectorSet) matches(n *html.Node) uint32 {
	if n.Type != html.ElementNode {
		return 0
	}
	m := s.tags[n.Data]
	for _, a := range n.Attr {
		if !slices.Contains(s.keys, a.Key) {
			continue
		}
		m |= s.has[a.Key]
		switch a.Key {
		case "id":
			m |= s.ids[a.Val]
		case "class":
			m |= s.classBits(a.Val)
		}
		for _, t := range s.equals {
			if a.Key == t.key && a.Val == t.val {
				m |= t.bits
			}
		}
		for _, t := range s.contains {
			if a.Key == t.key && strings.Contains(a.Val, t.val) && strings.TrimSpace(a.Val) != "" {
				m |= t.bits
			}
		}
	}
	return m
}

// match tells whether any group of s matches n.
func (s *selectorSet) match(n *html.Node) bool { return s.matches(n) != 0 }

// classBits returns the bits of the classes of s among the words of a class attribute.
func (s *selectorSet) classBits(attr string) uint32 {
	var m uint32
	for attr != "" {
		i := strings.IndexAny(attr, " \t\r\n\f")
		if i < 0 {
			return m | s.classes[attr]
		}
		m |= s.classes[attr[:i]]
		attr = attr[i+1:]
	}
	return m
}

// Match, MatchAll and Filter make a selectorSet a goquery.Matcher, so that the
// DOM work (find, remove, parents) stays goquery's while matching is one set
// lookup per attribute.

// Match tells whether any group of s matches n.
func (s *selectorSet) Match(n *html.Node) bool { return s.match(n) }

// MatchAll returns the descendants of n that s matches, in document order.
func (s *selectorSet) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if s.match(c) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// Filter returns the nodes that s matches.
func (s *selectorSet) Filter(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if s.match(n) {
			out = append(out, n)
		}
	}
	return out
}
