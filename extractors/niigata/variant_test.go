package niigata

import (
	"context"
	"testing"

	"jplan/extractors/internal/truthcmp"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// TestOtherOrganizations runs documents of the family that are not seeds —
// 西区 (another ward: its own code 151076, three goals, a 取組結果 cell split
// by a table break, 3 goals of which 2 achieved) and 総務課 (a section, as
// HTML, on the city's domain: the city's code; and printed by Chromium, whose
// PDF has the 評価 table without ruling lines, so it reaches the extractor as
// label and content paragraphs) — against records checked by hand
// (testdata/<name>.want.json for testdata/<name>.*, never generated).
func TestOtherOrganizations(t *testing.T) {
	tests := []struct{ input, url string }{
		{"testdata/nishi-ward.txt", ""},
		{"testdata/soumu-section.html", "https://www.city.niigata.lg.jp/shisei/soshiki/target/soumu.html"},
		{"testdata/soumu-section.chromium.pdf", "https://www.city.niigata.lg.jp/shisei/soshiki/target/soumu.html"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			truthcmp.CheckInput(t, Name, tt.input, tt.url, truthcmp.WantFor(tt.input))
		})
	}
}

// TestContinuationAcrossTables: a 取組結果 cell split by a page break into a
// second table whose label cell is empty is re-joined, and the next table's
// rows do not continue a table separated from them by text.
func TestContinuationAcrossTables(t *testing.T) {
	doc := &layout.Document{Name: "split", Format: "pdf", Blocks: []layout.Block{
		{Kind: layout.Paragraph, Text: "令和6年度 北区組織目標"},
		{Kind: layout.Table, Rows: [][]layout.Cell{
			{{Text: "組織名"}, {Text: "北区"}, {Text: "区長"}, {Text: "佐藤 一"}},
			{{Text: "(参考)政策指標"}, {Text: "・公園の利用者数"}},
		}},
		{Kind: layout.Paragraph, Text: "重点目標"},
		{Kind: layout.Paragraph, Text: "1 公園を整備します。\n2 道路を直します。"},
		{Kind: layout.Paragraph, Text: "評価"},
		{Kind: layout.Table, Rows: [][]layout.Cell{
			{{Text: "重点目標の達成状況"}, {Text: "目標数"}, {Text: "2"}, {Text: "達成数"}, {Text: "2"}},
			{{Text: "取組結果"}, {Text: "1 公園を三か所整備し、利用者が"}},
		}},
		{Kind: layout.Table, Rows: [][]layout.Cell{
			{{Text: ""}, {Text: "増えました。\n2 道路を直しました。"}},
			{{Text: "今後の方\n向性"}, {Text: "1 続けます。\n2 広げます。"}},
		}},
	}}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []plan.Mission{
		{ID: "M1", Title: "公園を整備します。", Result: "公園を三か所整備し、利用者が増えました。", Outlook: "続けます。"},
		{ID: "M2", Title: "道路を直します。", Result: "道路を直しました。", Outlook: "広げます。"},
	}
	if len(rec.Missions) != len(want) {
		t.Fatalf("missions = %s, want %s", truthcmp.Show(rec.Missions), truthcmp.Show(want))
	}
	for i := range want {
		if g, w := truthcmp.Show(rec.Missions[i]), truthcmp.Show(want[i]); g != w {
			t.Errorf("mission %d = %s, want %s", i+1, g, w)
		}
	}
	if len(rec.Indicators) != 1 || rec.Indicators[0].Name != "公園の利用者数" {
		t.Errorf("indicators = %s, want only 公園の利用者数", truthcmp.Show(rec.Indicators))
	}
	if rec.Publisher.MunicipalityCode != "151017" {
		t.Errorf("municipality_code = %q, want 151017 (新潟市北区)", rec.Publisher.MunicipalityCode)
	}
}

// TestGoalShapes: goals written as bullets, a numbered goal with bullet
// details (its description), one goal with an unnumbered result, and counts
// written in a line instead of a table.
func TestGoalShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []plan.Mission
		total      int
	}{
		{"bullets", "令和6年度 江南区組織目標\n\n重点目標\n\n・農業の担い手を育てます。\n・観光の拠点を整えます。\n\n評価 目標数:2 達成数:1\n",
			[]plan.Mission{{ID: "M1", Title: "農業の担い手を育てます。"}, {ID: "M2", Title: "観光の拠点を整えます。"}}, 2},
		{"details", "令和6年度 南区組織目標\n\n重点目標\n\n1 防災力を高めます。\n・訓練の実施\n・備蓄の点検\n2 子育てを支えます。\n\n目標数 2\n",
			[]plan.Mission{{ID: "M1", Title: "防災力を高めます。", Description: "訓練の実施\n備蓄の点検"}, {ID: "M2", Title: "子育てを支えます。"}}, 2},
		{"one goal", "令和6年度 秋葉区組織目標\n\n重点目標\n\n里山の魅力を発信します。\n\n評価\n\n| 取組結果 | 体験会を10回開きました。 |\n|---|---|\n| 今後の方向性 | 回数を増やします。 |\n",
			[]plan.Mission{{ID: "M1", Title: "里山の魅力を発信します。", Result: "体験会を10回開きました。", Outlook: "回数を増やします。"}}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := layout.Parse(context.Background(), []byte(tt.text), layout.Options{Name: tt.name})
			if err != nil {
				t.Fatal(err)
			}
			rec, err := Extract(context.Background(), doc, nil)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := truthcmp.Show(rec.Missions), truthcmp.Show(tt.want); g != w {
				t.Errorf("missions = %s\nwant %s", g, w)
			}
			switch {
			case tt.total < 0 && rec.Evaluation != nil:
				t.Errorf("evaluation = %s, want none", truthcmp.Show(rec.Evaluation))
			case tt.total >= 0 && (rec.Evaluation == nil || rec.Evaluation.GoalsTotal == nil || *rec.Evaluation.GoalsTotal != tt.total):
				t.Errorf("evaluation = %s, want goals_total %d", truthcmp.Show(rec.Evaluation), tt.total)
			}
		})
	}
}

// TestFlatHeader: a header table that a PDF without ruling lines turned into
// lines still gives the organization, its head and the vision.
func TestFlatHeader(t *testing.T) {
	doc := &layout.Document{Name: "flat", Format: "pdf", Blocks: []layout.Block{
		{Kind: layout.Heading, Level: 1, Text: "令和6年度 東区組織目標"},
		{Kind: layout.Paragraph, Text: "組織名 東区 区長 高橋 三郎"},
		{Kind: layout.Paragraph, Text: "組織の目的・方向性 ふれあいのまち"},
		{Kind: layout.Heading, Level: 2, Text: "重点目標"},
		{Kind: layout.Paragraph, Text: "1 交流を広げます。"},
	}}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	org := ""
	if rec.Publisher.Organization != nil {
		org = *rec.Publisher.Organization
	}
	if org != "東区" || rec.Publisher.Head != "高橋 三郎" || rec.Vision != "ふれあいのまち" || rec.Publisher.MunicipalityCode != "151025" {
		t.Errorf("organization %q, head %q, vision %q, code %q; want 東区, 高橋 三郎, ふれあいのまち, 151025",
			org, rec.Publisher.Head, rec.Vision, rec.Publisher.MunicipalityCode)
	}
	if len(rec.Missions) != 1 || rec.Missions[0].Title != "交流を広げます。" {
		t.Errorf("missions = %s", truthcmp.Show(rec.Missions))
	}
}

// TestSectionIndicators: a section's table of 重点目標 | 指標 | 目標値 | 実績値
// gives indicators linked to their goals; 重点目標 is the goal column, not
// the target.
func TestSectionIndicators(t *testing.T) {
	text := "令和6年度 総務課組織目標\n\n| 組織名 | 総務課 | 課長 | 鈴木 一郎 |\n|---|---|---|---|\n| 組織の目的・方向性 | 信頼される市役所 | | |\n\n" +
		"重点目標\n\n- 1 文書事務を電子化します。\n- 2 研修を充実します。\n\n" +
		"| 重点目標 | 指標 | 目標値(令和6年度) | 実績値 |\n|---|---|---|---|\n| 1 | 電子決裁の割合 | 80% | 75% |\n| 2 | 研修の受講者数 | 300人 | - |\n\n" +
		"評価\n\n| 重点目標の達成状況 | 目標数 | 2 | 達成数 | 1 |\n|---|---|---|---|---|\n| 取組結果 | <p>1 進みました。</p> <p>2 届きませんでした。</p> | | | |\n"
	doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: "section.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"id":"I1","name":"電子決裁の割合","mission_id":"M1","target":{"raw":"80%","value":80,"unit":"%","fiscal_year":2024},"actual":{"raw":"75%","value":75,"unit":"%"}},` +
		`{"id":"I2","name":"研修の受講者数","mission_id":"M2","target":{"raw":"300人","value":300,"unit":"人","fiscal_year":2024},"actual":{"raw":"-"}}]`
	if g := truthcmp.Show(rec.Indicators); g != want {
		t.Errorf("indicators =\n%s\nwant\n%s", g, want)
	}
	if len(rec.Missions) != 2 || rec.Missions[1].Result != "届きませんでした。" {
		t.Errorf("missions = %s", truthcmp.Show(rec.Missions))
	}
}
