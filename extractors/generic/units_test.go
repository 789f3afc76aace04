package generic

import (
	"testing"

	"jplan/internal/layout"
)

func TestUnitsJoinPDFWraps(t *testing.T) {
	doc := &layout.Document{Format: "pdf", Blocks: []layout.Block{
		{Kind: layout.Paragraph, Text: "３-① インターネットメディア（ホームページ、ＳＮＳ）の効果的活\n用", Pos: layout.Pos{Page: 1, X: 50, Y: 100}},
		{Kind: layout.Paragraph, Text: "・防災関係機関連携訓練などを実施しま", Pos: layout.Pos{Page: 1, X: 50, Y: 200}},
		{Kind: layout.Paragraph, Text: "す。", Pos: layout.Pos{Page: 1, X: 64, Y: 217}},
		{Kind: layout.Paragraph, Text: "平成22 年度に作成した名簿", Pos: layout.Pos{Page: 1, X: 50, Y: 300}},
		{Kind: layout.Paragraph, Text: "１　にいがた２km の取り組み", Pos: layout.Pos{Page: 1, X: 50, Y: 400}},
	}}
	got := units(doc)
	want := []struct{ marker, body string }{
		{"3-①", "インターネットメディア(ホームページ、SNS)の効果的活用"},
		{"・", "防災関係機関連携訓練などを実施します。"},
		{"", "平成22年度に作成した名簿"},
		{"1", "にいがた2kmの取り組み"},
	}
	if len(got) != len(want) {
		for _, u := range got {
			t.Logf("%q %q", u.marker, u.body)
		}
		t.Fatalf("units = %d, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].marker != w.marker || got[i].body != w.body {
			t.Errorf("unit %d = %q %q, want %q %q", i, got[i].marker, got[i].body, w.marker, w.body)
		}
	}
}

func TestUnitsSplitFlattenedPages(t *testing.T) {
	long := "成果指標 総合計画の達成度合いを判断するため、成果指標を設定しました。成果指標とは、計画の実現に向けた様々な取り組みに対する目標を、数値でわかりやすく示したもので 1章 市民の個性と能力が発揮できるまちづくり(教育・文化) ①子育て・就学前教育 目標(指標)名 単位 現状 目標(平成31年度) 待機児童 人 0 0 ②義務教育 目標(指標)名 単位"
	got := units(&layout.Document{Format: "text", Blocks: []layout.Block{{Kind: layout.Paragraph, Text: long}}})
	var markers []string
	for _, u := range got {
		markers = append(markers, u.marker)
	}
	want := []string{"", "1章", "①", "", "②", ""}
	if len(markers) != len(want) {
		t.Fatalf("markers = %q, want %q", markers, want)
	}
	for i := range want {
		if markers[i] != want[i] {
			t.Errorf("markers = %q, want %q", markers, want)
			break
		}
	}
}
