package pdf

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"jplan/internal/layout"
	pdftext "jplan/internal/pdf/text"
)

// envMisbehave tells a child started by these tests how to fail. It does not
// start with JPLAN_PDF_ because the parent strips those from the child's
// environment; tests pass it with `env NAME=VALUE` in Options.Command.
const envMisbehave = "JPLAN_TEST_PDF_MISBEHAVE"

// TestMain is the standard re-exec trick: ParseIsolated re-runs this test binary
// as the child, and here the child half runs instead of the tests.
func TestMain(m *testing.M) {
	if IsChild() {
		childHook = misbehave(os.Getenv(envMisbehave))
		ServeChildIfRequested()
	}
	os.Exit(m.Run())
}

// misbehave returns a child hook that fails in the named way.
func misbehave(mode string) func([]byte) {
	switch mode {
	case "hang":
		return func([]byte) { time.Sleep(time.Hour) }
	case "panic-goroutine": // a panic no recover in the child can catch
		return func([]byte) {
			go func() { panic("injected panic outside the page loop") }()
			time.Sleep(time.Hour)
		}
	case "panic": // a panic in the parse call itself, recovered by the child
		return func([]byte) { panic("injected panic in parse") }
	case "stack":
		return func([]byte) { recurse(0) }
	case "oom":
		return func([]byte) {
			var keep [][]byte
			for {
				b := make([]byte, 32<<20)
				for i := range b {
					b[i] = byte(i)
				}
				keep = append(keep, b)
			}
		}
	case "garbage-out":
		return func([]byte) {
			os.Stdout.WriteString("this is not json\n")
			os.Exit(0)
		}
	case "canned": // a text layer that garbled page 2 and lost page 3 of cannedPDF
		return func([]byte) {
			json.NewEncoder(os.Stdout).Encode(childReply{Result: cannedResult()})
			os.Exit(0)
		}
	case "mojibake": // a one-page text layer that decoded Shift_JIS bytes as Windows-1252
		return func([]byte) {
			doc := &layout.Document{Format: "pdf", Pages: 1, Blocks: []layout.Block{
				{Kind: layout.Paragraph, Text: "ŠeŒ‚Ì‰^‰c•ûj‚Æ–Ú•W", Pos: layout.Pos{Page: 1}}}}
			res := &pdftext.Result{Doc: doc, Pages: []pdftext.PageStat{{Page: 1, TextOps: 3, Runes: 19}}}
			json.NewEncoder(os.Stdout).Encode(childReply{Result: res})
			os.Exit(0)
		}
	case "big-out": // a reply far larger than the test's reply limit
		return func([]byte) {
			os.Stdout.WriteString("{\"error\":\"" + strings.Repeat("x", 1<<20) + "\"}\n")
			os.Exit(0)
		}
	case "exit7":
		return func([]byte) { os.Exit(7) }
	case "selective": // a pooled child that fails only on documents marked so (pool_test.go)
		return func(data []byte) {
			switch {
			case bytes.HasPrefix(data, []byte(markHang)):
				time.Sleep(time.Hour)
			case bytes.HasPrefix(data, []byte(markCrash)):
				os.Exit(9)
			case bytes.HasPrefix(data, []byte(markStack)):
				recurse(0)
			case bytes.HasPrefix(data, []byte(markPanic)):
				panic("injected panic in parse")
			case bytes.HasPrefix(data, []byte(markGarbage)):
				os.Stdout.WriteString("not a reply\n") // and the real reply after it
			}
		}
	}
	return nil
}

// cannedPDF is a real three-page PDF; cannedResult is what a text layer that
// decoded page 1, garbled page 2 and panicked on page 3 would report for it.
func cannedPDF() []byte {
	return buildPDF(
		textPage("Page one: goals of the year", "second line of page one"),
		textPage("Page two: indicators and targets"),
		textPage("Page three: evaluation"))
}

func cannedResult() *pdftext.Result {
	return &pdftext.Result{
		Doc: &layout.Document{Format: "pdf", Pages: 3, Blocks: []layout.Block{
			{Kind: layout.Heading, Level: 1, Text: "Page one: goals of the year", Pos: layout.Pos{Page: 1, X: 72, Y: 70}},
			{Kind: layout.Paragraph, Text: "second line of page one", Pos: layout.Pos{Page: 1, X: 72, Y: 84}},
			{Kind: layout.Paragraph, Text: "\uFFFD\uFFFD\x01\x02 \uFFFDtargets", Pos: layout.Pos{Page: 2, X: 72, Y: 70}},
		}},
		Pages: []pdftext.PageStat{
			{Page: 1, TextOps: 2, Runes: 49},
			{Page: 2, TextOps: 1, Runes: 12},
			{Page: 3, TextOps: 0, Err: "panic: injected page failure"},
		},
	}
}

//go:noinline
func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	return recurse(n+1) + int(pad[(n+1)%256])
}
