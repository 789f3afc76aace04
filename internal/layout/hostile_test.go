package layout

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHostileNestedDivs parses 10 MB of nested <div> (generated, not stored): the
// nesting is flattened past maxDepth with a warning and the text survives.
func TestHostileNestedDivs(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	n := 10 << 20 / len("<div></div>")
	page := "<html><body>" + strings.Repeat("<div>", n) + "深い本文の段落" + strings.Repeat("</div>", n) + "</body></html>"
	doc, err := Parse(context.Background(), []byte(page), Options{Name: "nested.html"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Text != "深い本文の段落" {
		t.Errorf("blocks %+v", doc.Blocks)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "flattened") {
		t.Errorf("warnings %q", doc.Warnings)
	}
}

func TestHostileHugeSpans(t *testing.T) {
	page := `<html><body><div id="main"><p>` + filler + `</p><table>` +
		strings.Repeat(`<tr><td rowspan="65534" colspan="1000">巨大</td><td>x</td></tr>`, 50) +
		`</table></div></body></html>`
	doc := parseHTMLString(t, page)
	cells := 0
	for _, b := range doc.Blocks {
		for _, r := range b.Rows {
			cells += len(r)
		}
	}
	if cells == 0 || cells > 2*maxCells {
		t.Errorf("%d cells expanded", cells)
	}
}

func TestHostileFixtures(t *testing.T) {
	dir := filepath.Join("testdata", "hostile")
	inv := parseFile(t, filepath.Join(dir, "invalid_utf8.html"))
	if inv.Charset != "utf-8" || !strings.Contains(strings.Join(inv.Warnings, "\n"), "4 U+FFFD") {
		t.Errorf("invalid UTF-8 page: charset %s, warnings %q", inv.Charset, inv.Warnings)
	}
	for _, name := range []string{"invalid_utf8.html", "nul.txt", "truncated.html", "truncated_midtag.html"} {
		doc := parseFile(t, filepath.Join(dir, name))
		if len(doc.Blocks) == 0 {
			t.Errorf("%s: no blocks", name)
		}
		for _, b := range doc.Blocks {
			if strings.ContainsRune(b.Text, 0) || !utf8.ValidString(b.Text) {
				t.Errorf("%s: block text %q has a NUL or invalid UTF-8", name, b.Text)
			}
		}
	}
	nul := parseFile(t, filepath.Join(dir, "nul.txt"))
	if nul.Blocks[1].Text != "移住定住の促進" || len(nul.Warnings) != 1 {
		t.Errorf("nul.txt: %+v %q", nul.Blocks, nul.Warnings)
	}
	// Cut mid-page, the page keeps what it had: the missions before the cut.
	cut := parseFile(t, filepath.Join(dir, "truncated_midtag.html"))
	if h := blockTexts(cut.Blocks, Heading); len(h) < 8 || h[0] != "総合政策部経営目標" {
		t.Errorf("truncated page headings %q", h)
	}
	// #main never closes: its span runs to the end, so its meta is not taken
	// for meta outside the content and added twice.
	if m := blockTexts(cut.Blocks, Meta); len(m) != 2 {
		t.Errorf("truncated page meta blocks %q, want 2", m)
	}
}
