// Package pdftext is jplan's own text layer for PDF: a text-state interpreter on
// top of github.com/ledongthuc/pdf's exported object API (Reader, Page, Value,
// Interpret) that decodes Japanese fonts correctly (ToUnicode first with a
// per-code fallback, predefined Japanese CMaps, Adobe-Japan1 CIDs, Type3 fonts),
// follows Form XObjects, and turns the positioned text of each page into
// layout blocks (paragraphs and tables) in content-stream reading order.
//
// Parse is pure (no I/O beyond the byte slice) and recovers panics per page,
// so one bad page loses that page only. Isolation from hostile files (child
// process, limits) and the pdftotext fallback live in internal/pdf.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"

	"jplan/internal/layout"
)

// Options tunes Parse. The zero value is usable.
type Options struct {
	// MaxXObjectDepth limits nesting of Form XObjects (Do inside Do); 0 means 8.
	MaxXObjectDepth int
	// Name names the document in errors and warnings (a file name or URL).
	Name string
}

// Result is the text layer of one PDF.
type Result struct {
	// Doc has Format "pdf", Pages set and Blocks with Pos.Page/X/Y/W/H.
	Doc *layout.Document
	// Pages has one entry per page, in page order.
	Pages []PageStat
}

// PageStat says what the interpreter saw on one page; the caller uses it to
// decide whether a page's text is garbage and needs another engine.
type PageStat struct {
	Page    int    // 1-based page number
	TextOps int    // text-showing operators seen (Tj, TJ, ', ")
	Runes   int    // runes produced
	Err     string // recovered panic or error on this page, "" if fine
}

// Error is a failure to read a document (Page 0) or one of its pages.
type Error struct {
	Name string // the document, as Options.Name
	Page int    // 1-based page, 0 for the document as a whole
	Err  error
}

func (e *Error) Error() string {
	name := e.Name
	if name == "" {
		name = "pdf"
	}
	if e.Page > 0 {
		return fmt.Sprintf("pdftext: %s: page %d: %v", name, e.Page, e.Err)
	}
	return fmt.Sprintf("pdftext: %s: %v", name, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNotPDF is wrapped when the bytes have no %PDF- header.
var ErrNotPDF = errors.New("no %PDF- header in the first 1024 bytes")

// Parse extracts the text layer of a PDF as layout blocks. It recovers panics per page.
func Parse(data []byte, opt Options) (*Result, error) {
	data, err := normalizeHeader(data)
	if err != nil {
		return nil, &Error{Name: opt.Name, Err: err}
	}
	r, err := openReader(data)
	if err != nil {
		return nil, &Error{Name: opt.Name, Err: err}
	}
	doc := &layout.Document{Name: opt.Name, Format: "pdf", Blocks: []layout.Block{}}
	res := &Result{Doc: doc}
	trailer := r.Trailer()
	doc.Title = safeText(func() string { return trailer.Key("Info").Key("Title").Text() })
	refs, err := pageRefs(trailer)
	if err != nil {
		return nil, &Error{Name: opt.Name, Err: err}
	}
	state := newDocState(opt)
	var prevCols []float64
	lastTable := -1
	for i, ref := range refs {
		stat := PageStat{Page: i + 1}
		pb, err := parsePage(state, ref, &stat, prevCols)
		if err != nil {
			stat.Err = err.Error()
			doc.Warnings = append(doc.Warnings, (&Error{Name: opt.Name, Page: i + 1, Err: err}).Error())
		}
		if pb.cont != nil && lastTable >= 0 {
			doc.Blocks = carryRow(doc.Blocks, lastTable, &pb)
		}
		doc.Blocks = append(doc.Blocks, pb.blocks...)
		prevCols, lastTable = pb.endCols, -1
		if prevCols != nil {
			lastTable = len(doc.Blocks) - 1
		}
		res.Pages = append(res.Pages, stat)
	}
	doc.Pages = len(refs)
	return res, nil
}

// normalizeHeader drops bytes before %PDF- and lets PDF 2.0 (and other
// versions ledongthuc/pdf refuses) through as 1.7; the offsets stay valid.
func normalizeHeader(data []byte) ([]byte, error) {
	i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if i < 0 || len(data)-i < 9 {
		return nil, ErrNotPDF
	}
	data = data[i:]
	h := data[:9]
	if string(h[:7]) == "%PDF-1." && h[7] >= '0' && h[7] <= '7' && (h[8] == '\n' || h[8] == '\r') {
		return data, nil
	}
	fixed := bytes.Clone(data)
	copy(fixed[5:8], "1.7")
	if fixed[8] != '\n' && fixed[8] != '\r' {
		fixed[8] = '\n'
	}
	return fixed, nil
}

func openReader(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("open: %v", p)
		}
	}()
	r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	return r, nil
}

func pageRefs(trailer pdf.Value) (refs []pageRef, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("page tree: %v", p)
		}
	}()
	return pages(trailer.Key("Root").Key("Pages")), nil
}

func safeText(f func() string) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return f()
}

// parsePage interprets one page and builds its blocks; a panic becomes an
// error for this page only.
func parsePage(state *docState, ref pageRef, stat *PageStat, prevCols []float64) (pb pageBlocks, err error) {
	defer func() {
		if p := recover(); p != nil {
			pb = pageBlocks{}
			if e, ok := p.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", p)
			}
		}
	}()
	base, _, _ := displayMatrix(ref.mediaBox, ref.rotate)
	in := newInterp(state, ref.resources, base, stat)
	in.run(ref.dict.Key("Contents"))
	for _, g := range in.glyphs {
		stat.Runes += utf8.RuneCountInString(g.text)
	}
	return buildBlocks(in.glyphs, stat.Page, prevCols), nil
}

// carryRow joins a table row broken by a page end: the row leaves the
// previous page's table, takes the continued text into its cells and opens
// the new page (as the first row of the page's leading table, or as a table
// of its own). The row moves rather than the text so that every page keeps
// text of its own, which per-page checks of the text layer rely on.
func carryRow(blocks []layout.Block, table int, pb *pageBlocks) []layout.Block {
	t := &blocks[table]
	if len(t.Rows) == 0 {
		return blocks
	}
	row := t.Rows[len(t.Rows)-1]
	t.Rows = t.Rows[:len(t.Rows)-1]
	if len(t.Rows) == 0 {
		blocks = append(blocks[:table], blocks[table+1:]...)
	}
	for k, text := range pb.cont {
		if text == "" || k >= len(row) {
			continue
		}
		if row[k].Text != "" {
			row[k].Text += "\n"
		}
		row[k].Text += text
	}
	if len(pb.blocks) > 0 && pb.blocks[0].Kind == layout.Table {
		first := &pb.blocks[0]
		first.Rows = append([][]layout.Cell{row}, first.Rows...)
		first.Pos = unionPos(pb.contPos, first.Pos)
		return blocks
	}
	carried := layout.Block{Kind: layout.Table, Rows: [][]layout.Cell{row}, Pos: pb.contPos}
	pb.blocks = append([]layout.Block{carried}, pb.blocks...)
	return blocks
}

// unionPos is the box around two positions on one page.
func unionPos(a, b layout.Pos) layout.Pos {
	x0, y0 := min(a.X, b.X), min(a.Y, b.Y)
	x1, y1 := max(a.X+a.W, b.X+b.W), max(a.Y+a.H, b.Y+b.H)
	a.X, a.Y, a.W, a.H = x0, y0, round2(x1-x0), round2(y1-y0)
	return a
}
