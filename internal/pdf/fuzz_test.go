package pdf

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"jplan/internal/layout"
	pdftext "jplan/internal/pdf/text"
)

// FuzzParseIsolated feeds mutated PDFs through the real child process (this
// test binary running the real text layer). Whatever the input, the parent gets
// either a consistent result or a per-document error naming the file; a hang, a
// stack overflow or exhausted memory is such an error (the isolation working),
// while a child crash or an unreadable reply is a bug.
func FuzzParseIsolated(f *testing.F) {
	f.Add(cannedPDF())
	f.Add(buildPDF(textPage("one page")))
	f.Add(buildPDF("BT /F1 12 Tf 1 0 0 1 72 700 Tm [(Kern) -250 (ed)] TJ ET", "q 0 0 0 0 0 0 cm BT /F1 0 Tf (x) Tj ET Q"))
	f.Add(buildPDF("BT /F1 12 Tf (unterminated ET", "[ [ [ << /A"))
	f.Add([]byte("%PDF-1.4\n"))
	f.Add([]byte("%PDF-2.0\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"))
	if data, err := os.ReadFile(newsletterPDF); err == nil {
		f.Add(data[:min(len(data), 4096)]) // a truncated real PDF
	}
	cmd := selfCommand(f, "")
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := Options{Command: cmd, Timeout: 5 * time.Second, MemoryLimit: 256 << 20}
		res, err := ParseIsolated(context.Background(), data, "fuzz.pdf", opt)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "pdf: fuzz.pdf: ") {
				t.Fatalf("error does not name the document: %v", err)
			}
			switch CauseOf(err) {
			case CauseParse, CauseTimeout, CauseStackOverflow, CauseOutOfMemory:
				return
			}
			t.Fatalf("child failed in a way that is a bug: %v", err)
		}
		checkResult(t, res.Doc, res.Pages)
	})
}

// checkResult checks what every text-layer result promises: page statistics
// numbered 1..n in order, blocks on existing pages with finite positions.
func checkResult(t *testing.T, doc *layout.Document, pages []pdftext.PageStat) {
	t.Helper()
	for i, st := range pages {
		if st.Page != i+1 {
			t.Fatalf("page stat %d is for page %d", i, st.Page)
		}
	}
	n := max(doc.Pages, len(pages))
	for _, b := range doc.Blocks {
		if b.Pos.Page < 0 || b.Pos.Page > n {
			t.Fatalf("block on page %d of %d: %+v", b.Pos.Page, n, b)
		}
		for _, v := range []float64{b.Pos.X, b.Pos.Y, b.Pos.W, b.Pos.H} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("block with a non-finite position: %+v", b)
			}
		}
	}
}
