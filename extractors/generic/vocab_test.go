package generic

import (
	"context"
	"strings"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

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

// TestHeadingSignal: a short line without 。 is a heading only when it reads
// as one (the tokenizer's signal), so a sentence that lost its 。 stays body
// text of the item above it.
func TestHeadingSignal(t *testing.T) {
	for s, want := range map[string]bool{
		"職員の育成":   true,
		"防災体制の強化": true,
		"「共生社会まにわ」、「ジェンダー平等社会」の形成推進": true,
		"健康で安心して暮らせるまち「大正」":          true,
		"研修体制を充実します":                 false,
		"地域の活性化に取り組む":                false,
		"市民サービスの質を向上させます。":           false,
	} {
		if got := isHeadingText(s); got != want {
			t.Errorf("isHeadingText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSentenceWithoutStopIsNotAMission runs a whole document: the 。-less
// sentence joins the description of the mission above it.
func TestSentenceWithoutStopIsNotAMission(t *testing.T) {
	text := "令和6年度 部局経営目標【総務部】\n\n(1)部局の役割・使命\n\n職員の育成\n\n職員一人ひとりの能力を高め、市民サービスの質を向上させます。\n\n" +
		"研修体制を充実します\n\n新しい研修を実施し、職員の力を伸ばします。\n\n防災体制の強化\n\n地域防災計画を改定し、訓練を重ねます。\n"
	rec := extractText(t, text)
	var titles []string
	for _, m := range rec.Missions {
		titles = append(titles, m.Title)
	}
	if len(titles) != 2 || titles[0] != "職員の育成" || titles[1] != "防災体制の強化" {
		t.Fatalf("missions = %q, want [職員の育成 防災体制の強化]", titles)
	}
	if d := rec.Missions[0].Description; !strings.Contains(d, "研修体制を充実します") {
		t.Errorf("description of 職員の育成 = %q, want the 。-less sentence in it", d)
	}
}

// extractText lays out a text document and runs the generic extractor on it.
func extractText(t *testing.T, text string) *plan.Record {
	t.Helper()
	doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: t.Name() + ".txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(context.Background(), doc, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}
