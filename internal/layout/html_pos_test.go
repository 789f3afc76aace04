package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"jplan/internal/sniff"
)

// checkPositionsAgree parses src annotated as annotate does it and with every
// element marked: the trees must be the same and give the same position to
// every element the layout may ask about (one with children, or an image) and
// to every text node the walker may reach (outside the elements it skips).
func checkPositionsAgree(t *testing.T, src string) {
	t.Helper()
	fullText, fullSpans, _ := annotateTags(src, true)
	text, spans, _ := annotate(src)
	full, err := html.Parse(strings.NewReader(fullText))
	if err != nil {
		t.Fatal(err)
	}
	got, err := html.Parse(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	fullPos, pos := newPositions(src, fullSpans), newPositions(src, spans)
	var walk func(a, b *html.Node)
	walk = func(a, b *html.Node) {
		if a.Type != b.Type || a.Data != b.Data || a.Namespace != b.Namespace {
			t.Fatalf("trees differ: %q %q", a.Data, b.Data)
		}
		asked := a.Type == html.ElementNode && !skipped[a.DataAtom] && (a.FirstChild != nil || a.DataAtom == atom.Img) ||
			a.Type == html.TextNode && a.Parent != nil && !skipped[a.Parent.DataAtom]
		if asked && fullPos.of(a) != pos.of(b) {
			t.Fatalf("position of %q: %+v, every element marked: %+v", a.Data, pos.of(b), fullPos.of(a))
		}
		ca, cb := a.FirstChild, b.FirstChild
		for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
			walk(ca, cb)
		}
		if ca != nil || cb != nil {
			t.Fatalf("trees differ under %q", a.Data)
		}
	}
	walk(full, got)
}

var positionCases = []string{
	`<p>a<br>b<br/>c<img alt=x src=y>d<hr><input type=hidden>e</p>`,
	`<table><input type=hidden><tr><td>a<br>b</table><script>x<p>y</script><style>p{}</style>`,
	`<svg><link>in svg</link><meta>m</meta></svg><p>after<br>x`,
	`<MATH><mi><br>x</mi></MATH><div>t</div>`,
	`<div/>text<br/>more<meta charset=utf-8><link rel=x>tail`,
	`<head><title>t</title><meta name=a><script>s</script></head><body>b<br>`,
	`<b><p>x</b>y<br>z</p><table><col><tr><td>c<source><track><wbr></table>`,
}

func TestPositionsAgree(t *testing.T) {
	for _, c := range positionCases {
		checkPositionsAgree(t, c)
	}
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.html"))
	hostile, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*.html"))
	for _, p := range append(files, hostile...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := sniff.Decode(data, "")
		checkPositionsAgree(t, text)
	}
}

func FuzzPositions(f *testing.F) {
	for _, c := range positionCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Decoded pages, all annotate sees, are valid UTF-8.
		checkPositionsAgree(t, strings.ToValidUTF8(src, "\ufffd"))
	})
}
