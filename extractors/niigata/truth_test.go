package niigata

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
	"s004-text":            "../../testdata/truth/s004-text.json",
	"s004-chromium-pdf":    "../../testdata/truth/s004-chromium-pdf.json",
	"s004-libreoffice-pdf": "../../testdata/truth/s004-libreoffice-pdf.json",
}

// TestAgainstTruth extracts every form of the family and compares it with its
// hand-made truth record field by field.
func TestAgainstTruth(t *testing.T) {
	truthcmp.CheckCorpus(t, Name, familyIDs)
}
