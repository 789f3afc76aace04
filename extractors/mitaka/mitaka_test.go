package mitaka_test

import (
	"os"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/mitaka"
	"jplan/internal/pdf"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// The family's corpus entries: seed 002 (平成24年度) as text and as two PDF
// prints of the newsletter page (bullets without markers), and devset d3, the
// 2011 issue of the same article as the city's web page (● bullets, cut off).
var family = []string{"s002-text", "s002-html", "s002-chromium-pdf", "s002-libreoffice-pdf", "sha256:a31318d73a13e033"}

func TestScore(t *testing.T) {
	r := extracttest.Score(t, mitaka.Name, family...)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
}

func TestMatch(t *testing.T) {
	extracttest.RequireMatch(t, mitaka.Name, family...)
}
