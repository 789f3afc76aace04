package pdftext

// Overprinting: producers fake bold by drawing the same text again, shifted
// by a fraction of a point, usually right after the first copy.
const (
	overprintSnap   = 1.0 // points: a copy this close is the same glyph
	overprintWindow = 160 // how many earlier glyphs a copy is looked for in
)

// dropOverprint removes glyphs that repeat one of the recent glyphs' text at
// (almost) the same place, keeping the first. It works in place.
func dropOverprint(gs []glyph) []glyph {
	out := gs[:0]
	for _, g := range gs {
		if !isOverprint(out, &g) {
			out = append(out, g)
		}
	}
	return out
}

func isOverprint(kept []glyph, g *glyph) bool {
	if g.text == " " {
		return false
	}
	for i := len(kept) - 1; i >= 0 && i >= len(kept)-overprintWindow; i-- {
		k := &kept[i]
		if abs(k.x-g.x) <= overprintSnap && abs(k.y-g.y) <= overprintSnap && k.text == g.text {
			return true
		}
	}
	return false
}
