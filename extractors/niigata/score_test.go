package niigata_test

import (
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/niigata"
)

// The family's corpus entries: seed 004 (中央区 as text and as two PDFs).
// Devset d2 is another family of the same city (部長マニフェスト): the
// generic extractor takes it.
var family = []string{"s004-text", "s004-chromium-pdf", "s004-libreoffice-pdf"}

// TestScore scores the extractor with the validator against the truth
// records, under issue 5's gates.
func TestScore(t *testing.T) {
	r := extracttest.Score(t, niigata.Name, family...)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
}

// TestMatch: ≥ Likely on the family, < Likely on every other corpus entry.
func TestMatch(t *testing.T) {
	extracttest.RequireMatch(t, niigata.Name, family...)
}
