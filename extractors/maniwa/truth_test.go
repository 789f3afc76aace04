package maniwa

import (
	"os"
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/pdf"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// familyIDs are the corpus entries of this family, with their truth records.
var familyIDs = map[string]string{
	"s000-text":               "../../testdata/truth/s000-text.json",
	"s000-html":               "../../testdata/truth/s000-html.json",
	"s000-sjis-html":          "../../testdata/truth/s000-sjis-html.json",
	"s001-text":               "../../testdata/truth/s001-text.json",
	"s001-chromium-pdf":       "../../testdata/truth/s001-chromium-pdf.json",
	"s001-libreoffice-pdf":    "../../testdata/truth/s001-libreoffice-pdf.json",
	"sha256:9efcdfd9de2ab1c0": "../../testdata/devset/d1/golden.json",
}

// TestAgainstTruth extracts every form of the family and compares it with its
// hand-made truth record field by field.
func TestAgainstTruth(t *testing.T) {
	truthcmp.CheckCorpus(t, Name, familyIDs)
}
