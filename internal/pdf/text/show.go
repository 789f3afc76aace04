package pdftext

import "math"

// show renders a string: each code becomes a glyph positioned through the
// text rendering matrix, then the text matrix advances (PDF 9.4.4).
func (in *interp) show(s string) {
	f := in.gs.font
	if f == nil || s == "" {
		return
	}
	gs := &in.gs
	for len(s) > 0 {
		g, n := f.next(s)
		s = s[n:]
		trm := matrix{gs.size * gs.th, 0, 0, gs.size, 0, gs.ts}.mul(in.tm.mul(gs.ctm))
		if g.text != "" {
			in.addGlyph(g, trm, f.vertical)
		}
		if f.vertical {
			ty := -gs.size + gs.tc
			if g.space {
				ty += gs.tw
			}
			in.tm = in.tm.translate(0, ty)
			continue
		}
		tx := g.width*gs.size + gs.tc
		if g.space {
			tx += gs.tw
		}
		in.tm = in.tm.translate(tx*gs.th, 0)
	}
}

// showArray renders a TJ array: strings, and numbers that move the text
// position back by thousandths of the font size.
func (in *interp) showArray(a token) {
	if a.kind != '[' {
		return
	}
	for _, v := range a.items {
		switch v.kind {
		case 's':
			in.show(v.str)
		case 'n':
			adj := -v.num / 1000 * in.gs.size
			if math.IsNaN(adj) || math.IsInf(adj, 0) {
				continue
			}
			if in.gs.font != nil && in.gs.font.vertical {
				in.tm = in.tm.translate(0, adj)
			} else {
				in.tm = in.tm.translate(adj*in.gs.th, 0)
			}
		}
	}
}

// addGlyph records one glyph's box in display space. Horizontal glyphs span
// the advance width and from the descender (-0.12 em) to the ascender
// (0.88 em); vertical glyphs are centred on the origin and extend one em down.
func (in *interp) addGlyph(g glyphCode, trm matrix, vertical bool) {
	var x0, y0, x1, y1 float64
	if vertical {
		x0, y0, x1, y1 = -0.5, -1, 0.5, 0
	} else {
		x0, y0, x1, y1 = 0, -0.12, g.width, 0.88
		if x1 <= 0 {
			x1 = 0.01
		}
	}
	ax, ay := trm.apply(x0, y0)
	bx, by := trm.apply(x1, y1)
	cx, cy := trm.apply(x0, y1)
	dx, dy := trm.apply(x1, y0)
	minX, maxX := min(ax, bx, cx, dx), max(ax, bx, cx, dx)
	minY, maxY := min(ay, by, cy, dy), max(ay, by, cy, dy)
	size := math.Hypot(trm[2], trm[3])
	if !(size > 0) || math.IsInf(size, 0) || math.IsNaN(minX+minY+maxX+maxY) {
		return
	}
	in.glyphs = append(in.glyphs, glyph{
		text: foldGlyph(g.text), x: minX, y: minY, w: maxX - minX, h: maxY - minY,
		size: size, vertical: vertical,
	})
}
