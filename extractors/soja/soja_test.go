package soja_test

import (
	"context"
	"os"
	"slices"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/soja"
	"jplan/internal/layout"
	"jplan/internal/pdf"
	"jplan/internal/plan"
	"jplan/internal/validate"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// The family's corpus entries: seed 003 as text (the diagram flattened out of
// order and mixed with the 方針 prose) and as two abridged PDF prints.
var family = []string{"s003-text", "s003-chromium-pdf", "s003-libreoffice-pdf"}

func TestScore(t *testing.T) {
	r := extracttest.Score(t, soja.Name, family...)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
	extracttest.RequireGates(t, r, []validate.Gate{
		{Name: "title", Min: 1}, {Name: "vision", Min: 1},
		{Name: "projects.code", Min: 1}, {Name: "projects.description", Min: 1},
	})
}

// TestParents checks what the validator does not compare: each 方針 hangs
// under its own 重点プロジェクト.
func TestParents(t *testing.T) {
	c := extracttest.Load(t)
	for _, id := range family {
		rec, err := c.Extract(context.Background(), id, soja.Name)
		if err != nil {
			t.Fatal(err)
		}
		want := parentTitles(c.Truth[id].Record)
		got := parentTitles(rec)
		if len(want) == 0 {
			t.Fatalf("%s: truth has no child projects", id)
		}
		for title, parent := range want {
			if got[title] != parent {
				t.Errorf("%s: %s: parent %q, want %q", id, title, got[title], parent)
			}
		}
	}
}

// parentTitles maps each project's title to its parent's title ("" for none).
func parentTitles(rec *plan.Record) map[string]string {
	byID := map[string]string{}
	for _, p := range rec.Projects {
		byID[p.ID] = p.Title
	}
	out := map[string]string{}
	for _, p := range rec.Projects {
		out[p.Title] = byID[p.ParentID]
	}
	return out
}

func TestMatch(t *testing.T) {
	extracttest.RequireMatch(t, soja.Name, family...)
}

// TestFamily reads a brochure of the family laid out differently from the
// seed: five projects numbered with digits, the name on the label's line, a
// panel without "など", a 方針 whose description runs over two sentences, and a
// 方針 section for a project the diagram does not show.
func TestFamily(t *testing.T) {
	const brochure = `みんなでつくる 笑顔のまち

5つの重点プロジェクト

重点プロジェクト1 まもる

安全安心の まちづくり

災害に強いまちをつくります。

・防災訓練の充実
・避難所の整備

など

重点プロジェクト2:「つなぐ」

交流の まちづくり

人と人をつなぎます。

・地域交流の推進

「まもる」プロジェクトの方針

防災体制の強化

地域の防災力を高めます。また、自主防災組織を支援します。

「ひらく」プロジェクトの方針

新しい産業の創出

起業を支援します。
`
	doc, err := layout.Parse(context.Background(), []byte(brochure), layout.Options{Name: "brochure.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got := soja.Match(doc); got < 0.95 {
		t.Errorf("Match = %.2f, want Certain", got)
	}
	rec, err := soja.Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Vision != "みんなでつくる 笑顔のまち" || rec.Title != "5つの重点プロジェクト" {
		t.Errorf("vision %q, title %q", rec.Vision, rec.Title)
	}
	var got []string
	for _, p := range rec.Projects {
		got = append(got, p.ID+"|"+p.Code+"|"+p.Title+"|"+p.ParentID+"|"+p.Description)
	}
	want := []string{
		"P1|重点プロジェクト1|まもる||安全安心の まちづくり\n災害に強いまちをつくります。\n防災訓練の充実\n避難所の整備",
		"P2||防災体制の強化|P1|地域の防災力を高めます。また、自主防災組織を支援します。",
		"P3|重点プロジェクト2|つなぐ||交流の まちづくり\n人と人をつなぎます。\n地域交流の推進",
		"P4||ひらく||",
		"P5||新しい産業の創出|P4|起業を支援します。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("projects:\n got %q\nwant %q", got, want)
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, id := range family {
		b.Run(id, func(b *testing.B) { extracttest.BenchmarkExtract(b, soja.Name, id) })
	}
}

// TestFamilyHTML reads the brochure as a web page: labels and 方針 headings as
// headings, measures as a list, descriptions as paragraphs.
func TestFamilyHTML(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>重点プロジェクト｜総社市</title></head><body>
<h1>未来へつなぐ 人の絆 地域の絆</h1>
<h2>4つの重点プロジェクト</h2>
<h3>重点プロジェクト① ささえる</h3>
<h4>支えあいの まちづくり</h4>
<p>地域での支えあいと多様な交流を推進し、豊かな地域社会の創出を図ります。</p>
<ul><li>障がい者の自立と社会参画の推進</li><li>総社市新生活交通の充実</li></ul>
<p>など</p>
<h3>重点プロジェクト② うるおう</h3>
<h4>産業活力再生</h4>
<p>総社市の特性や強みを生かした産業の振興を図ります。</p>
<ul><li>優良企業の誘致</li></ul>
<p>など</p>
<h3>「ささえる」プロジェクトの方針</h3>
<h4>地域公共交通手段の充実</h4>
<p>人と人の交流を促進するため地域公共交通手段の充実を図ります。</p>
</body></html>`
	doc, err := layout.Parse(context.Background(), []byte(page), layout.Options{Name: "soja.html"})
	if err != nil {
		t.Fatal(err)
	}
	if got := soja.Match(doc); got < 0.95 {
		t.Errorf("Match = %.2f, want Certain", got)
	}
	rec, err := soja.Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Publisher.Municipality != "総社市" || rec.Vision != "未来へつなぐ 人の絆 地域の絆" {
		t.Errorf("municipality %q, vision %q", rec.Publisher.Municipality, rec.Vision)
	}
	var got []string
	for _, p := range rec.Projects {
		got = append(got, p.ID+"|"+p.Code+"|"+p.Title+"|"+p.ParentID+"|"+p.Description)
	}
	want := []string{
		"P1|重点プロジェクト①|ささえる||支えあいの まちづくり\n地域での支えあいと多様な交流を推進し、豊かな地域社会の創出を図ります。\n障がい者の自立と社会参画の推進\n総社市新生活交通の充実",
		"P2||地域公共交通手段の充実|P1|人と人の交流を促進するため地域公共交通手段の充実を図ります。",
		"P3|重点プロジェクト②|うるおう||産業活力再生\n総社市の特性や強みを生かした産業の振興を図ります。\n優良企業の誘致",
	}
	if !slices.Equal(got, want) {
		t.Errorf("projects:\n got %q\nwant %q", got, want)
	}
}

// TestMatchOtherCities: numbered 重点プロジェクト alone are common to many
// plans; without the family's 方針 sections the document is not this family's.
func TestMatchOtherCities(t *testing.T) {
	const plan = "第2次総合計画\n\n重点プロジェクト1 子育て支援の充実\n\n保育所を整備します。\n\n重点プロジェクト2 産業の振興\n\n企業誘致を進めます。\n"
	doc, err := layout.Parse(context.Background(), []byte(plan), layout.Options{Name: "plan.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got := soja.Match(doc); got >= 0.7 {
		t.Errorf("Match = %.2f, want below Likely", got)
	}
}

// TestPanelsOutOfOrder: a diagram flattened with its panels in another order
// than its labels; each panel goes to the project whose 方針 it echoes.
func TestPanelsOutOfOrder(t *testing.T) {
	const text = `重点プロジェクト① まもる

重点プロジェクト② つなぐ

交流の まちづくり

人と人をつなぎます。

・地域交流イベントの開催
・多世代交流拠点の整備

安全安心の まちづくり

災害に強いまちをつくります。

・自主防災組織の育成
・避難所の整備

「まもる」プロジェクトの方針

防災体制の強化

自主防災組織の育成を進め、避難所の整備を計画的に行います。

「つなぐ」プロジェクトの方針

交流の促進

多世代交流拠点を整備し、地域交流イベントを支援します。
`
	doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: "out-of-order.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := soja.Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	desc := map[string]string{}
	for _, p := range rec.Projects {
		desc[p.Title] = p.Description
	}
	if want := "安全安心の まちづくり\n災害に強いまちをつくります。\n自主防災組織の育成\n避難所の整備"; desc["まもる"] != want {
		t.Errorf("まもる: %q, want %q", desc["まもる"], want)
	}
	if want := "交流の まちづくり\n人と人をつなぎます。\n地域交流イベントの開催\n多世代交流拠点の整備"; desc["つなぐ"] != want {
		t.Errorf("つなぐ: %q, want %q", desc["つなぐ"], want)
	}
}
