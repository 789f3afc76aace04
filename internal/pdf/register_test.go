package pdf

import (
	"context"
	"slices"
	"strings"
	"testing"

	"jplan/internal/layout"
)

// TestLayoutRegistration: PDF bytes given to layout.Parse come back through this
// package (the isolated child and the fallback), with the name and URL kept.
func TestLayoutRegistration(t *testing.T) {
	if !slices.Contains(layout.Formats(), "pdf") {
		t.Fatalf("layout formats %v lack pdf", layout.Formats())
	}
	old := Defaults()
	defer SetDefaults(old)
	SetDefaults(Options{Command: selfCommand(t, "canned"), Pdftotext: "-"})

	doc, err := layout.Parse(context.Background(), cannedPDF(), layout.Options{Name: "r.pdf", URL: "https://www.city.example.lg.jp/r.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "pdf" || doc.Name != "r.pdf" || doc.URL != "https://www.city.example.lg.jp/r.pdf" || doc.Pages != 3 {
		t.Errorf("doc %+v", doc)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "fallback unavailable: pdftotext disabled") {
		t.Errorf("warnings %q", doc.Warnings)
	}

	SetDefaults(Options{Command: selfCommand(t, "stack")})
	_, err = layout.Parse(context.Background(), cannedPDF(), layout.Options{Name: "deep.pdf"})
	if CauseOf(err) != CauseStackOverflow || !strings.Contains(err.Error(), "deep.pdf") || !strings.Contains(err.Error(), "child killed: stack overflow") {
		t.Errorf("got %v, want the stack overflow through layout.Parse", err)
	}
}
