package truthcmp

import (
	"os"
	"testing"

	"jplan/internal/pdf"
)

// Family is what the shared tests know of one extractor's family of
// documents: the extractor's registered name, the family's corpus entries
// with their truth records, the Match cues on small documents, and the
// fuzz seeds.
type Family struct {
	Extractor string
	Truth     map[string]string // corpus id → path of its truth record
	Cues      []Cue
	Seeds     []string // small excerpts of the family's forms
}

// Test runs the family's shared tests as subtests: "truth" (CheckCorpus),
// "match-corpus" (CheckMatchCorpus) and "match-cues" (CheckMatchCues).
func (f Family) Test(t *testing.T) {
	t.Run("truth", func(t *testing.T) { CheckCorpus(t, f.Extractor, f.Truth) })
	t.Run("match-corpus", func(t *testing.T) { CheckMatchCorpus(t, f.Extractor, f.Truth) })
	t.Run("match-cues", func(t *testing.T) { CheckMatchCues(t, f.Extractor, f.Cues) })
}

// Fuzz is the family's fuzz target body (the package-level Fuzz with the
// family's seeds).
func (f Family) Fuzz(fz *testing.F) { Fuzz(fz, f.Extractor, f.Seeds...) }

// Main is an extractor test binary's TestMain: it serves the isolated PDF
// child when the binary was started as one (pdf.ServeChildIfRequested),
// else runs the tests.
func Main(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}
