package pdftext

import "math"

// overprintSnap is how close (in points) a second copy of a glyph must be to
// count as overprinting: producers fake bold by drawing the same text twice
// or more, shifted by a fraction of a point.
const overprintSnap = 1.0

// cellKey is a glyph's text on a one-point grid.
type cellKey struct {
	text string
	x, y int32
}

// dropOverprint removes glyphs that repeat an earlier glyph's text at
// (almost) the same place, keeping the first. It works in place.
func dropOverprint(gs []glyph) []glyph {
	seen := make(map[cellKey]bool, len(gs))
	out := gs[:0]
	for _, g := range gs {
		x, y := int32(math.Floor(g.x/overprintSnap)), int32(math.Floor(g.y/overprintSnap))
		dup := false
		for dx := int32(-1); dx <= 1 && !dup; dx++ {
			for dy := int32(-1); dy <= 1 && !dup; dy++ {
				dup = seen[cellKey{g.text, x + dx, y + dy}]
			}
		}
		if dup && g.text != " " {
			continue
		}
		seen[cellKey{g.text, x, y}] = true
		out = append(out, g)
	}
	return out
}
