package maniwa_test

import (
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/maniwa"
)

// The family's corpus entries: seed 000 (the CMS page as text, HTML and
// Shift_JIS HTML), seed 001 (the form as text and as two PDFs) and devset d1
// (産業観光部's page of the same CMS).
var family = []string{
	"s000-text", "s000-html", "s000-sjis-html",
	"s001-text", "s001-chromium-pdf", "s001-libreoffice-pdf",
	"sha256:9efcdfd9de2ab1c0",
}

// TestScore scores the extractor with the validator against the truth
// records, under issue 5's gates.
func TestScore(t *testing.T) {
	r := extracttest.Score(t, maniwa.Name, family...)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
}

// TestMatch: ≥ Likely on the family, < Likely on every other corpus entry.
func TestMatch(t *testing.T) {
	extracttest.RequireMatch(t, maniwa.Name, family...)
}
