package layout

import "testing"

func TestSplitMarker(t *testing.T) {
	cases := []struct{ line, marker, rest string }{
		{"・真庭ライフスタイル", "・", "真庭ライフスタイル"},
		{"● 人口減少抑制対策", "●", "人口減少抑制対策"},
		{"- 第4次基本計画", "-", "第4次基本計画"},
		{"☞事務事業総点検運動", "☞", "事務事業総点検運動"},
		{"※震災時に優先的に", "※", "震災時に優先的に"},
		{"(1)部局の役割", "(1)", "部局の役割"},
		{"（１）部局の方向性", "（１）", "部局の方向性"},
		{"(ア) 地域福祉", "(ア)", "地域福祉"},
		{"(一) 総則", "(一)", "総則"},
		{"1. 目的", "1.", "目的"},
		{"１．目的", "１．", "目的"},
		{"1-① キャッシュレス", "1-①", "キャッシュレス"},
		{"3-③インターネット", "3-③", "インターネット"},
		{"①市内成婚数", "①", "市内成婚数"},
		{"Ⅱ 基本方針", "Ⅱ", "基本方針"},
		{"第1 基本方針", "第1", "基本方針"},
		{"第2章 計画", "第2章", "計画"},
		// Not markers.
		{"第3期総合戦略に掲げる", "", ""},
		{"1.5億円の事業", "", ""},
		{"-1℃の朝", "", ""},
		{"2023年6月22日", "", ""},
		{"1 にいがた 2km", "", ""},
		{"・", "", ""},
		{"真庭市", "", ""},
		{"10-12345", "", ""},
	}
	for _, c := range cases {
		m, rest, ok := splitMarker(c.line)
		if ok != (c.marker != "") || m != c.marker || rest != c.rest {
			t.Errorf("splitMarker(%q) = %q, %q, %v; want %q, %q", c.line, m, rest, ok, c.marker, c.rest)
		}
	}
}

func TestSplitInlineBullets(t *testing.T) {
	got := splitInlineBullets(" ・公金収納や「まにこいん」を活用 ・ライフスタイル・SDGsの実現 ・講演会 ")
	want := [][2]string{{"・", "公金収納や「まにこいん」を活用"}, {"・", "ライフスタイル・SDGsの実現"}, {"・", "講演会"}}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d = %q, want %q", i, got[i], want[i])
		}
	}
	if got := splitInlineBullets("前置き ・項目"); len(got) != 2 || got[0][0] != "" || got[0][1] != "前置き" {
		t.Errorf("leading text: %q", got)
	}
}

func TestCollapseLine(t *testing.T) {
	for in, want := range map[string]string{
		"  木村\u3000辰生  ":        "木村\u3000辰生",
		"の実現\u00a0\u00a0\u00a0": "の実現",
		"a\t\n b\x00c":          "a bc",
		"\u3000\u3000":          "",
	} {
		if got := collapseLine(in); got != want {
			t.Errorf("collapseLine(%q) = %q, want %q", in, got, want)
		}
	}
}
