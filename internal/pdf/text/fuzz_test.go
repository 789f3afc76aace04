package pdftext

import (
	"testing"
	"unicode/utf8"
)

// FuzzContentStream feeds mutated content streams through the interpreter
// inside a valid one-page PDF (with every kind of test font and a form). It
// must never panic out of Parse, and all text must be valid UTF-8.
func FuzzContentStream(f *testing.F) {
	for _, seed := range []string{
		`BT /FH 12 Tf 72 700 Td (\001\002 Caf\351) Tj ET`,
		`BT /FJ 12 Tf 72 700 Td <034B04B0> Tj ET`,
		`BT /FS 12 Tf 72 700 Td <93FA967B8CEA> Tj T* (x) ' 1 2 (y) " ET`,
		`BT /FU 12 Tf 1 0 0 1 300 700 Tm <7E2666F8> Tj ET`,
		`BT /FT 12 Tf 2 Tc 3 Tw 80 Tz 14 TL 2 Ts 72 700 TD [(A) -300 (B)] TJ ET`,
		`q 1 0 0 1 100 100 cm /X1 Do Q Q Q q`,
		`q 0 0 0 0 0 0 cm BT /FH 1e308 Tf 1e308 1e308 Td (x) Tj ET`,
		`BT /Nope 12 Tf (x) Tj /FH Tf Tj TJ Td Tm cm Do ET ET BT`,
		`BI /W 1 /H 1 ID abc EI BT /FH 9 Tf (after) Tj ET`,
		`begin end def dict`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, content string) {
		res, err := Parse(onePagePDF(content), Options{Name: "fuzz.pdf"})
		if err != nil {
			return // the content broke the file structure (e.g. "endstream")
		}
		for _, b := range res.Doc.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("invalid UTF-8 in %q", b.Text)
			}
			for _, row := range b.Rows {
				for _, c := range row {
					if !utf8.ValidString(c.Text) {
						t.Fatalf("invalid UTF-8 in cell %q", c.Text)
					}
				}
			}
		}
	})
}

// FuzzCMap parses arbitrary CMap programs and looks codes up in them.
func FuzzCMap(f *testing.F) {
	f.Add([]byte("1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <0391> <42> /Aacute endbfchar"))
	f.Add([]byte("1 begincodespacerange <8140> <9FFC> endcodespacerange 1 beginbfrange <0000> <FFFF> <0020> endbfrange"))
	f.Add([]byte("1 beginbfrange <10> <12> [<0041> <D83DDE00> <>] endbfrange 1 begincidrange <20> <7E> 1 endcidrange /WMode 1 def"))
	f.Add([]byte("(unterminated \\) string begincidchar <01> 5 endcidchar %comment\n<<>> [ [ ]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cm := parseCMapBytes(data)
		for _, code := range []uint32{0, 0x20, 0x41, 0x8140, 0xffff, 0xffffffff} {
			if s, ok := cm.toUnicode(code); ok && !utf8.ValidString(s) {
				t.Fatalf("code %#x maps to invalid UTF-8 %q", code, s)
			}
			cm.cid(code)
		}
		for _, s := range []string{"", "A", "\x81\x40", "\xff\xff\xff\xff\xff"} {
			if code, n := cm.split(s, 2); n > len(s) || s != "" && n == 0 {
				t.Fatalf("split(%q) = %#x, %d", s, code, n)
			}
		}
	})
}
