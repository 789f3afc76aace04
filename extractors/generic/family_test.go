package generic_test

import (
	"context"
	"os"
	"strings"
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

// TestOtherFamilyMembers checks the items of two more family members: a
// section's goals page with an indicator table, and a plain-text 経営方針.
func TestOtherFamilyMembers(t *testing.T) {
	tests := []struct {
		file, url, org, head string
		missions, projects   []string
		indicatorOf          map[string]string // indicator name → title of the project it measures
	}{
		{"soshiki-mokuhyo.html", "https://www.city.sakai.lg.jp/kensetsu/mokuhyo.html", "都市整備課", "佐藤 花子",
			[]string{"安全で快適な道路空間の確保", "公園の魅力向上と利用促進"},
			[]string{"橋梁の長寿命化修繕", "公園リニューアル"},
			map[string]string{"修繕着手橋梁数": "橋梁の長寿命化修繕", "リニューアル公園数": "公園リニューアル"}},
		{"keiei-hoshin.txt", "", "教育委員会事務局", "",
			[]string{"子どもたちが夢や希望をもち、未来を切り拓く力を育む教育を推進します。"},
			[]string{"確かな学力の育成", "いじめ・不登校対策の充実"},
			map[string]string{"不登校児童生徒の割合": "いじめ・不登校対策の充実"}},
		{"nested-list.html", "", "子ども未来部", "",
			[]string{"安心して子どもを産み育てられるまち", "すべての子どもが学び育つまち"},
			[]string{"児童館の改修", "子ども食堂への支援"}, map[string]string{}},
		{"jigyo-items.txt", "", "産業振興部", "",
			[]string{"地域経済の持続的な発展を支えます。"},
			[]string{"中小企業デジタル化支援事業", "創業支援ネットワーク推進事業"}, map[string]string{}},
		{"kihon-keikaku.txt", "", "", "",
			[]string{"健やかに暮らせるまち", "活力あるまち"},
			[]string{"子育て支援の充実", "高齢者福祉の推進", "産業の振興"}, map[string]string{}},
		{"page-furniture.html", "", "総務部", "",
			nil, []string{"職員の働き方改革を進めます。", "公共施設の再編を進めます。"}, map[string]string{}},
		{"manifesto.txt", "", "市民生活部", "鈴木 一郎",
			[]string{"窓口サービスの向上", "地域コミュニティの活性化"}, nil, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: tt.file, URL: tt.url, Extractor: extract.GenericName}, &extract.Env{})
			if err != nil {
				t.Fatal(err)
			}
			if o := rec.Publisher.Organization; o == nil || *o != tt.org || rec.Publisher.Head != tt.head {
				t.Errorf("organization %v head %q, want %q %q", o, rec.Publisher.Head, tt.org, tt.head)
			}
			var ms, ps []string
			byID := map[string]string{}
			for _, m := range rec.Missions {
				ms = append(ms, m.Title)
			}
			for _, p := range rec.Projects {
				ps = append(ps, p.Title)
				byID[p.ID] = p.Title
			}
			if strings.Join(ms, "|") != strings.Join(tt.missions, "|") {
				t.Errorf("missions = %q, want %q", ms, tt.missions)
			}
			if strings.Join(ps, "|") != strings.Join(tt.projects, "|") {
				t.Errorf("projects = %q, want %q", ps, tt.projects)
			}
			if len(rec.Indicators) != len(tt.indicatorOf) {
				t.Errorf("indicators = %+v", rec.Indicators)
			}
			for _, in := range rec.Indicators {
				if want, ok := tt.indicatorOf[in.Name]; !ok || byID[in.ProjectID] != want {
					t.Errorf("indicator %q measures %q, want %q", in.Name, byID[in.ProjectID], want)
				}
			}
		})
	}
}

// TestNestedNumbering checks that 1-1-1 is the child of 1-1 and that both
// serve the 経営課題 they follow.
func TestNestedNumbering(t *testing.T) {
	data, err := os.ReadFile("testdata/ku-unei-hoshin.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "ku-unei-hoshin.txt", URL: "https://www.city.osaka.lg.jp/nishi/page/0000000001.html", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Kind != "organization_goals" || rec.Publisher.Municipality != "大阪市" || rec.Publisher.MunicipalityCode != "271063" {
		t.Errorf("kind %q publisher %+v", rec.Kind, rec.Publisher)
	}
	if len(rec.Missions) != 2 || rec.Missions[1].Title != "地域福祉の充実" {
		t.Fatalf("missions = %+v", rec.Missions)
	}
	want := []struct{ code, title, parent string }{
		{"1-1", "見守り体制の強化", ""}, {"1-1-1", "地域見守り活動の支援", "P1"}, {"1-1-2", "認知症サポーターの養成", "P1"}, {"1-2", "相談支援の充実", ""},
	}
	if len(rec.Projects) != len(want) {
		t.Fatalf("projects = %+v", rec.Projects)
	}
	for i, w := range want {
		p := rec.Projects[i]
		if p.Code != w.code || p.Title != w.title || p.ParentID != w.parent || p.MissionID != rec.Missions[1].ID {
			t.Errorf("project %d = %+v, want %+v under %s", i, p, w, rec.Missions[1].ID)
		}
	}
}

// TestSDGIcons checks that an icon's alt text tags the goal it follows.
func TestSDGIcons(t *testing.T) {
	data, err := os.ReadFile("testdata/sdg-icons.html")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "sdg-icons.html", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Missions) != 2 || len(rec.Missions[0].SDGs) != 1 || rec.Missions[0].SDGs[0] != 13 || len(rec.Missions[1].SDGs) != 1 || rec.Missions[1].SDGs[0] != 12 {
		t.Errorf("missions = %+v", rec.Missions)
	}
	if len(rec.SDGs) != 2 || rec.SDGs[0] != 12 || rec.SDGs[1] != 13 {
		t.Errorf("sdgs = %v, want [12 13]", rec.SDGs)
	}
}

// TestGoalTable checks a table whose rows are goals with an indicator and an
// evaluation each.
func TestGoalTable(t *testing.T) {
	data, err := os.ReadFile("testdata/goal-table.html")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "goal-table.html", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Missions) != 2 || rec.Missions[0].Title != "地域活動の担い手を増やす" || rec.Missions[0].Result != "A" || rec.Missions[1].Result != "B" {
		t.Fatalf("missions = %+v", rec.Missions)
	}
	if len(rec.Indicators) != 2 || rec.Indicators[1].MissionID != rec.Missions[1].ID || rec.Indicators[1].Target == nil || *rec.Indicators[1].Target.Value != 1000 {
		t.Errorf("indicators = %+v", rec.Indicators)
	}
}

// TestDepartmentHeadings checks that bullets under department headings are
// projects carrying their department, the publisher's organization empty.
func TestDepartmentHeadings(t *testing.T) {
	data, err := os.ReadFile("testdata/bracketed-departments.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "bracketed-departments.txt", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Kind != "newsletter_digest" || rec.Publisher.Organization == nil || *rec.Publisher.Organization != "" {
		t.Errorf("kind %q organization %v", rec.Kind, rec.Publisher.Organization)
	}
	want := [][2]string{{"行財政改革を進めます。", "企画部"}, {"基本計画を策定します。", "企画部"}, {"防災計画を改定します。", "総務部"}}
	if len(rec.Projects) != len(want) {
		t.Fatalf("projects = %+v", rec.Projects)
	}
	for i, w := range want {
		if rec.Projects[i].Title != w[0] || rec.Projects[i].Organization != w[1] {
			t.Errorf("project %d = %+v, want %v", i, rec.Projects[i], w)
		}
	}
}

// TestTagLegend checks that a sign explained by a legend line (☞ …行革推進事業)
// tags the items it marks, in every form the seed comes in.
func TestTagLegend(t *testing.T) {
	for _, e := range corpusEntries(t) {
		if !strings.HasPrefix(e.id, "s002-") {
			continue
		}
		rec := extractGeneric(t, e)
		n := 0
		for _, p := range rec.Projects {
			if len(p.Tags) == 1 && p.Tags[0] == "行革推進事業" {
				n++
			}
		}
		if n != 4 {
			t.Errorf("%s: %d projects tagged 行革推進事業, want 4", e.id, n)
		}
	}
}

// TestLabelledVision checks a vision written on its label's line.
func TestLabelledVision(t *testing.T) {
	data, err := os.ReadFile("testdata/theme.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "theme.txt", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Vision != "つながりが生まれるまち" || len(rec.Missions) != 1 || rec.Missions[0].Title != "地域活動の担い手づくり" {
		t.Errorf("vision %q missions %+v", rec.Vision, rec.Missions)
	}
}

// TestNestedNumberStyles checks that ① items under a (1) project are its
// child projects.
func TestNestedNumberStyles(t *testing.T) {
	data, err := os.ReadFile("testdata/nested-projects.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: "nested-projects.txt", Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"道路の安全対策", ""}, {"通学路の点検", "P1"}, {"歩道の整備", "P1"}, {"公園の再整備", ""}, {"遊具の更新", "P4"}}
	if len(rec.Projects) != len(want) {
		t.Fatalf("projects = %+v", rec.Projects)
	}
	for i, w := range want {
		if rec.Projects[i].Title != w[0] || rec.Projects[i].ParentID != w[1] {
			t.Errorf("project %d = %+v, want %v", i, rec.Projects[i], w)
		}
	}
}
