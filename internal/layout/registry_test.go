package layout

import (
	"context"
	"errors"
	"strings"
	"testing"

	"jplan/internal/plan"
)

func TestRegisterPanics(t *testing.T) {
	for name, fn := range map[string]func(){
		"duplicate": func() { Register(plan.FormatHTML, parseHTML) },
		"empty":     func() { Register("", parseHTML) },
		"nil":       func() { Register("x-test-nil", nil) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Register %s did not panic", name)
				}
			}()
			fn()
		}()
	}
	got := strings.Join(Formats(), ",")
	if !strings.Contains(got, "html") || !strings.Contains(got, "text") {
		t.Errorf("Formats() = %s", got)
	}
}

func TestParseSniffsFromBytes(t *testing.T) {
	// A name that says .txt does not make an HTML page text, nor a .html name text HTML.
	doc, err := Parse(context.Background(), []byte("<!DOCTYPE html><html><body><h1>目標</h1></body></html>"),
		Options{Name: "page.txt", URL: "https://www.city.maniwa.lg.jp/x.html"})
	if err != nil || doc.Format != plan.FormatHTML || doc.URL != "https://www.city.maniwa.lg.jp/x.html" || doc.Name != "page.txt" {
		t.Fatalf("got %+v, %v", doc, err)
	}
	doc, err = Parse(context.Background(), []byte("目標\n・移住\n"), Options{Name: "page.html"})
	if err != nil || doc.Format != plan.FormatText {
		t.Fatalf("got %+v, %v", doc, err)
	}
}

func TestParseErrorsNameTheDocument(t *testing.T) {
	_, err := Parse(context.Background(), []byte("%PDF-1.7\n"), Options{Name: "report.pdf"})
	if _, registered := parsers[plan.FormatPDF]; !registered {
		if !errors.Is(err, ErrNoParser) {
			t.Fatalf("err = %v, want ErrNoParser", err)
		}
		var le *Error
		if !errors.As(err, &le) || le.Name != "report.pdf" || le.Format != plan.FormatPDF {
			t.Errorf("error %#v does not name the document and format", err)
		}
		if want := "layout: report.pdf (pdf): no parser registered"; err.Error() != want {
			t.Errorf("message %q, want %q", err.Error(), want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Parse(ctx, []byte("目標\n"), Options{Name: "late.txt"})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "late.txt") {
		t.Errorf("cancelled: %v", err)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "<html></html>"} {
		doc, err := Parse(context.Background(), []byte(in), Options{Name: "empty"})
		if err != nil || doc.Blocks == nil || len(doc.Blocks) != 0 {
			t.Errorf("%q: %+v, %v", in, doc, err)
		}
	}
}
