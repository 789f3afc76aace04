package pdf

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestBadPageLosesOnlyThatPage: page 2 of a real three-page PDF has a corrupt
// Flate stream, which makes github.com/ledongthuc/pdf panic inside the page.
// Through the real child, pages 1 and 3 keep their text, page 2 is reported
// lost, and Parse says which engine produced which page.
func TestBadPageLosesOnlyThatPage(t *testing.T) {
	data := buildPDFStreams(
		pageStream{Data: textPage("Page one: goals")},
		pageStream{Dict: "/Filter /FlateDecode", Data: "this is not zlib data \xff\xfe"},
		pageStream{Data: textPage("Page three: evaluation")},
	)
	opt := Options{Command: selfCommand(t, ""), Timeout: 10 * time.Second}
	res, err := ParseIsolated(context.Background(), data, "bad-page.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 3 || res.Pages[0].Err != "" || res.Pages[1].Err == "" || res.Pages[2].Err != "" {
		t.Fatalf("page stats %+v: want only page 2 failed", res.Pages)
	}
	texts := pageTexts(res.Doc)
	if !strings.Contains(texts[1], "Page one: goals") || !strings.Contains(texts[3], "Page three: evaluation") || texts[2] != "" {
		t.Errorf("page texts %v", texts)
	}

	doc, err := Parse(context.Background(), data, "bad-page.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	w := engineWarning(doc.Warnings)
	if !strings.HasPrefix(w, "page 1: text layer; page 2: no text (text layer failed: "+res.Pages[1].Err) ||
		!strings.HasSuffix(w, "; page 3: text layer") {
		t.Errorf("warning %q does not say that page 2 alone was lost", w)
	}
	if _, err := newFallback(Options{}); err == nil && !strings.Contains(w, "pdftotext found no text") {
		t.Errorf("warning %q: pdftotext cannot read the corrupt page either", w)
	}
}

// engineWarning returns the warning that says which engine produced which pages.
func engineWarning(warnings []string) string {
	for _, w := range warnings {
		if strings.HasPrefix(w, "page 1: ") || strings.HasPrefix(w, "pages 1-") {
			return w
		}
	}
	return ""
}
