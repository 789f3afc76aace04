package pdftext

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestNotAPDF(t *testing.T) {
	_, err := Parse([]byte("<html>not a pdf</html>"), Options{Name: "page.html"})
	var pe *Error
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotPDF) {
		t.Fatalf("err = %v, want *Error wrapping ErrNotPDF", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "pdftext: page.html: ") {
		t.Errorf("message %q does not name the package and document", msg)
	}
}

func TestTruncatedPDFIsAnError(t *testing.T) {
	data := onePagePDF(`BT /FH 12 Tf 72 700 Td (Hello) Tj ET`)
	for _, n := range []int{20, len(data) / 2, len(data) - 30} {
		if _, err := Parse(data[:n], Options{Name: "cut.pdf"}); err == nil {
			t.Errorf("Parse of the first %d bytes: no error", n)
		} else if !strings.Contains(err.Error(), "cut.pdf") {
			t.Errorf("error %q does not name the document", err)
		}
	}
}

func TestPDF20HeaderAndLeadingJunk(t *testing.T) {
	data := onePagePDF(`BT /FH 12 Tf 72 700 Td (Hello) Tj ET`)
	v2 := append([]byte("%PDF-2.0"), data[8:]...)
	if got, _ := pageText(t, v2); got != "Hello\n" {
		t.Errorf("PDF-2.0: text = %q", got)
	}
	// Bytes before the header shift every offset, so only the header search
	// is exercised here: the reader must not mistake the junk for the file.
	if _, err := Parse(append([]byte("junk\n"), data...), Options{}); err != nil && errors.Is(err, ErrNotPDF) {
		t.Errorf("leading junk: %v", err)
	}
}

// TestBadPageLosesOnlyThatPage: page 2's content uses a filter nobody knows
// (the reader panics on it); pages 1 and 3 must still come through.
func TestBadPageLosesOnlyThatPage(t *testing.T) {
	var b pdfBuilder
	catalog := b.add("")
	pagesObj := b.add("")
	fonts := testFonts(&b)
	var kids []string
	for i, dict := range []string{"", "/Filter /NoSuchDecode", ""} {
		cs := b.add(stream(dict, fmt.Sprintf("BT /FH 12 Tf 72 700 Td (page%d) Tj ET", i+1)))
		p := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s >> >>", pagesObj, cs, fonts))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	b.objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	b.objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count 3 >>", strings.Join(kids, " "))
	got, res := pageText(t, b.bytes("1.4", catalog))
	if got != "page1\npage3\n" {
		t.Errorf("text = %q, want pages 1 and 3", got)
	}
	if res.Doc.Pages != 3 || len(res.Pages) != 3 {
		t.Fatalf("pages = %d, stats = %d", res.Doc.Pages, len(res.Pages))
	}
	if res.Pages[1].Err == "" || res.Pages[0].Err != "" || res.Pages[2].Err != "" {
		t.Errorf("page errors = %q", []string{res.Pages[0].Err, res.Pages[1].Err, res.Pages[2].Err})
	}
	if len(res.Doc.Warnings) != 1 || !strings.Contains(res.Doc.Warnings[0], "page 2") {
		t.Errorf("warnings = %q", res.Doc.Warnings)
	}
	if res.Pages[0].TextOps != 1 || res.Pages[0].Runes != 5 {
		t.Errorf("page 1 stat = %+v, want 1 text op and 5 runes", res.Pages[0])
	}
}

// TestRecursiveFormStops: a Form XObject that draws itself ten times must
// stop at the depth or call limit quickly, not run 10^8 times or overflow.
func TestRecursiveFormStops(t *testing.T) {
	var b pdfBuilder
	catalog := b.add("")
	pagesObj := b.add("")
	fonts := testFonts(&b)
	formNum := len(b.objs) + 1
	b.add(stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << %s /XObject << /Me %d 0 R >> >>", fonts, formNum),
		"BT /FH 1 Tf (x) Tj ET "+strings.Repeat("/Me Do ", 10)))
	cs := b.add(stream("", "/Me Do BT /FH 12 Tf 72 700 Td (after) Tj ET"))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s /XObject << /Me %d 0 R >> >> >>", pagesObj, cs, fonts, formNum))
	b.objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	b.objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page)
	start := time.Now()
	res, err := Parse(b.bytes("1.4", catalog), Options{Name: "loop.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages[0].Err == "" || !strings.Contains(res.Pages[0].Err, "limits") {
		t.Errorf("page error = %q, want the interpreter's limit", res.Pages[0].Err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}
