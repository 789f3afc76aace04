// Package pdf reads PDF documents into layout blocks safely. The text layer
// (package pdftext) runs in a child process — this executable re-run with the
// hidden subcommand ChildCommand — under a wall-clock and a memory limit, so a
// file that hangs the parser, overflows its stack or eats memory becomes a
// per-document *Error and the run goes on. Children are pooled: one serves many
// documents in turn, and one that fails a document is killed and replaced
// (pool.go); CloseChildren stops them. Pages whose text looks like mojibake
// (JudgePage) are re-extracted with poppler's pdftotext when it is installed,
// and the document's warnings say which engine produced which pages.
//
// Binaries that parse PDFs must let the child half run: jplan has the hidden
// subcommand; test binaries call ServeChildIfRequested first in TestMain.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"jplan/internal/layout"
	pdftext "jplan/internal/pdf/text"
	"jplan/internal/plan"
)

// Engine labels used in warnings.
const (
	engineText      = "text layer"
	enginePdftotext = "pdftotext"
	engineNone      = "no text" // neither engine produced text for the page
)

// Parse reads a PDF into a layout document: the text layer in an isolated child,
// then pdftotext for the pages the garbage detector flags (or for the whole
// document when the text layer rejects it as malformed, finds no pages or
// fails on every page). A hostile file (hang, crash, stack overflow, memory)
// is an *Error and is not given to pdftotext. jplan reads Japanese municipal documents, so every document is judged as
// Japanese (accented Latin letters count as mojibake). Parse is safe for
// concurrent use; bounding how many documents run at once is the caller's job.
func Parse(ctx context.Context, data []byte, name string, opt Options) (*layout.Document, error) {
	res, err := ParseIsolated(ctx, data, name, opt)
	if err != nil {
		if CauseOf(err) != CauseParse {
			return nil, err
		}
		return parseWithoutTextLayer(ctx, data, name, opt, err)
	}
	if detail := unreadable(res); detail != "" {
		return parseWithoutTextLayer(ctx, data, name, opt, &Error{Name: name, Cause: CauseParse, Detail: detail})
	}
	doc := res.Doc
	doc.Format = plan.FormatPDF
	if doc.Name == "" {
		doc.Name = name
	}
	flagged := judgeDocument(res)
	if len(flagged) == 0 {
		return doc, nil
	}
	sources := rescuePages(ctx, data, name, opt, doc, flagged)
	if err := ctx.Err(); err != nil { // the caller gave up during the fallback
		return nil, &Error{Name: name, Cause: CauseCanceled, Err: context.Cause(ctx)}
	}
	doc.Warnings = append(doc.Warnings, describeSources(sources, pageCount(res)))
	return doc, nil
}

// parseWithoutTextLayer is the whole-document fallback for a file the text layer
// could not read (malformed, unsupported): pdftotext for every page, under the
// same limits. When that fails too, the text layer's error is returned with
// pdftotext's reason added.
func parseWithoutTextLayer(ctx context.Context, data []byte, name string, opt Options, textErr error) (*layout.Document, error) {
	var pe *Error
	errors.As(textErr, &pe)
	engine, err := newFallback(opt)
	if err != nil {
		return nil, withFallbackNote(pe, "fallback unavailable: "+err.Error())
	}
	pages, err := engine.pages(ctx, data, name, nil)
	if ctx.Err() != nil {
		return nil, &Error{Name: name, Cause: CauseCanceled, Err: context.Cause(ctx)}
	}
	if err != nil {
		return nil, withFallbackNote(pe, strings.TrimPrefix(err.Error(), "pdf: "+name+": "))
	}
	doc := &layout.Document{Name: name, Format: plan.FormatPDF, Pages: len(pages), Blocks: []layout.Block{}}
	chars := 0
	for p := 1; p <= len(pages); p++ {
		doc.Blocks = append(doc.Blocks, textBlocks(pages[p], p)...)
		chars += countText(pages[p]).total
	}
	if chars == 0 {
		return nil, withFallbackNote(pe, "pdftotext found no text either")
	}
	doc.Warnings = []string{fmt.Sprintf("%s: %s (reason: text layer failed: %s)",
		pageSpan(1, len(pages)), enginePdftotext, pe.detailOrErr())}
	return doc, nil
}

// unreadable says why the text layer's result is no document at all — no pages,
// or an error on every page — and "" when at least one page was read.
func unreadable(res *pdftext.Result) string {
	if len(res.Pages) == 0 && res.Doc.Pages == 0 {
		return "no pages found"
	}
	for _, st := range res.Pages {
		if st.Err == "" {
			return ""
		}
	}
	if len(res.Pages) == 0 {
		return ""
	}
	return fmt.Sprintf("no page could be read (page %d: %s)", res.Pages[0].Page, res.Pages[0].Err)
}

func withFallbackNote(pe *Error, note string) *Error {
	e := *pe
	e.Detail = pe.detailOrErr() + "; " + note
	e.Err = pe.Err
	return &e
}

// judgeDocument returns the reason each flagged page needs another engine,
// keyed by page number: a page the text layer lost, or whose text is mojibake.
func judgeDocument(res *pdftext.Result) map[int]string {
	texts := pageTexts(res.Doc)
	flagged := map[int]string{}
	for _, st := range res.Pages {
		if st.Err != "" {
			flagged[st.Page] = "text layer failed: " + st.Err
			continue
		}
		if v := JudgePage(texts[st.Page], st.TextOps, true); v.Garbage {
			flagged[st.Page] = v.Reason
		}
	}
	return flagged
}

// pageTexts concatenates the text of every block (and table cell) per page.
func pageTexts(doc *layout.Document) map[int]string {
	var sb = map[int]*strings.Builder{}
	for _, b := range doc.Blocks {
		w := sb[b.Pos.Page]
		if w == nil {
			w = &strings.Builder{}
			sb[b.Pos.Page] = w
		}
		w.WriteString(b.Text)
		w.WriteByte('\n')
		for _, row := range b.Rows {
			for _, c := range row {
				if !c.Span {
					w.WriteString(c.Text)
					w.WriteByte('\n')
				}
			}
		}
	}
	out := make(map[int]string, len(sb))
	for p, w := range sb {
		out[p] = w.String()
	}
	return out
}

func pageCount(res *pdftext.Result) int {
	return max(res.Doc.Pages, len(res.Pages))
}
