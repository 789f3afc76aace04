package layout

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// selectorPairs pairs each selector group with its CSS selector group compiled
// by cascadia: the reference it must agree with.
func selectorPairs() map[string]func(*html.Node) bool {
	pairs := map[string]func(*html.Node) bool{
		strings.Join(furnitureSelectors, ", "): furniture.match,
		"header, footer":                       chrome.match,
		"article, main, [role=main]":           inContent.match,
		"title":                                titleSel.match,
		"body":                                 bodySel.match,
	}
	for i, g := range mainContentSelectors {
		pairs[strings.Join(g, ", ")] = func(n *html.Node) bool { return mainContent.matches(n)&(1<<i) != 0 }
	}
	return pairs
}

// checkSelectors compares every selector set with cascadia on every node of doc.
func checkSelectors(t *testing.T, name string, doc []byte) {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		return
	}
	for css, match := range selectorPairs() {
		ref := cascadia.MustCompile(css)
		var visit func(*html.Node)
		visit = func(n *html.Node) {
			if got, want := match(n), ref.Match(n); got != want {
				t.Fatalf("%s: %q on <%s %v>: %v, cascadia %v", name, css, n.Data, n.Attr, got, want)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c)
			}
		}
		visit(root)
	}
}

// selectorSamples exercise the edges of the simple selectors: class lists with
// tabs and repeated spaces, blank and spaced style values, case, repeated
// attributes, foreign (SVG) elements.
var selectorSamples = []string{
	`<div class="a  side	b"><p class="Side">x</p><p class=" side_menu ">y</p></div>`,
	`<div style=" "><div style="color:red; display:none">z</div><div style="display: none">w</div></div>`,
	`<section id="main " role="main"><div id="Main" hidden="">a</div><div aria-hidden="TRUE">b</div><div aria-hidden="true">c</div></section>`,
	`<div id="a" id="content"><nav>n</nav><NAV>m</NAV><svg><nav>s</nav><title>t</title></svg></div>`,
	`<header><main>x</main></header><footer class="footer main">f</footer><article id="detail">d</article>`,
	`<main id="main" class="main x" role="main"><article id="article">a</article><div id="content" id="contents">b</div></main>`,
	`<p class="">e</p><p class="hidden-xs">f</p><ul id="mainContents"><li role="navigation main">g</ul>`,
}

func TestSelectorSetsAgree(t *testing.T) {
	for i, s := range selectorSamples {
		checkSelectors(t, "sample "+string(rune('0'+i)), []byte(s))
	}
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.html"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "extractors", "*", "testdata", "*.html"))
	for _, p := range append(files, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkSelectors(t, p, data)
	}
}

func FuzzSelectorSets(f *testing.F) {
	for _, s := range selectorSamples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSelectors(t, "fuzz", data)
	})
}
