package generic

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		heading string
		want    section
	}{
		{"(1)部局の役割・使命(ミッション)・経営方針", secMission},
		{"(1) 部局の方向性 (テーマ)", secMission},
		{"(2) 事業成果目標 (重点事業)", secProject},
		{"重点目標", secMission},
		{"重点的に取り組む経営課題", secMission},
		{"4つの重点プロジェクト", secProject},
		{"組織の目的・方向性", secVision},
		{"区の目標(何をめざすのか)", secVision},
		{"今後の方向性", secOutlook},
		{"取組結果", secResult},
		{"(参考) 関連する総合計画における政策指標*", secIndicator},
		{"課題認識", secSkip},
		{"目標値", secNone},
		{"【テーマ】", secVision},
		{"市民との協働で取り組みます", secNone},
		{"循環型経済の推進", secNone},
	}
	for _, tt := range tests {
		if got := classify(tt.heading); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.heading, got, tt.want)
		}
	}
}

func TestEndsWithVocab(t *testing.T) {
	for s, want := range map[string]bool{
		"政策目標(未来のまちの姿を実現するための政策単位の目標)": true,
		"(参考) 関連する総合計画における政策指標*":       true,
		"人口ビジョン達成に向けた取り組みの強化":          false,
		"【主な施策】": false,
	} {
		if got := endsWithVocab(s); got != want {
			t.Errorf("endsWithVocab(%q) = %v", s, got)
		}
	}
}

func TestLeadSection(t *testing.T) {
	tests := []struct {
		s    string
		want section
	}{
		{"この方針のもと、地域・魅力創造部は今年度、次の4つの取り組みを実施します。", secProject},
		{"中央区では、区の将来像の実現に向けて、今年度は、次の4つの目標に重点的に取り組みます。", secMission},
		{"上記の使命を踏まえ次の4つの柱を立て、それぞれの柱に応じた施策を進めていく。", secMission},
		{"市民の皆さまと協働して取り組みます。", secNone},
	}
	for _, tt := range tests {
		if got := leadSection(tt.s); got != tt.want {
			t.Errorf("leadSection(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestItemSplits(t *testing.T) {
	tests := []struct {
		marker, body, title, desc string
	}{
		{"・", "人口減少対策の取組強化 急速に進む人口減少に対し、持続可能な地域づくりの取組を推進する。", "人口減少対策の取組強化", "急速に進む人口減少に対し、持続可能な地域づくりの取組を推進する。"},
		{"1", "にいがた 2km の取り組みと連携しながら、交流人口の創出に努めます。", "にいがた 2km の取り組みと連携しながら、交流人口の創出に努めます。", ""},
		{"1.", "共生と多様性で輝くまち:コミュニティ・都市経営", "共生と多様性で輝くまち", "コミュニティ・都市経営"},
		{"-", "健康で安心して暮らせるまち「大正」(主に福祉、健康、生活保護、人権)", "健康で安心して暮らせるまち「大正」", "主に福祉、健康、生活保護、人権"},
		{"", "真庭ライフスタイルの実現【No.17:パートナーシップで目標を達成しよう】", "真庭ライフスタイルの実現", ""},
		{"-", "☞事務事業総点検運動を推進します。", "事務事業総点検運動を推進します。", ""},
	}
	for _, tt := range tests {
		it := newItem(true, tt.marker, tt.body, "x")
		if it.title != tt.title || desc(it) != tt.desc {
			t.Errorf("newItem(%q, %q) = %q / %q, want %q / %q", tt.marker, tt.body, it.title, desc(it), tt.title, tt.desc)
		}
	}
	if it := newItem(true, "", "真庭ライフスタイルの実現【No.17:パートナーシップで目標を達成しよう】", "x"); len(it.sdgs) != 1 || it.sdgs[0] != 17 {
		t.Errorf("sdgs = %v, want [17]", it.sdgs)
	}
	if it := newItem(false, "", "☞事務", "x"); it.mark != '☞' {
		t.Errorf("mark = %q", it.mark)
	}
}

func TestMarkerStyle(t *testing.T) {
	for m, want := range map[string]string{"・": "bullet", "(1)": "paren", "第1章": "chapter", "1章": "chapter", "1-①": "compound", "①": "circled", "1.": "number", "": ""} {
		if got := markerStyle(m); got != want {
			t.Errorf("markerStyle(%q) = %q, want %q", m, got, want)
		}
	}
}

func TestLooksLikeIndicator(t *testing.T) {
	for s, want := range map[string]bool{
		"自分らしい暮らしの豊かさを実感している市民の割合": true,
		"特定健診の受診率": true,
		"コミュニティ、生涯学習・市民活動、男女共同参画": false,
		"受診率の向上を図ります。":            false,
		"割合":                      false,
	} {
		if got := looksLikeIndicator(unit{body: s}); got != want {
			t.Errorf("looksLikeIndicator(%q) = %v", s, got)
		}
	}
}
