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

// The family's corpus entries: seed 002 (平成24年度) and devset d3, the 2011
// issue of the same article as the city's web page (● bullets, cut off).
const (
	seed   = "s002-text"
	devset = "sha256:a31318d73a13e033"
)

func TestScore(t *testing.T) {
	r := extracttest.Score(t, mitaka.Name, seed, devset)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
}

func TestMatch(t *testing.T) {
	extracttest.RequireMatch(t, mitaka.Name, seed, devset)
}
