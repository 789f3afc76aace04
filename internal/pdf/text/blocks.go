package pdftext

import "jplan/internal/layout"

func buildBlocks(gs []glyph, page int) []layout.Block { return nil }
