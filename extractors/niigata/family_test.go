package niigata

import (
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/extract"
)

func TestMain(m *testing.M) { truthcmp.Main(m) }

// familyTests is the 新潟市 組織目標 family as the shared tests see it: seed
// 004 (中央区's form as text and as two PDFs) with its hand-made truth
// records (devset d2 is another family of the same city, 部長マニフェスト,
// which the generic extractor takes); the Match cue documents; the fuzz seeds
// (small excerpts of the form).
var familyTests = truthcmp.Family{
	Extractor: Name,
	Truth: map[string]string{
		"s004-text":            "../../testdata/truth/s004-text.json",
		"s004-chromium-pdf":    "../../testdata/truth/s004-chromium-pdf.json",
		"s004-libreoffice-pdf": "../../testdata/truth/s004-libreoffice-pdf.json",
	},
	Cues: []truthcmp.Cue{
		{Name: "empty", Text: "", Want: extract.None},
		{Name: "title and header", Text: "令和6年度 西区組織目標\n\n| 組織名 | 西区 | 区長 | 山田 太郎 |\n|---|---|---|---|\n| 組織の目的・方向性 | 住みよいまち | | |\n", Want: extract.Certain},
		{Name: "title and evaluation", Text: "令和6年度 総務課組織目標\n\n| 目標数 | 3 | 達成数 | 2 |\n|---|---|---|---|\n| 今後の方向性 | 1 続けます。 | | |\n", Want: extract.Certain},
		{Name: "title on the city's domain", Text: "令和6年度 西区組織目標\n\n重点目標\n", URL: "https://www.city.niigata.lg.jp/nishi/a.html", Want: extract.Likely},
		{Name: "title elsewhere", Text: "令和6年度 西区組織目標\n\n重点目標\n", URL: "https://www.city.okayama.jp/a.html", Want: extract.Possible},
		{Name: "another city's goals", Text: "令和6年度 部局経営目標【建設部】\n\n(1)部局の役割・使命(ミッション)\n", Want: extract.None},
	},
	Seeds: []string{
		"令和5年度 中央区組織目標\n\n| | | | |\n|--|--|--|--|\n| 組織名 | 中央区 | 区長 | 佐久間 なおみ |\n| 組織の目的・方向性 | 「拠点のまち」の実現 | | |\n| (参考) 政策指標* | <ul> ・保護者の割合 ・協働数 | | |\n\n重点目標\n\n- 1 交流人口の創出に努めます。\n- 2 環境づくりを進めます。\n\n※注\n\n評価\n\n| | 達成状況 | 目標数 | 2 | 達成数 | 2 |\n|--|--|--|--|--|--|\n| 取組結果 | <p>1 取り組みました。</p> <p>2 支援を</p> | | | | |\n\n| | |\n|--|--|\n| | <p>行いました。</p> |\n| 今後の方向性 | <p>1 努めます。</p> <p>2 進めます。</p> |\n",
		"<h1>令和6年度 総務課組織目標</h1><table><tr><th>組織名</th><td>総務課</td><th>課長</th><td>鈴木 一郎</td></tr></table><h2>重点目標</h2><p>1 電子化します。</p><h2>評価</h2><table><tr><th>取組結果</th><td>1 進みました。</td></tr></table>",
		"令和6年度 組織目標\n\n| 組織名 | | 区長 |\n|--|--|--|\n| | 1 |\n\n重点目標\n\n- 1\n",
	},
}

// TestFamily extracts every form of the family and compares it with its
// truth record field by field ("truth"); checks that Match claims every form
// of the family with certainty and leaves every other bundled document below
// Likely, for its own extractor or the generic one ("match-corpus"); and
// checks each Match cue alone on small documents ("match-cues").
func TestFamily(t *testing.T) { familyTests.Test(t) }
