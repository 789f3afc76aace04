package maniwa

import (
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/extract"
)

func TestMain(m *testing.M) { truthcmp.Main(m) }

// familyTests is the 真庭市 部局経営目標 family as the shared tests see it:
// seed 000 (the CMS page as text, HTML and Shift_JIS HTML), seed 001 (the
// form as text and as two PDFs) and devset d1 (産業観光部's page of the same
// CMS), each with its hand-made truth record; the Match cue documents; the
// fuzz seeds (small excerpts of each form: the fuzzer minimises every new
// input, which takes its whole time budget on whole documents).
var familyTests = truthcmp.Family{
	Extractor: Name,
	Truth: map[string]string{
		"s000-text":               "../../testdata/truth/s000-text.json",
		"s000-html":               "../../testdata/truth/s000-html.json",
		"s000-sjis-html":          "../../testdata/truth/s000-sjis-html.json",
		"s001-text":               "../../testdata/truth/s001-text.json",
		"s001-chromium-pdf":       "../../testdata/truth/s001-chromium-pdf.json",
		"s001-libreoffice-pdf":    "../../testdata/truth/s001-libreoffice-pdf.json",
		"sha256:9efcdfd9de2ab1c0": "../../testdata/devset/d1/golden.json",
	},
	Cues: []truthcmp.Cue{
		{Name: "empty", Text: "", Want: extract.None},
		{Name: "title and section", Text: "令和6年度 部局経営目標【建設部】\n\n(1)部局の役割・使命(ミッション)\n\n道路の維持\n", Want: extract.Certain},
		{Name: "title and form header", Text: "令和6年度 部局経営目標\n\n部局名\t建設部\t部局長名\t山田 太郎\n", Want: extract.Certain},
		{Name: "title on the city's domain", Text: "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", URL: "https://www.city.maniwa.lg.jp/soshiki/1/2.html", Want: extract.Likely},
		{Name: "title elsewhere", Text: "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", URL: "https://www.city.okayama.jp/a.html", Want: extract.Possible},
		{Name: "another city's goals", Text: "令和5年度 中央区組織目標\n\n重点目標\n", Want: extract.None},
	},
	Seeds: []string{
		"令和5年度 部局経営目標【総合政策部】\n\n(1)部局の役割・使命(ミッション)・経営方針\n\n選ばれる真庭市づくり\n【No.11:住み続けられるまちづくりを】\n\n交流定住センターの機能を強化します。\n\n関連書類\n",
		"本文\n令和7年度 部局経営目標【産業観光部】\n(1)部局の役割・使命(ミッション)\n循環型経済の推進\n産業の振興に取り組みます。\n",
		"令和8年度 部局経営目標\n\n年度\t令和8年度\t作成日\t令和8年4月1日\n部局名\t総合政策部\t部局長名\t木村 辰生\n(1) 部局の方向性\t\n<p>・人口減少対策 取組を進める。【SDGs No.11】</p>\t\n(2) 事業成果目標 (重点事業)\t指標名及び目標値\n<p>●移住 支援 ・相談</p>\t指標:①成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②-)\n<p>1-①事業</p> <ul> ・a</ul>\t<p>指標:額</p> <p>目標値:10.0億円</p> <p>(令和7年度実績値(見込み):7.4億円)</p>\n",
		"<h2>令和6年度 部局経営目標【建設部】</h2><h3>(1)部局の役割</h3><h4>道路【No.9】</h4><p>整備します。</p><ul><li>・橋</li></ul><h3>(2)事業成果目標</h3><h4>1-①改良</h4><p>指標:延長 目標値:2.5km</p>",
	},
}

// TestFamily extracts every form of the family and compares it with its
// truth record field by field ("truth"); checks that Match claims every form
// of the family with certainty and leaves every other bundled document below
// Likely, for its own extractor or the generic one ("match-corpus"); and
// checks each Match cue alone on small documents ("match-cues").
func TestFamily(t *testing.T) { familyTests.Test(t) }
