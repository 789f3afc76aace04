package sdg

import (
	"reflect"
	"strings"
	"testing"
)

func TestGoalsTable(t *testing.T) {
	if _, err := parseGoals(goalsCSV); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		n      int
		ja, en string
	}{
		{1, "貧困をなくそう", "No Poverty"},
		{7, "エネルギーをみんなに そしてクリーンに", "Affordable and Clean Energy"},
		{17, "パートナーシップで目標を達成しよう", "Partnerships for the Goals"},
		{0, "", ""},
		{18, "", ""},
		{-1, "", ""},
	} {
		ja, en := Name(tc.n)
		if ja != tc.ja || en != tc.en {
			t.Errorf("Name(%d) = %q, %q; want %q, %q", tc.n, ja, en, tc.ja, tc.en)
		}
	}
}

func TestParseGoalsRejectsBrokenTables(t *testing.T) {
	for name, in := range map[string]string{
		"short":       "Number,name_ja,name_en\n1,a,b\n",
		"misnumbered": strings.Replace(string(goalsCSV), "\n2,", "\n3,", 1),
		"quote":       "Number,name_ja\n\"1,a\n",
	} {
		if _, err := parseGoals([]byte(in)); err == nil || !strings.HasPrefix(err.Error(), "sdg: data/sdg_goals.csv") {
			t.Errorf("%s: err = %v, want an sdg: data/sdg_goals.csv error", name, err)
		}
	}
}

// found is the part of a Tag the table tests compare.
type found struct {
	Goal   int
	Raw    string
	Name   string
	Warned bool
	Named  bool // NameOnly
}

func summarise(tags []Tag) []found {
	var out []found
	for _, t := range tags {
		out = append(out, found{t.Goal, t.Raw, t.Name, t.Warning != "", t.NameOnly})
	}
	return out
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []found
	}{
		{"maniwa tag", "真庭ライフスタイル・SDGs未来杜市の実現     \n【No.17:パートナーシップで目標を達成しよう】\n",
			[]found{{17, "【No.17:パートナーシップで目標を達成しよう】", "パートナーシップで目標を達成しよう", false, false}}},
		{"full-width digits and colon", "【Ｎｏ．１１：住み続けられるまちづくりを】",
			[]found{{11, "【Ｎｏ．１１：住み続けられるまちづくりを】", "住み続けられるまちづくりを", false, false}}},
		{"half-width brackets NO", "[NO.4 質の高い教育をみんなに]",
			[]found{{4, "[NO.4 質の高い教育をみんなに]", "質の高い教育をみんなに", false, false}}},
		{"numero sign", "〔№8：働きがいも 経済成長も〕",
			[]found{{8, "〔№8：働きがいも 経済成長も〕", "働きがいも 経済成長も", false, false}}},
		{"variant with comma", "【No.7:エネルギーをみんなに、そしてクリーンに】",
			[]found{{7, "【No.7:エネルギーをみんなに、そしてクリーンに】", "エネルギーをみんなに、そしてクリーンに", false, false}}},
		{"variant kanji", "【No.1:貧困を無くそう】",
			[]found{{1, "【No.1:貧困を無くそう】", "貧困を無くそう", false, false}}},
		{"wrong name keeps number", "【No.3:質の高い教育をみんなに】",
			[]found{{3, "【No.3:質の高い教育をみんなに】", "質の高い教育をみんなに", true, false}}},
		{"unknown name keeps number", "【No.9:ものづくりの未来】",
			[]found{{9, "【No.9:ものづくりの未来】", "ものづくりの未来", true, false}}},
		{"SDGs目標", "SDGs目標17の達成に向けて", []found{{17, "SDGs目標17", "", false, false}}},
		{"SDGsゴール", "関連するSDGsゴール3", []found{{3, "SDGsゴール3", "", false, false}}},
		{"ゴール alone", "ゴール3", []found{{3, "ゴール3", "", false, false}}},
		{"SDG3", "SDG3", []found{{3, "SDG3", "", false, false}}},
		{"SDGs No.", "SDGs No.4", []found{{4, "SDGs No.4", "", false, false}}},
		{"SDGsの目標", "SDGsの目標11", []found{{11, "SDGsの目標11", "", false, false}}},
		{"list nakaguro", "SDGs 3・4・17",
			[]found{{3, "SDGs 3・4・17", "", false, false}, {4, "SDGs 3・4・17", "", false, false}, {17, "SDGs 3・4・17", "", false, false}}},
		{"list comma and repeated anchor", "ゴール1、ゴール2,ゴール16",
			[]found{{1, "ゴール1、ゴール2,ゴール16", "", false, false}, {2, "ゴール1、ゴール2,ゴール16", "", false, false}, {16, "ゴール1、ゴール2,ゴール16", "", false, false}}},
		{"range", "SDGs：ゴール１～３",
			[]found{{1, "SDGs：ゴール１～３", "", false, false}, {2, "SDGs：ゴール１～３", "", false, false}, {3, "SDGs：ゴール１～３", "", false, false}}},
		{"bare 目標 is not a goal", "目標11 道路の整備を進める", nil},
		{"目標 with SDG context", "関連するSDGs：目標11", []found{{11, "SDGs：目標11", "", false, false}}},
		{"目標 after SDG later on the line", "SDGsとの関係 目標4", []found{{4, "目標4", "", false, false}}},
		{"目標 with a goal name", "目標4 質の高い教育をみんなに", []found{{4, "目標4 質の高い教育をみんなに", "質の高い教育をみんなに", false, false}}},
		{"目標 on the next line after SDGs", "SDGs\n目標3 健康づくり", nil},
		{"bare No. is not a goal", "No.3 道路整備", nil},
		{"No. in parentheses with other text", "（No.3 道路整備の推進）", nil},
		{"icon alt", "SDGsアイコン 4 質の高い教育をみんなに",
			[]found{{4, "SDGsアイコン 4 質の高い教育をみんなに", "質の高い教育をみんなに", false, false}}},
		{"icon file name", "sdg_icon_04", []found{{4, "sdg_icon_04", "", false, false}}},
		{"name alone in alt", "質の高い教育をみんなに", []found{{4, "質の高い教育をみんなに", "質の高い教育をみんなに", false, true}}},
		{"name inside prose is not a tag", "住み続けられるまちづくりを進めます", nil},
		{"name alone on a later line", "関連するSDGs\n質の高い教育をみんなに", []found{{4, "質の高い教育をみんなに", "質の高い教育をみんなに", false, true}}},
		{"name after a bullet", "・Climate Action", []found{{13, "Climate Action", "Climate Action", false, true}}},
		{"name after other words is not a tag", "市の住み続けられるまちづくりを", nil},
		{"english", "Goal 4: Quality Education", []found{{4, "Goal 4: Quality Education", "Quality Education", false, false}}},
		{"english name alone", "Climate Action", []found{{13, "Climate Action", "Climate Action", false, true}}},
		{"english variant", "Goal 8: Decent Jobs and Economic Growth",
			[]found{{8, "Goal 8: Decent Jobs and Economic Growth", "Decent Jobs and Economic Growth", false, false}}},
		{"year is not a goal", "SDGs 2030年までに", nil},
		{"SDGs count is not a goal", "SDGsの17の目標", nil},
		{"out of range", "ゴール18", nil},
		{"counting is not a goal", "ゴール3つ", nil},
		{"word containing no", "innovation 3", nil},
		{"quoted name", "SDGs目標4「質の高い教育をみんなに」",
			[]found{{4, "SDGs目標4「質の高い教育をみんなに」", "質の高い教育をみんなに", false, false}}},
		{"No without dot", "【NO17：パートナーシップで目標を達成しよう】",
			[]found{{17, "【NO17：パートナーシップで目標を達成しよう】", "パートナーシップで目標を達成しよう", false, false}}},
		{"full-width SDGs", "ＳＤＧｓ　目標１３", []found{{13, "ＳＤＧｓ　目標１３", "", false, false}}},
		{"bracketed No. without name needs context", "【No.5】", nil},
		{"bracketed No. without name in SDG context", "SDGs【No.5】", []found{{5, "【No.5】", "", false, false}}},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := summarise(Find(tc.in))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	in := "地域自治・協働のまちづくりの推進\n【No.11:住み続けられるまちづくりを】SDGs 3・4"
	for _, tag := range Find(in) {
		if in[tag.Start:tag.End] != tag.Raw {
			t.Errorf("tag %+v: input[%d:%d] = %q, not Raw", tag, tag.Start, tag.End, in[tag.Start:tag.End])
		}
	}
	if got, want := Goals(Find(in)), []int{3, 4, 11}; !reflect.DeepEqual(got, want) {
		t.Errorf("Goals = %v, want %v", got, want)
	}
}

func TestWarningNamesBothGoals(t *testing.T) {
	tags := Find("【No.3:質の高い教育をみんなに】")
	if len(tags) != 1 {
		t.Fatalf("got %d tags", len(tags))
	}
	w := tags[0].Warning
	if !strings.HasPrefix(w, "sdg: goal 3") || !strings.Contains(w, "goal 4") {
		t.Errorf("warning %q should name goal 3 and goal 4", w)
	}
}

func TestGoals(t *testing.T) {
	tags := []Tag{{Goal: 17}, {Goal: 3}, {Goal: 17}, {Goal: 0}, {Goal: 11}}
	if got, want := Goals(tags), []int{3, 11, 17}; !reflect.DeepEqual(got, want) {
		t.Errorf("Goals = %v, want %v", got, want)
	}
	if got := Goals(nil); got != nil {
		t.Errorf("Goals(nil) = %v", got)
	}
}

func TestStrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"真庭ライフスタイル・SDGs未来杜市の実現     【No.17:パートナーシップで目標を達成しよう】", "真庭ライフスタイル・SDGs未来杜市の実現"},
		{"【No.4:質の高い教育をみんなに】生涯学習の推進", "生涯学習の推進"},
		{"子育て支援の充実（SDGs 3・4）", "子育て支援の充実"},
		{"防災 SDGsゴール11 まちづくり", "防災 まちづくり"},
		{"質の高い教育をみんなに", "質の高い教育をみんなに"},
		{"目標11 道路の整備", "目標11 道路の整備"},
		{"", ""},
	} {
		if got := Strip(tc.in); got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNameIsAsWritten(t *testing.T) {
	tags := Find("【Ｎｏ．７：エネルギーをみんなに　そしてクリーンに】")
	if len(tags) != 1 || tags[0].Name != "エネルギーをみんなに　そしてクリーンに" || tags[0].Warning != "" {
		t.Errorf("got %+v, want the name with its ideographic space and no warning", tags)
	}
}
