package kit

import (
	"testing"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

type q struct {
	raw   string
	value float64
	unit  string
	fy    int
	est   bool
}

func checkQ(t *testing.T, what string, got *plan.Quantity, want *q) {
	t.Helper()
	if want == nil {
		if got != nil {
			t.Errorf("%s = %+v, want none", what, got)
		}
		return
	}
	if got == nil {
		t.Errorf("%s missing, want %+v", what, *want)
		return
	}
	v := -1.0
	if got.Value != nil {
		v = *got.Value
	}
	if got.Raw != want.raw || v != want.value || got.Unit != want.unit || got.FiscalYear != want.fy || got.Estimated != want.est {
		t.Errorf("%s = {%q %v %q %d %v}, want %+v", what, got.Raw, v, got.Unit, got.FiscalYear, got.Estimated, *want)
	}
}

func TestProseIndicators(t *testing.T) {
	type ind struct {
		name           string
		target, actual *q
	}
	tests := []struct {
		text string
		want []ind
	}{
		{"指標:①市内成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②34人)", []ind{
			{"市内成婚数", &q{"115組", 115, "組", 0, false}, &q{"121組", 121, "組", 2025, false}},
			{"移住者数", &q{"30人", 30, "人", 0, false}, &q{"34人", 34, "人", 2025, false}},
		}},
		{"指標:①まにこいん決済額(累計) ②加盟店数\n目標値:①10.0億円 ②350店\n(令和7年度実績値:①7.4億円 ②297店)", []ind{
			{"まにこいん決済額(累計)", &q{"10.0億円", 1e9, "円", 0, false}, &q{"7.4億円", 7.4e8, "円", 2025, false}},
			{"加盟店数", &q{"350店", 350, "店", 0, false}, &q{"297店", 297, "店", 2025, false}},
		}},
		{"指標:作業進捗率\n目標値:100%\n(令和7年度実績値(見込み):100%)", []ind{
			{"作業進捗率", &q{"100%", 100, "%", 0, false}, &q{"100%", 100, "%", 2025, true}},
		}},
		{"指標:ワークショップ等の延べ参加者数 目標値:100% (令和7年度実績値: -)", []ind{
			{"ワークショップ等の延べ参加者数", &q{"100%", 100, "%", 0, false}, &q{"-", -1, "", 2025, false}},
		}},
		{"指標:アクセス件数 目標値:450万件 (令和7年度実績値(見込み):395万件)", []ind{
			{"アクセス件数", &q{"450万件", 4.5e6, "件", 0, false}, &q{"395万件", 3.95e6, "件", 2025, true}},
		}},
		{"成果指標:市民満足度", []ind{{"市民満足度", nil, nil}}},
		{"目標を達成します。", nil},
	}
	for _, tt := range tests {
		got := ProseIndicators(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("ProseIndicators(%.40q) gave %d indicators, want %d: %+v", tt.text, len(got), len(tt.want), got)
			continue
		}
		for i, w := range tt.want {
			if got[i].Name != w.name {
				t.Errorf("indicator %d name = %q, want %q", i, got[i].Name, w.name)
			}
			checkQ(t, w.name+" target", got[i].Target, w.target)
			checkQ(t, w.name+" actual", got[i].Actual, w.actual)
		}
	}
}

func TestTableIndicators(t *testing.T) {
	row := func(cells ...string) []layout.Cell {
		var out []layout.Cell
		for _, c := range cells {
			out = append(out, layout.Cell{Text: c})
		}
		return out
	}
	tb := layout.Block{Kind: layout.Table, Rows: [][]layout.Cell{
		row("目標(指標)名", "単位", "現状", "目標(平成31年度)"),
		row("待機児童", "人", "0", "0"),
		row("母子・父子相談件数", "件", "943", "1,000"),
		row("(幼稚園教諭の)保育士資格取得", "", "", "全員取得"),
	}}
	got := TableIndicators(tb)
	if len(got) != 3 {
		t.Fatalf("TableIndicators gave %d, want 3: %+v", len(got), got)
	}
	checkQ(t, "待機児童 target", got[0].Target, &q{"0", 0, "人", 2019, false})
	checkQ(t, "待機児童 actual", got[0].Actual, &q{"0", 0, "人", 0, false})
	checkQ(t, "相談件数 target", got[1].Target, &q{"1,000", 1000, "件", 2019, false})
	checkQ(t, "資格取得 target", got[2].Target, &q{"全員取得", -1, "", 2019, false})
	checkQ(t, "資格取得 actual", got[2].Actual, nil)
	if got[2].Name != "(幼稚園教諭の)保育士資格取得" {
		t.Errorf("name = %q", got[2].Name)
	}
	goals := TableIndicators(layout.Block{Kind: layout.Table, Rows: [][]layout.Cell{
		row("重点目標", "指標", "目標値", "実績値"),
		row("地域活動の担い手を増やす", "ボランティア登録者数", "300人", "320人"),
	}})
	if len(goals) != 1 || goals[0].Name != "ボランティア登録者数" {
		t.Fatalf("goal table gave %+v", goals)
	}
	checkQ(t, "登録者数 target", goals[0].Target, &q{"300人", 300, "人", 0, false})
	if TableIndicators(layout.Block{Kind: layout.Table, Rows: [][]layout.Cell{row("年度", "令和8年度"), row("部局名", "総合政策部")}}) != nil {
		t.Error("a header table gave indicators")
	}
}

func TestFlatIndicators(t *testing.T) {
	text := "①子育て・就学前教育 目標(指標)名 単位 現状 目標(平成31年度) 待機児童 人 0 0 認定こども園 カ所 1 3 母子・父子相談件数 件 943 1,000 全員取得 (幼稚園教諭の)保育士資格取得 ②義務教育 目標(指標)名 単位 % 現状 0 目標(平成31年度) 市体育協会会員数 市スポーツ少年団加入者数 人 人 1,624 261 1,800 280 目標(指標)の説明 市では待機児童は存在しない が、今後も"
	got := FlatIndicators(text)
	want := []string{"待機児童", "認定こども園", "母子・父子相談件数", "(幼稚園教諭の)保育士資格取得", "市体育協会会員数", "市スポーツ少年団加入者数"}
	if len(got) != len(want) {
		t.Fatalf("FlatIndicators gave %d: %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Name != w {
			t.Errorf("name %d = %q, want %q", i, got[i].Name, w)
		}
	}
	checkQ(t, "待機児童 target", got[0].Target, &q{"0", 0, "人", 2019, false})
	checkQ(t, "認定こども園 actual", got[1].Actual, &q{"1", 1, "カ所", 0, false})
	checkQ(t, "相談件数 target", got[2].Target, &q{"1,000", 1000, "件", 2019, false})
	checkQ(t, "資格取得 target", got[3].Target, nil)
	checkQ(t, "少年団 target (misaligned row)", got[5].Target, nil)
	if FlatIndicators("待機児童 人 0 0") != nil {
		t.Error("names read without a name header")
	}
}
