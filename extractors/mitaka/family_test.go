package mitaka_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/mitaka"
	"jplan/internal/layout"
)

// TestFields checks the fields this family gives beyond the common gates.
func TestFields(t *testing.T) {
	r := extracttest.Score(t, mitaka.Name, family...)
	for _, g := range []string{"projects.organization", "projects.tags", "dates.published", "title", "fiscal_year_label"} {
		if a := r.Total.Figures.Fields[g]; a.Total == 0 || a.Correct != a.Total {
			t.Errorf("%s: %d of %d right", g, a.Correct, a.Total)
		}
	}
}

// TestFamily runs articles of the same family written differently from the
// corpus: another legend, ● bullets, a department with a wrapped sentence, a
// footnote after an item, and the closing ◆ notes.
func TestFamily(t *testing.T) {
	const article = `広報みたか2013年7月7日号

令和元年度「各部の運営方針と目標」を策定しました

市では毎年、各部の運営方針と目標を定めています。

☞…重点改革事業(改革の視点から取り組む事業)

会計管理室

●公金の適正な管理に取り組みます。
●☞電子決裁の導入を進め、事務を効率化します。
※電子決裁は一部の課から始めます。

選挙管理委員会事務局

●投票率の向上に向けた啓発を進めます。また、期日前投票所を増やします。

このページに関するお問い合わせは企画経営課へ。
`
	doc, err := layout.Parse(context.Background(), []byte(article), layout.Options{Name: "article.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got := mitaka.Match(doc); got < 0.95 {
		t.Errorf("Match = %.2f, want Certain", got)
	}
	rec, err := mitaka.Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rec.FiscalYear != 2019 || rec.FiscalYearLabel != "令和元年度" {
		t.Errorf("fiscal year = %d %q, want 2019 令和元年度", rec.FiscalYear, rec.FiscalYearLabel)
	}
	if rec.Kind != "newsletter_digest" || rec.Publisher.Organization == nil || *rec.Publisher.Organization != "" {
		t.Errorf("kind %q, organization %v: want newsletter_digest and \"\"", rec.Kind, rec.Publisher.Organization)
	}
	if rec.Dates == nil || rec.Dates.Published != "2013-07-07" {
		t.Errorf("dates = %+v, want published 2013-07-07", rec.Dates)
	}
	var got []string
	for _, p := range rec.Projects {
		got = append(got, p.Organization+"|"+p.Title+"|"+strings.Join(p.Tags, ","))
	}
	want := []string{
		"会計管理室|公金の適正な管理に取り組みます。|",
		"会計管理室|電子決裁の導入を進め、事務を効率化します。|重点改革事業",
		"選挙管理委員会事務局|投票率の向上に向けた啓発を進めます。また、期日前投票所を増やします。|",
	}
	if !slices.Equal(got, want) {
		t.Errorf("projects:\n got %q\nwant %q", got, want)
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, id := range family {
		b.Run(id, func(b *testing.B) { extracttest.BenchmarkExtract(b, mitaka.Name, id) })
	}
}

// TestFamilyHTML reads the family as the city's web page prints it: bullets as
// ● lines broken by <br> inside one paragraph per department, a ※ note line,
// and the site's navigation (links named after departments) around the article.
func TestFamilyHTML(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>広報みたか 2011年7月3日号</title></head><body>
<nav><ul><li><a href="/soshiki/kikaku/">企画部</a></li><li><a href="/soshiki/somu/">総務部</a></li><li><a href="/yosan/">令和6年度予算</a></li></ul></nav>
<p>お知らせ</p><p>市からのお知らせです。</p><p>催し</p><p>講座</p>
<p>広報みたか2011年7月3日3面</p>
<h1>■平成23年度「各部の運営方針と目標」を策定しました</h1>
<p>今号では、各部が重点的に取り組む主な「個別事業」の概要を紹介します。</p>
<h2>企画部</h2>
<p>●市民参加を進めながら、第4次基本計画を策定します。<br>●新川防災公園の整備に向け、実施設計に着手します。<br>※個別計画の名称は仮称です。</p>
<h2>総務部</h2>
<p>●緊急対応・支援体制を確立します。</p>
<footer><a href="/soshiki/somu/">総務部</a><p>このページの先頭へ</p></footer>
</body></html>`
	doc, err := layout.Parse(context.Background(), []byte(page), layout.Options{Name: "p3.htm", URL: "https://www.city.mitaka.lg.jp/koho/2011/20110703/p3.htm"})
	if err != nil {
		t.Fatal(err)
	}
	if got := mitaka.Match(doc); got < 0.95 {
		t.Errorf("Match = %.2f, want Certain", got)
	}
	rec, err := mitaka.Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Publisher.MunicipalityCode != "132047" || rec.FiscalYear != 2011 || rec.Title != "平成23年度「各部の運営方針と目標」を策定しました" {
		t.Errorf("publisher %+v, fiscal year %d, title %q", rec.Publisher, rec.FiscalYear, rec.Title)
	}
	if rec.Dates == nil || rec.Dates.Published != "2011-07-03" {
		t.Errorf("dates = %+v, want published 2011-07-03", rec.Dates)
	}
	var got []string
	for _, p := range rec.Projects {
		got = append(got, p.Organization+"|"+p.Title)
	}
	want := []string{
		"企画部|市民参加を進めながら、第4次基本計画を策定します。",
		"企画部|新川防災公園の整備に向け、実施設計に着手します。",
		"総務部|緊急対応・支援体制を確立します。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("projects:\n got %q\nwant %q", got, want)
	}
}

// TestMatchDepartmentDocument: one department's own 運営方針と目標 (its mission,
// resources and projects) is another family than the 広報 digest of every
// department.
func TestMatchDepartmentDocument(t *testing.T) {
	const own = "令和5年度 企画部の運営方針と目標\n\n企画部\n\n部の使命・目標に関する認識を明確にします。\n\n総務部\n\n職員数、予算規模などの経営資源を示します。\n"
	doc, err := layout.Parse(context.Background(), []byte(own), layout.Options{Name: "own.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got := mitaka.Match(doc); got >= 0.7 {
		t.Errorf("Match = %.2f, want below Likely", got)
	}
}
