package pdftext

import (
	"errors"
	"math"

	"github.com/ledongthuc/pdf"
)

// Limits that keep a hostile content stream from running without end.
const (
	maxOpsPerPage      = 4_000_000 // operators interpreted per page, forms included
	maxXObjectsPerPage = 2_000     // Form XObjects entered per page
	maxGStateDepth     = 1024      // q nesting kept; deeper pushes are counted only
	maxGlyphsPerPage   = 1_000_000
)

// errBudget aborts a page whose content exceeds the limits above.
var errBudget = errors.New("content stream exceeds the interpreter's limits")

// glyph is one shown character in display space (points, origin top-left,
// y downwards).
type glyph struct {
	text       string
	x, y, w, h float64 // bounding box
	size       float64 // em in display units
	vertical   bool    // WMode 1 font
}

// gstate is the part of the graphics state the text layer needs; PDF saves
// the text state with q/Q too.
type gstate struct {
	ctm                      matrix
	font                     *font
	size, tc, tw, th, tl, ts float64
}

// interp runs one page's content stream (and the forms it draws).
type interp struct {
	doc      *docState
	fonts    map[string]*font // by resource name within res; nil until first Tf
	fontDict pdf.Value        // res's /Font
	res      pdf.Value
	gs       gstate
	saved    []gstate
	overflow int // q beyond maxGStateDepth not saved
	tm, tlm  matrix
	glyphs   []glyph
	stat     *PageStat
	depth    int
	forms    int
	ops      int
}

func newInterp(doc *docState, res pdf.Value, base matrix, stat *PageStat) *interp {
	return &interp{
		doc: doc, res: res, stat: stat,
		gs: gstate{ctm: base, th: 1},
	}
}

// run interprets a content stream (a stream or an array of streams).
func (in *interp) run(content pdf.Value) {
	lx := lexer{src: contentBytes(content)}
	var args []token
	for {
		t, ok := lx.next()
		if !ok {
			return
		}
		if t.kind != 'k' {
			if len(args) >= maxOperands { // junk without an operator
				args = args[:0]
			}
			args = append(args, t)
			continue
		}
		in.do(t.str, args)
		args = args[:0]
	}
}

func (in *interp) do(op string, args []token) {
	in.ops++
	if in.ops > maxOpsPerPage || len(in.glyphs) > maxGlyphsPerPage {
		panic(errBudget)
	}
	switch op {
	case "Tj", "TJ", "'", "\"":
		in.stat.TextOps++
	}
	switch op {
	case "q":
		in.save()
	case "Q":
		in.restore()
	case "cm":
		if m, ok := matrixOf(args); ok {
			in.gs.ctm = m.mul(in.gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		if len(args) == 2 {
			in.gs.font = in.font(args[0].str)
			in.gs.size = finite(args[1].num)
		}
	case "Td", "TD":
		if len(args) == 2 {
			tx, ty := finite(args[0].num), finite(args[1].num)
			if op == "TD" {
				in.gs.tl = -ty
			}
			in.tlm = in.tlm.translate(tx, ty)
			in.tm = in.tlm
		}
	case "Tm":
		if m, ok := matrixOf(args); ok {
			in.tm, in.tlm = m, m
		}
	case "T*":
		in.nextLine()
	case "Tc", "Tw", "Tz", "TL", "Ts":
		if len(args) == 1 {
			in.setTextState(op, args[0].num)
		}
	case "Tj":
		if len(args) == 1 {
			in.show(args[0].str)
		}
	case "'":
		if len(args) == 1 {
			in.nextLine()
			in.show(args[0].str)
		}
	case "\"":
		if len(args) == 3 {
			in.gs.tw, in.gs.tc = finite(args[0].num), finite(args[1].num)
			in.nextLine()
			in.show(args[2].str)
		}
	case "TJ":
		if len(args) == 1 {
			in.showArray(args[0])
		}
	case "Do":
		if len(args) == 1 {
			in.drawForm(args[0].str)
		}
	}
}

func (in *interp) save() {
	if len(in.saved) >= maxGStateDepth {
		in.overflow++
		return
	}
	in.saved = append(in.saved, in.gs)
}

func (in *interp) restore() {
	if in.overflow > 0 {
		in.overflow--
		return
	}
	if n := len(in.saved); n > 0 {
		in.gs = in.saved[n-1]
		in.saved = in.saved[:n-1]
	}
}

func (in *interp) setTextState(op string, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	switch op {
	case "Tc":
		in.gs.tc = v
	case "Tw":
		in.gs.tw = v
	case "Tz":
		in.gs.th = v / 100
	case "TL":
		in.gs.tl = v
	case "Ts":
		in.gs.ts = v
	}
}

func (in *interp) nextLine() {
	in.tlm = in.tlm.translate(0, -in.gs.tl)
	in.tm = in.tlm
}

// matrixOf reads six numbers.
func matrixOf(args []token) (matrix, bool) {
	if len(args) != 6 {
		return matrix{}, false
	}
	var m matrix
	for i, a := range args {
		if a.kind != 'n' {
			return matrix{}, false
		}
		m[i] = a.num
	}
	return m, m.finite()
}

// finite replaces a number too large to position anything with 0.
func finite(v float64) float64 {
	if v != v || v > 1e9 || v < -1e9 {
		return 0
	}
	return v
}

// font resolves a font resource name, loading it once per document. Pages
// whose /Font dictionaries print the same (the same names for the same
// objects) share one name → font map, so nothing is resolved again.
func (in *interp) font(name string) *font {
	if in.fonts == nil {
		in.fontDict = in.res.Key("Font")
		in.fonts = in.doc.fontSet(in.fontDict)
	}
	if f, ok := in.fonts[name]; ok {
		return f
	}
	d := in.fontDict.Key(name)
	var f *font
	if d.Kind() == pdf.Dict {
		f = in.doc.font(d)
	}
	in.fonts[name] = f
	return f
}

// drawForm runs a Form XObject with its own resources and matrix.
func (in *interp) drawForm(name string) {
	x := in.res.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	if in.depth >= in.doc.maxDepth {
		return
	}
	in.forms++
	if in.forms > maxXObjectsPerPage {
		panic(errBudget)
	}
	outerRes, outerFonts, outerFontDict := in.res, in.fonts, in.fontDict
	outerGS, outerSaved, outerOverflow := in.gs, in.saved, in.overflow
	outerTM, outerTLM := in.tm, in.tlm
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		in.res, in.fonts = r, nil
	}
	if m, ok := matrixOf(matrixTokens(x.Key("Matrix"))); ok {
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	in.saved, in.overflow = nil, 0
	in.depth++
	in.run(x)
	in.depth--
	in.res, in.fonts, in.fontDict = outerRes, outerFonts, outerFontDict
	in.gs, in.saved, in.overflow = outerGS, outerSaved, outerOverflow
	in.tm, in.tlm = outerTM, outerTLM
}

// matrixTokens reads a /Matrix array as number tokens.
func matrixTokens(a pdf.Value) []token {
	if a.Kind() != pdf.Array || a.Len() != 6 {
		return nil
	}
	out := make([]token, 6)
	for i := range out {
		v := a.Index(i)
		if k := v.Kind(); k == pdf.Integer || k == pdf.Real {
			out[i] = token{kind: 'n', num: v.Float64()}
		}
	}
	return out
}
