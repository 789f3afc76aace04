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
