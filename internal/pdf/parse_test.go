package pdf

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"jplan/internal/layout"
)

func needPdftotext(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (make deps installs poppler-utils): skipping the fallback test")
	}
}

// TestRescueGarbledAndLostPages: the text layer garbles page 2 and loses page 3
// of a real PDF; real pdftotext re-extracts exactly those pages, page 1 stays.
func TestRescueGarbledAndLostPages(t *testing.T) {
	needPdftotext(t)
	opt := Options{Command: selfCommand(t, "canned"), Timeout: 10 * time.Second}
	doc, err := Parse(context.Background(), cannedPDF(), "canned.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	type pt struct {
		page int
		text string
	}
	var got []pt
	for _, b := range doc.Blocks {
		got = append(got, pt{b.Pos.Page, b.Text})
	}
	want := []pt{
		{1, "Page one: goals of the year"},
		{1, "second line of page one"},
		{2, "Page two: indicators and targets"},
		{3, "Page three: evaluation"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n got %+v\nwant %+v", got, want)
	}
	if doc.Blocks[0].Kind != layout.Heading {
		t.Errorf("page 1 was rebuilt: first block %+v", doc.Blocks[0])
	}
	wantWarn := "page 1: text layer; page 2: pdftotext (reason: 42% U+FFFD or control characters); " +
		"page 3: pdftotext (reason: text layer failed: panic: injected page failure)"
	if len(doc.Warnings) != 1 || doc.Warnings[0] != wantWarn {
		t.Errorf("warnings %q\nwant [%q]", doc.Warnings, wantWarn)
	}
}

func TestRescueWithoutPdftotext(t *testing.T) {
	for _, c := range []struct{ bin, note string }{
		{"-", "fallback unavailable: pdftotext disabled"},
		{"/nonexistent/pdftotext", "fallback failed: pdftotext (pages 2-3): fork/exec /nonexistent/pdftotext: no such file or directory"},
	} {
		opt := Options{Command: selfCommand(t, "canned"), Pdftotext: c.bin}
		doc, err := Parse(context.Background(), cannedPDF(), "canned.pdf", opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) != 3 || doc.Blocks[2].Pos.Page != 2 {
			t.Errorf("%s: blocks changed without a fallback: %+v", c.bin, doc.Blocks)
		}
		want := "page 1: text layer; page 2: text layer (42% U+FFFD or control characters; " + c.note + "); " +
			"page 3: no text (text layer failed: panic: injected page failure; " + c.note + ")"
		if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
			t.Errorf("warnings %q\nwant [%q]", doc.Warnings, want)
		}
	}
}

// newsletterPDF is seed 002 as a newsletter page printed by Chromium (Type3
// fonts, a three-column grid), from the bundled corpus.
const newsletterPDF = "../../corpus/seeds/002_14af7f8c1c2b8dac.chromium.pdf"

// TestRescueJapanesePage: a page the text layer decoded as Latin-1 mojibake is
// replaced by pdftotext's Japanese text from the real newsletter PDF.
func TestRescueJapanesePage(t *testing.T) {
	needPdftotext(t)
	data, err := os.ReadFile(newsletterPDF)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Command: selfCommand(t, "mojibake"), Timeout: 20 * time.Second}
	doc, err := Parse(context.Background(), data, "002.chromium.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, b := range doc.Blocks {
		if b.Pos.Page != 1 || b.Kind != layout.Paragraph {
			t.Errorf("block %+v: want page-1 paragraphs", b)
		}
		all.WriteString(b.Text)
	}
	text := strings.Join(strings.Fields(all.String()), "")
	for _, want := range []string{"各部の取り組みを紹介します", "「各部の運営方針と目標」を策定しました",
		"企画部", "総務部", "市民部", "生活環境部", "健康福祉部", "子ども政策部", "都市整備部", "教育部",
		"☞北野ハピネスセンター", "※震災時に優先的に取り組む業務"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext text lacks %q", want)
		}
	}
	if v := JudgePage(all.String(), 0, true); v.Garbage {
		t.Errorf("the rescued page is itself garbage: %s", v.Reason)
	}
	want := "page 1: pdftotext (reason: 33% accented Latin letters in a Japanese document)"
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
		t.Errorf("warnings %q, want [%q]", doc.Warnings, want)
	}
}

// TestNoPdftotextOnPath: the warning says the fallback was unavailable.
func TestNoPdftotextOnPath(t *testing.T) {
	cmd := selfCommand(t, "canned")
	envBin, err := exec.LookPath(cmd[0])
	if err != nil {
		t.Fatal(err)
	}
	cmd[0] = envBin
	t.Setenv("PATH", t.TempDir())
	doc, err := Parse(context.Background(), cannedPDF(), "canned.pdf", Options{Command: cmd})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || strings.Count(doc.Warnings[0], "fallback unavailable: pdftotext not found on PATH") != 2 {
		t.Errorf("warnings %q", doc.Warnings)
	}
}

// TestWholeDocumentFallback: when the text layer rejects a file (a parse error,
// not a hostile failure), pdftotext reads every page.
func TestWholeDocumentFallback(t *testing.T) {
	needPdftotext(t)
	opt := Options{Command: selfCommand(t, "panic"), Timeout: 10 * time.Second}
	doc, err := Parse(context.Background(), cannedPDF(), "rejected.pdf", opt)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != 3 || len(doc.Blocks) != 3 || doc.Blocks[2].Text != "Page three: evaluation" || doc.Blocks[2].Pos.Page != 3 {
		t.Errorf("doc %+v", doc)
	}
	want := "pages 1-3: pdftotext (reason: text layer failed: panic: injected panic in parse)"
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
		t.Errorf("warnings %q, want [%q]", doc.Warnings, want)
	}

	_, err = Parse(context.Background(), []byte("%PDF-1.4 not really"), "junk.pdf", opt)
	if CauseOf(err) != CauseParse || !strings.HasPrefix(err.Error(), "pdf: junk.pdf: text layer: panic: injected panic in parse; pdftotext") {
		t.Errorf("junk: got %v, want the text layer's error with pdftotext's", err)
	}
}

// TestHostileIsNotRetried: a timeout is final; pdftotext is not run on the file.
func TestHostileIsNotRetried(t *testing.T) {
	opt := Options{Command: selfCommand(t, "stack"), Pdftotext: "/nonexistent/must-not-run"}
	_, err := Parse(context.Background(), cannedPDF(), "deep.pdf", opt)
	if err == nil || err.Error() != "pdf: deep.pdf: child killed: stack overflow" {
		t.Fatalf("got %v", err)
	}
}

func TestReplacePages(t *testing.T) {
	blk := func(p int, s string) layout.Block { return layout.Block{Text: s, Pos: layout.Pos{Page: p}} }
	blocks := []layout.Block{blk(0, "meta"), blk(1, "a"), blk(1, "b"), blk(3, "c"), blk(5, "d")}
	got := replacePages(blocks, map[int][]layout.Block{
		1: {blk(1, "A")},
		2: {blk(2, "B")}, // had no blocks
		5: {blk(5, "D1"), blk(5, "D2")},
		6: {blk(6, "F")}, // after the last block
	})
	var s []string
	for _, b := range got {
		s = append(s, b.Text)
	}
	if want := []string{"meta", "A", "B", "c", "D1", "D2", "F"}; !reflect.DeepEqual(s, want) {
		t.Errorf("got %q, want %q", s, want)
	}
}

func TestDescribeSources(t *testing.T) {
	labels := map[int]string{4: "pdftotext (reason: x)", 5: "pdftotext (reason: x)", 7: "pdftotext (reason: y)"}
	got := describeSources(labels, 8)
	want := "pages 1-3: text layer; pages 4-5: pdftotext (reason: x); page 6: text layer; page 7: pdftotext (reason: y); page 8: text layer"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTextBlocks(t *testing.T) {
	got := textBlocks("  部の使命  と目標\n第２行\n\n\n  ①市内成婚数 \n", 4)
	want := []layout.Block{
		{Kind: layout.Paragraph, Text: "部の使命 と目標\n第２行", Pos: layout.Pos{Page: 4}},
		{Kind: layout.Paragraph, Text: "①市内成婚数", Pos: layout.Pos{Page: 4}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v", got)
	}
}

func TestPageRanges(t *testing.T) {
	got := pageRanges([]int{1, 2, 3, 5, 7, 8})
	if want := [][2]int{{1, 3}, {5, 5}, {7, 8}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v", got)
	}
}

// TestCanceledDuringFallback: a caller that gives up while pdftotext runs gets
// a cancellation, not a document with a "fallback failed" warning.
func TestCanceledDuringFallback(t *testing.T) {
	dir := t.TempDir()
	slow := dir + "/pdftotext"
	if err := os.WriteFile(slow, []byte("#!/bin/sh\nsleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(1500*time.Millisecond, cancel)
	start := time.Now()
	_, err := Parse(ctx, cannedPDF(), "c.pdf", Options{Command: selfCommand(t, "canned"), Pdftotext: slow})
	if CauseOf(err) != CauseCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want a cancellation", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("took %v after cancel: pdftotext was not killed", time.Since(start))
	}
}
