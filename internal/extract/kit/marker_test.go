package kit

import "testing"

func TestSplitMarker(t *testing.T) {
	tests := []struct{ in, marker, rest, code string }{
		{"1-①キャッシュレス・市民ポイント推進事業", "1-①", "キャッシュレス・市民ポイント推進事業", "1-①"},
		{"(1) 部局の方向性 (テーマ)", "(1)", "部局の方向性 (テーマ)", "(1)"},
		{"①コミュニティ", "①", "コミュニティ", "①"},
		{"●人口減少抑制対策", "●", "人口減少抑制対策", ""},
		{"・講演会等による啓発", "・", "講演会等による啓発", ""},
		{"1. 共生と多様性で輝くまち", "1.", "共生と多様性で輝くまち", "1"},
		{"1 にいがた 2km の取り組み", "1", "にいがた 2km の取り組み", "1"},
		{"第1章 市民の個性", "第1章", "市民の個性", "第1章"},
		{"第3期総合戦略に掲げる", "", "第3期総合戦略に掲げる", ""},
		{"2023年度の目標", "", "2023年度の目標", ""},
		{"※政策指標…", "※", "政策指標…", ""},
		{"・・・・", "", "・・・・", ""},
		{"①", "", "①", ""},
		{"1-1-1 地域見守り活動の支援", "1-1-1", "地域見守り活動の支援", "1-1-1"},
		{"ア 相談窓口の一本化", "ア", "相談窓口の一本化", "ア"},
		{"アイデアを募集します", "", "アイデアを募集します", ""},
		{"真庭ライフスタイル", "", "真庭ライフスタイル", ""},
	}
	for _, tt := range tests {
		m, r := SplitMarker(tt.in)
		if m != tt.marker || r != tt.rest {
			t.Errorf("SplitMarker(%q) = %q, %q; want %q, %q", tt.in, m, r, tt.marker, tt.rest)
		}
		if c := Code(m); c != tt.code {
			t.Errorf("Code(%q) = %q, want %q", m, c, tt.code)
		}
	}
}

func TestBulletsAndFootnotes(t *testing.T) {
	for m, want := range map[string]bool{"・": true, "●": true, "-": true, "①": false, "1.": false, "": false} {
		if IsBullet(m) != want {
			t.Errorf("IsBullet(%q) = %v", m, !want)
		}
	}
	if !IsFootnote("※") || IsFootnote("・") {
		t.Error("IsFootnote wrong")
	}
}
