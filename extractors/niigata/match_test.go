package niigata

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
		{Name: "title and header", Text: "令和6年度 西区組織目標\n\n| 組織名 | 西区 | 区長 | 山田 太郎 |\n|---|---|---|---|\n| 組織の目的・方向性 | 住みよいまち | | |\n", Want: extract.Certain},
		{Name: "title and evaluation", Text: "令和6年度 総務課組織目標\n\n| 目標数 | 3 | 達成数 | 2 |\n|---|---|---|---|\n| 今後の方向性 | 1 続けます。 | | |\n", Want: extract.Certain},
		{Name: "title on the city's domain", Text: "令和6年度 西区組織目標\n\n重点目標\n", URL: "https://www.city.niigata.lg.jp/nishi/a.html", Want: extract.Likely},
		{Name: "title elsewhere", Text: "令和6年度 西区組織目標\n\n重点目標\n", URL: "https://www.city.okayama.jp/a.html", Want: extract.Possible},
		{Name: "another city's goals", Text: "令和6年度 部局経営目標【建設部】\n\n(1)部局の役割・使命(ミッション)\n", Want: extract.None},
	})
}
