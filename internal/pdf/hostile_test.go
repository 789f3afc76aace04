package pdf

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jplan/internal/layout"
)

// TestHostileFiles feeds every file of testdata/hostile (each hangs or crashes
// github.com/ledongthuc/pdf) through Parse with the real child — this test
// binary running the real text layer — and checks that each ends within the
// limit as a per-document error that names the file and its cause, and that
// this process goes on to parse a good file afterwards. The one other outcome
// allowed: the text layer gave up on every page without harm and pdftotext
// read the file; then the warning must say so for every page.
func TestHostileFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/hostile/*.pdf")
	if err != nil || len(files) < 5 {
		t.Fatalf("hostile fixtures missing: %v %v", files, err)
	}
	const limit = 3 * time.Second
	opt := Options{Command: selfCommand(t, ""), Timeout: limit, MemoryLimit: 512 << 20}
	t.Run("group", func(t *testing.T) {
		for _, f := range files {
			t.Run(filepath.Base(f), func(t *testing.T) {
				t.Parallel()
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				name := filepath.Base(f)
				start := time.Now()
				doc, err := Parse(context.Background(), data, name, opt)
				elapsed := time.Since(start)
				if err != nil {
					t.Logf("%v (after %v)", err, elapsed.Round(time.Millisecond))
					assertDocumentError(t, err, name)
				} else {
					t.Logf("read by the fallback: %q (after %v)", doc.Warnings, elapsed.Round(time.Millisecond))
					assertAllPdftotext(t, doc)
				}
				if elapsed > limit+2*time.Second {
					t.Errorf("took %v, limit %v", elapsed, limit)
				}
			})
		}
	})
	// The run goes on: a good document still parses in the same process.
	res, err := ParseIsolated(context.Background(), cannedPDF(), "after.pdf", Options{Command: selfCommand(t, "canned")})
	if err != nil || res.Doc.Pages != 3 {
		t.Fatalf("after the hostile files: %v", err)
	}
}

// assertAllPdftotext checks that the warning says pdftotext produced every page
// because the text layer failed.
func assertAllPdftotext(t *testing.T, doc *layout.Document) {
	t.Helper()
	want := fmt.Sprintf("%s: pdftotext (reason: text layer failed: ", pageSpan(1, doc.Pages))
	if doc.Pages == 0 || len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], want) {
		t.Errorf("a hostile file parsed without error, and the warnings %q do not start with %q", doc.Warnings, want)
	}
}

// assertDocumentError checks the shape every per-document PDF error has: an
// *Error with a known cause whose message starts with "pdf: NAME: " and says the
// cause in words.
func assertDocumentError(t *testing.T, err error, name string) {
	t.Helper()
	words := map[Cause]string{
		CauseParse:         "text layer: ",
		CauseTimeout:       "timed out after ",
		CauseStackOverflow: "child killed: stack overflow",
		CauseOutOfMemory:   "child killed: out of memory",
		CauseCrash:         "child crashed: ",
		CauseSignal:        "child killed by signal: ",
	}
	c := CauseOf(err)
	w, ok := words[c]
	if !ok {
		t.Fatalf("error %q has cause %v, want one of the document causes", err, c)
	}
	if !strings.HasPrefix(err.Error(), "pdf: "+name+": "+w) {
		t.Errorf("error %q does not start with %q", err, "pdf: "+name+": "+w)
	}
}
