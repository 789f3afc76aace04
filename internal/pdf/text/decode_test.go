package pdftext

import (
	"strings"
	"testing"

	"jplan/internal/layout"
)

// pageText parses a synthetic PDF and joins its blocks' text.
func pageText(t *testing.T, data []byte) (string, *Result) {
	t.Helper()
	res, err := Parse(data, Options{Name: "synthetic.pdf"})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return docText(res.Doc), res
}

func TestDecodeFonts(t *testing.T) {
	for _, tc := range []struct {
		name, content, want string
	}{
		{"winansi+differences", `BT /FH 12 Tf 72 700 Td (\001\002 Caf\351) Tj ET`, "日Á Café"},
		{"identity-h japan1 table", `BT /FJ 12 Tf 72 700 Td <034B04B0> Tj ET`, "あ一"},
		{"90ms-rksj-h shift_jis", `BT /FS 12 Tf 72 700 Td <93FA967B8CEA> Tj ET`, "日本語"},
		{"rksj single-byte roman", `BT /FS 12 Tf 72 700 Td (No.11) Tj ET`, "No.11"},
		{"tounicode first, encoding per code", `BT /FT 12 Tf 72 700 Td (AB) Tj ET`, "ΑB"},
		{"type3 by /Differences only", `BT /F3 12 Tf 72 700 Td (ABC) Tj ET`, "Aあ"},
		{"form xobject", `q 1 0 0 1 100 100 cm /X1 Do Q`, "FORM"},
		{"TJ with kerning keeps one word", `BT /FH 12 Tf 72 700 Td [(W) 120 (ord)] TJ ET`, "Word"},
		{"TJ with a word gap", `BT /FH 12 Tf 72 700 Td [(two) -400 (words)] TJ ET`, "two words"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := pageText(t, onePagePDF(tc.content))
			if strings.TrimSpace(got) != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVerticalColumnsInLogicalOrder(t *testing.T) {
	// UniJIS-UCS2-V: two columns, the right one first; "縦書" then "日本".
	content := `BT /FU 12 Tf 1 0 0 1 300 700 Tm <7E2666F8> Tj 1 0 0 1 285 700 Tm <65E5672C> Tj ET`
	got, res := pageText(t, onePagePDF(content))
	if got != "縦書\n日本\n" {
		t.Errorf("text = %q, want columns right to left", got)
	}
	b := res.Doc.Blocks[0]
	if b.Pos.H < 20 || b.Pos.W > 40 {
		t.Errorf("vertical block box %+v: want tall and narrow", b.Pos)
	}
}

func TestPositionsFromTopLeft(t *testing.T) {
	got, res := pageText(t, onePagePDF(`BT /FH 10 Tf 100 742 Td (Top) Tj ET`))
	if got != "Top\n" {
		t.Fatalf("text = %q", got)
	}
	p := res.Doc.Blocks[0].Pos
	// Baseline 742 on an 842-high page: the glyph top (0.88 em up) is at y ≈ 91.2.
	if p.Page != 1 || p.X != 100 || p.Y < 90 || p.Y > 92 || p.H < 9 || p.H > 11 {
		t.Errorf("pos = %+v", p)
	}
}

func TestTableFromAlignedRows(t *testing.T) {
	content := `BT /FJ 10 Tf
1 0 0 1 72 700 Tm <034B> Tj 1 0 0 1 200 700 Tm <04B0> Tj
1 0 0 1 72 680 Tm <034B034B> Tj 1 0 0 1 200 680 Tm <04B004B0> Tj ET`
	_, res := pageText(t, onePagePDF(content))
	if len(res.Doc.Blocks) != 1 || res.Doc.Blocks[0].Kind != layout.Table {
		t.Fatalf("blocks = %+v, want one table", res.Doc.Blocks)
	}
	rows := res.Doc.Blocks[0].Rows
	if len(rows) != 2 || len(rows[0]) != 2 || rows[1][1].Text != "一一" {
		t.Errorf("rows = %+v", rows)
	}
}

func TestHeadingBySize(t *testing.T) {
	content := `BT /FH 24 Tf 72 760 Td (Title) Tj ET
BT /FH 10 Tf 72 700 Td (Body text line one) Tj 0 -12 Td (Body text line two) Tj ET`
	_, res := pageText(t, onePagePDF(content))
	if len(res.Doc.Blocks) != 2 {
		t.Fatalf("blocks = %+v", res.Doc.Blocks)
	}
	if b := res.Doc.Blocks[0]; b.Kind != layout.Heading || b.Level != 1 || b.Text != "Title" {
		t.Errorf("first block = %+v, want a level-1 heading", b)
	}
	if b := res.Doc.Blocks[1]; b.Kind != layout.Paragraph || b.Text != "Body text line one\nBody text line two" {
		t.Errorf("second block = %+v", b)
	}
}

// TestOverprintedBoldOnce: text drawn three times, shifted by fractions of a
// point (fake bold), comes out once; the same word elsewhere is kept.
func TestOverprintedBoldOnce(t *testing.T) {
	content := `BT /FJ 12 Tf 1 0 0 1 72 700 Tm <034B04B0> Tj 1 0 0 1 72.4 700 Tm <034B04B0> Tj 1 0 0 1 72.4 700.4 Tm <034B04B0> Tj ET
BT /FJ 12 Tf 1 0 0 1 72 650 Tm <034B04B0> Tj ET`
	got, _ := pageText(t, onePagePDF(content))
	if got != "あ一\nあ一\n" {
		t.Errorf("text = %q, want each line once", got)
	}
}

func TestFoldRadicalsAndLigatures(t *testing.T) {
	for in, want := range map[string]string{
		"⽬標": "目標", "⼈⼝": "人口", "ﬁnal": "final", "oﬃce": "office",
		"①②": "①②", "ＡＢＣ１": "ＡＢＣ１", "ｶﾞｲﾄﾞ": "ｶﾞｲﾄﾞ", "": "",
	} {
		if got := foldGlyph(in); got != want {
			t.Errorf("foldGlyph(%q) = %q, want %q", in, got, want)
		}
	}
}
