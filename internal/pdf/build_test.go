package pdf

import (
	"bytes"
	"fmt"
	"strings"
)

// buildPDF writes a small but valid PDF by hand: one page per content stream,
// all sharing a Helvetica font as /F1, with a correct xref table.
func buildPDF(contents ...string) []byte {
	streams := make([]pageStream, len(contents))
	for i, c := range contents {
		streams[i] = pageStream{Data: c}
	}
	return buildPDFStreams(streams...)
}

// pageStream is one page's content stream: Dict is added to the stream
// dictionary (e.g. "/Filter /FlateDecode"), Data is the stream as stored.
type pageStream struct{ Dict, Data string }

// buildPDFStreams is buildPDF with control over each content stream's dictionary.
func buildPDFStreams(pages ...pageStream) []byte {
	contents := pages
	n := len(contents)
	// Objects: 1 catalog, 2 pages, 3 font, then per page: page dict, content stream.
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"", // pages, filled below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	kids := make([]string, n)
	for i, c := range contents {
		pageObj, streamObj := 4+2*i, 5+2*i
		kids[i] = fmt.Sprintf("%d 0 R", pageObj)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", streamObj),
			fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(c.Data)+1, c.Dict, c.Data))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// textPage is a content stream showing each line at 14 pt leading.
func textPage(lines ...string) string {
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 72 760 Td 14 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "(%s) Tj T*\n", l)
	}
	b.WriteString("ET")
	return b.String()
}
