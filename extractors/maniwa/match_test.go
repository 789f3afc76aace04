package maniwa

import (
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/extract"
)

// TestMatchCorpus: every form of the family is claimed with certainty, every
// other bundled document (other seeds, the devset of other families) stays
// below Likely so that its own extractor or the generic one takes it.
func TestMatchCorpus(t *testing.T) {
	truthcmp.CheckMatchCorpus(t, Name, familyIDs)
}

// TestMatchCues checks each cue alone on small documents.
func TestMatchCues(t *testing.T) {
	truthcmp.CheckMatchCues(t, Name, []truthcmp.Cue{
		{Name: "empty", Text: "", Want: extract.None},
		{Name: "title and section", Text: "令和6年度 部局経営目標【建設部】\n\n(1)部局の役割・使命(ミッション)\n\n道路の維持\n", Want: extract.Certain},
		{Name: "title and form header", Text: "令和6年度 部局経営目標\n\n部局名\t建設部\t部局長名\t山田 太郎\n", Want: extract.Certain},
		{Name: "title on the city's domain", Text: "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", URL: "https://www.city.maniwa.lg.jp/soshiki/1/2.html", Want: extract.Likely},
		{Name: "title elsewhere", Text: "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", URL: "https://www.city.okayama.jp/a.html", Want: extract.Possible},
		{Name: "another city's goals", Text: "令和5年度 中央区組織目標\n\n重点目標\n", Want: extract.None},
	})
}
