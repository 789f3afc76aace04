package maniwa

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// TestOtherDepartments runs documents of the family that are not seeds
// (testdata/README.md says what each one varies: other departments, years
// and item counts, HTML, text and Chromium PDF forms of the same content)
// against records checked by hand (testdata/<name>.want.json for every
// input testdata/<name>.*).
func TestOtherDepartments(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.want.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.want.json (%v)", err)
	}
	for _, wantPath := range inputs {
		base := strings.TrimSuffix(wantPath, ".want.json")
		matches, _ := filepath.Glob(base + ".*")
		for _, in := range matches {
			if strings.HasSuffix(in, ".want.json") {
				continue
			}
			t.Run(filepath.Base(in), func(t *testing.T) {
				truthcmp.CheckInput(t, Name, in, "", wantPath)
			})
		}
	}
}

// TestNoSectionsWarns: a document with the title but none of the sections
// gives a record with a warning, not an error.
func TestNoSectionsWarns(t *testing.T) {
	doc, err := layout.Parse(context.Background(), []byte("令和6年度 部局経営目標【建設部】\n\n本文はありません。\n"), layout.Options{Name: "empty.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Missions)+len(rec.Projects) != 0 || len(rec.Warnings) != 1 || !strings.Contains(rec.Warnings[0], "empty.txt") {
		t.Errorf("got %d missions, %d projects, warnings %q; want none and one warning naming the file", len(rec.Missions), len(rec.Projects), rec.Warnings)
	}
	rec.ID = "empty"
	if fails := plan.Validate(rec); len(fails) > 0 {
		t.Errorf("invalid record: %v", fails)
	}
}

// TestBreaksAndLabels: a project row continued on the next page (a row
// without a marker) extends its description, a header row repeated on that
// page is skipped, and sections numbered "1." instead of "(1)" are found.
func TestBreaksAndLabels(t *testing.T) {
	cell := func(s string) layout.Cell { return layout.Cell{Text: s} }
	doc := &layout.Document{Name: "breaks", Format: "pdf", Blocks: []layout.Block{
		{Kind: layout.Heading, Level: 1, Text: "令和6年度 部局経営目標【市民環境部】"},
		{Kind: layout.Paragraph, Text: "1. 部局の使命"},
		{Kind: layout.Paragraph, Text: "・ごみの減量\nごみを減らします。"},
		{Kind: layout.Paragraph, Text: "2. 事業成果目標"},
		{Kind: layout.Table, Rows: [][]layout.Cell{
			{cell("重点事業"), cell("指標名及び目標値")},
			{cell("1-①資源化事業\n分別の周知を進める。"), cell("指標:資源化率\n目標値:30%\n(令和5年度実績値:27%)")},
		}},
		{Kind: layout.Table, Rows: [][]layout.Cell{
			{cell("重点事業"), cell("指標名及び目標値")},
			{cell("回収拠点を増やす。"), cell("")},
			{cell("1-②環境学習事業\n出前講座を開く。"), cell("指標:講座数\n目標値:20回")},
		}},
	}}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range rec.Missions {
		got = append(got, "M "+m.Title+" / "+m.Description)
	}
	for _, p := range rec.Projects {
		got = append(got, "P "+p.Code+" "+p.Title+" / "+p.Description)
	}
	for _, in := range rec.Indicators {
		got = append(got, "I "+in.Name+" "+in.ProjectID+" "+in.Target.Raw)
	}
	want := []string{
		"M ごみの減量 / ごみを減らします。",
		"P 1-① 資源化事業 / 分別の周知を進める。\n回収拠点を増やす。",
		"P 1-② 環境学習事業 / 出前講座を開く。",
		"I 資源化率 P1 30%",
		"I 講座数 P2 20回",
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("got\n%s\nwant\n%s", g, w)
	}
}

// TestSDGIcons: SDG goals given as icons (image alt text) instead of 【No.N】
// tags are read as the mission's goals.
func TestSDGIcons(t *testing.T) {
	page := `<html><head><meta charset="utf-8"></head><body>
<h2>令和6年度 部局経営目標【生活環境部】</h2>
<h3>(1)部局の役割・使命(ミッション)</h3>
<h4>脱炭素のまちづくり</h4>
<p><img src="sdg13.png" alt="SDGsアイコン 13 気候変動に具体的な対策を"><img src="sdg7.png" alt="SDGsアイコン 7 エネルギーをみんなにそしてクリーンに"></p>
<p>木質バイオマスの利用を広げます。</p>
<h4>ごみの減量</h4>
<p><img src="sdg12.png" alt="SDGsアイコン 12 つくる責任つかう責任"></p>
<p>分別と資源化を進めます。</p>
</body></html>`
	doc, err := layout.Parse(context.Background(), []byte(page), layout.Options{Name: "icons.html"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range rec.Missions {
		got = append(got, fmt.Sprint(m.Title, m.SDGs, " ", m.Description))
	}
	want := "脱炭素のまちづくり[7 13] 木質バイオマスの利用を広げます。\nごみの減量[12] 分別と資源化を進めます。"
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("got\n%s\nwant\n%s", g, want)
	}
}

// TestSpacedBracketOrganization: spaces inside the title's brackets
// (【 建設部 】) are not part of the department's name.
func TestSpacedBracketOrganization(t *testing.T) {
	doc, err := layout.Parse(context.Background(), []byte("令和6年度 部局経営目標【 建設部 】\n\n本文はありません。\n"), layout.Options{Name: "spaced.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if org := rec.Publisher.Organization; org == nil || *org != "建設部" {
		t.Errorf("organization %v (%q), want 建設部", org, rec.Title)
		if org != nil {
			t.Logf("organization %q", *org)
		}
	}
	rec.ID = "spaced"
	if fails := plan.Validate(rec); len(fails) > 0 {
		t.Errorf("invalid record: %v", fails)
	}
}
