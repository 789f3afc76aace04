package generic_test

import (
	"context"
	"os"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/pipeline"
)

// TestOtherCityDepartmentPage reads a department page of a city without an
// extractor of its own and checks every field it states.
func TestOtherCityDepartmentPage(t *testing.T) {
	data, err := os.ReadFile("testdata/unei-hoshin.html")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{
		Data: data, Name: "unei-hoshin.html", URL: "https://www.city.kasukabe.lg.jp/soshiki/kenko/unei.html", Extractor: extract.GenericName,
	}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	p := rec.Publisher
	if p.Municipality != "春日部市" || p.MunicipalityCode != "112143" || p.Prefecture != "埼玉県" || p.Organization == nil || *p.Organization != "健康福祉部" || p.Head != "山田 太郎" {
		t.Errorf("publisher = %+v", p)
	}
	if rec.Title != "令和6年度 健康福祉部 運営方針" || rec.Kind != "department_goals" || rec.FiscalYear != 2024 || rec.Dates == nil || rec.Dates.Updated != "2024-05-10" {
		t.Errorf("record = %q %q %d %+v", rec.Title, rec.Kind, rec.FiscalYear, rec.Dates)
	}
	if len(rec.Missions) != 1 || rec.Missions[0].Title != "市民一人ひとりが住み慣れた地域で、健康で安心して暮らし続けられるよう、保健・医療・福祉の連携を進めます。" {
		t.Errorf("missions = %+v", rec.Missions)
	}
	wantProjects := []struct{ code, title string }{{"(1)", "地域包括ケアシステムの深化"}, {"(2)", "子育て世代への切れ目のない支援"}, {"(3)", "健康寿命の延伸"}}
	if len(rec.Projects) != len(wantProjects) {
		t.Fatalf("projects = %+v", rec.Projects)
	}
	for i, w := range wantProjects {
		if rec.Projects[i].Code != w.code || rec.Projects[i].Title != w.title || rec.Projects[i].Description == "" {
			t.Errorf("project %d = %+v, want %+v", i, rec.Projects[i], w)
		}
	}
	if len(rec.Projects[0].SDGs) != 1 || rec.Projects[0].SDGs[0] != 3 || len(rec.SDGs) != 1 {
		t.Errorf("sdgs = %v / %v, want [3]", rec.Projects[0].SDGs, rec.SDGs)
	}
	if len(rec.Indicators) != 2 {
		t.Fatalf("indicators = %+v", rec.Indicators)
	}
	in := rec.Indicators[1]
	if in.Name != "認知症サポーター養成数" || in.Target == nil || *in.Target.Value != 14000 || in.Target.Unit != "人" || in.Target.FiscalYear != 2024 ||
		in.Actual == nil || *in.Actual.Value != 12300 || in.Actual.FiscalYear != 2022 {
		t.Errorf("indicator = %+v target %+v actual %+v", in, in.Target, in.Actual)
	}
}
