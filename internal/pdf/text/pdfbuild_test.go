package pdftext

import (
	"bytes"
	"fmt"
	"strings"
)

// pdfBuilder writes small, valid PDFs for tests: objects are numbered from 1
// in the order added, and the xref table gets the real offsets.
type pdfBuilder struct {
	objs []string
}

// add appends an object and returns its number.
func (b *pdfBuilder) add(body string) int {
	b.objs = append(b.objs, body)
	return len(b.objs)
}

// stream makes a stream object body from a dictionary's inner entries and data.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// bytes writes the file with root as the catalog.
func (b *pdfBuilder) bytes(version string, root int) []byte {
	var out bytes.Buffer
	fmt.Fprintf(&out, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", version)
	offsets := make([]int, len(b.objs))
	for i, o := range b.objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, root, xref)
	return out.Bytes()
}

// testFonts is the resource dictionary entries of the fonts every synthetic
// page can use:
//
//	/FH  Helvetica, WinAnsi, /Differences naming code 1 uni65E5 (日) and 2 Aacute
//	/FJ  Type0 Identity-H, Adobe-Japan1, no ToUnicode (CIDs through the table)
//	/FS  Type0 90ms-RKSJ-H, no ToUnicode (Shift_JIS bytes)
//	/FU  Type0 UniJIS-UCS2-V (vertical, UTF-16BE)
//	/FT  TrueType with a ToUnicode that maps only code 0x41, WinAnsi for the rest
//	/F3  Type3 without ToUnicode: /Differences names 0x41 A and 0x42 uni3042, 0x43 is unnamed
func testFonts(b *pdfBuilder) string {
	fh := b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /uni65E5 /Aacute] >> >>")
	desc := b.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000 /W [1 95 500] >>")
	fj := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", desc))
	fs := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3-90ms-RKSJ-H /Encoding /90ms-RKSJ-H /DescendantFonts [%d 0 R] >>", desc))
	fu := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3-UniJIS-UCS2-V /Encoding /UniJIS-UCS2-V /DescendantFonts [%d 0 R] >>", desc))
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <41> <0391> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
	tu := b.add(stream("", cmap))
	ft := b.add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Test /FirstChar 32 /LastChar 126 /Widths [%s] /Encoding /WinAnsiEncoding /ToUnicode %d 0 R >>", strings.Repeat("600 ", 95), tu))
	proc := b.add(stream("", "500 0 d0"))
	f3 := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /A %d 0 R /uni3042 %d 0 R >> /Encoding << /Type /Encoding /Differences [65 /A /uni3042] >> /FirstChar 65 /LastChar 67 /Widths [500 1000 500] >>", proc, proc))
	return fmt.Sprintf("/Font << /FH %d 0 R /FJ %d 0 R /FS %d 0 R /FU %d 0 R /FT %d 0 R /F3 %d 0 R >>", fh, fj, fs, fu, ft, f3)
}

// onePagePDF is a one-page A4 PDF drawing content with the test fonts and a
// Form XObject /X1 that shows "FORM" (scaled by its /Matrix).
func onePagePDF(content string) []byte {
	return pagesPDF(content)
}

// pagesPDF makes one page per content stream.
func pagesPDF(contents ...string) []byte {
	var b pdfBuilder
	catalog := b.add("") // filled in below
	pagesObj := b.add("")
	fonts := testFonts(&b)
	form := b.add(stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [2 0 0 2 0 0] /Resources << %s >>", fonts),
		"BT /FH 10 Tf 10 10 Td (FORM) Tj ET"))
	var kids []string
	for _, c := range contents {
		cs := b.add(stream("", c))
		page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s /XObject << /X1 %d 0 R >> >> >>", pagesObj, cs, fonts, form))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	b.objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	b.objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return b.bytes("1.7", catalog)
}
