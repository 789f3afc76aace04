package lines

import (
	"reflect"
	"testing"
)

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc 12", 6},
		{"真庭市", 6},
		{"ＡＢ", 4},                    // full-width letters are wide
		{"ｱｲｳ", 3},                   // half-width katakana are narrow
		{"1-①事業", 1 + 1 + 2 + 2 + 2}, // ① (U+2460) is wide
		{"A\u2027B", 3},              // general punctuation (U+2000–206F) is narrow
	}
	for _, tt := range tests {
		if got := DisplayWidth(tt.in); got != tt.want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestDropScriptSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"115 組", "115組"},
		{"POP 冗長化", "POP冗長化"},
		{"目標値 30 人", "目標値30人"},
		{"達成率 80 %", "達成率80 %"},      // between a digit and % the space is kept
		{"1 にいがた", "1 にいがた"},         // an item number keeps its space
		{"(2) 事業成果目標", "(2) 事業成果目標"}, // so does a parenthesised one
		{"395 万件", "395万件"},          // three digits are a value, not a number
		{"まにわ SDGs 推進", "まにわSDGs推進"},
		{"abc def", "abc def"}, // between ASCII words a space is a space
		{"真庭 市役所", "真庭 市役所"},   // and between CJK words too
		{"目標 ", "目標 "},         // a trailing space is not between two scripts
		{"", ""},
	}
	for _, tt := range tests {
		if got := DropScriptSpaces(tt.in); got != tt.want {
			t.Errorf("DropScriptSpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name         string
		raw          string
		heading, pdf bool
		want         []Line
	}{
		{"empty lines dropped", "\n  \n", false, false, nil},
		{"normalised, width of the raw line", "  ＡＢＣ  １２３ \n次", false, false,
			[]Line{{Text: "ABC 123", Width: 3*2 + 2 + 3*2}, {Text: "次", Width: 2}}},
		{"pdf middle dots read as ・", "役割\u2027使命\n\u2219移住", false, true,
			[]Line{{Text: "役割・使命", Width: 9}, {Text: "・移住", Width: 6}}},
		{"script spaces removed only in a pdf", "115 組", false, false,
			[]Line{{Text: "115 組", Width: 6}}},
		{"script spaces removed in a pdf", "115 組", false, true,
			[]Line{{Text: "115組", Width: 6}}},
		{"heading lines marked", "令和5年度 部局経営目標", true, false,
			[]Line{{Text: "令和5年度 部局経営目標", Width: 4 + 1 + 4 + 1 + 12, Heading: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Split(tt.raw, tt.heading, tt.pdf); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q) = %+v, want %+v", tt.raw, got, tt.want)
			}
		})
	}
}

func TestMaxWidth(t *testing.T) {
	if got := MaxWidth(nil); got != 0 {
		t.Errorf("MaxWidth(nil) = %d, want 0", got)
	}
	if got := MaxWidth([]Line{{Width: 3}, {Width: 40}, {Width: 12}}); got != 40 {
		t.Errorf("MaxWidth = %d, want 40", got)
	}
}

func TestWraps(t *testing.T) {
	tests := []struct {
		name     string
		l        Line
		maxWidth int
		want     bool
	}{
		{"full line mid-sentence", Line{Text: "交流定住センターの機能を強化し", Width: 100}, 100, true},
		{"within 15% of the widest", Line{Text: "交流定住センターの機能を", Width: 85}, 100, true},
		{"short line", Line{Text: "交流定住センター", Width: 84}, 100, false},
		{"full line ending a sentence", Line{Text: "強化します。", Width: 100}, 100, false},
		{"full line ending in ASCII punctuation", Line{Text: "Done!", Width: 100}, 100, false},
		{"no column width", Line{Text: "交流", Width: 4}, 0, false},
	}
	for _, tt := range tests {
		if got := Wraps(tt.l, tt.maxWidth); got != tt.want {
			t.Errorf("%s: Wraps = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	wide := func(s string) Line { return Line{Text: s, Width: 40} }
	narrow := func(s string) Line { return Line{Text: s, Width: 10} }
	tests := []struct {
		name string
		ls   []Line
		wrap bool
		want []string
	}{
		{"wrapped pdf lines join without a space",
			[]Line{wide("市内の事業者と連携して移住相談の体制を"), narrow("整えます。"), narrow("次の段落")}, true,
			[]string{"市内の事業者と連携して移住相談の体制を整えます。", "次の段落"}},
		{"a sentence end keeps the break",
			[]Line{wide("移住相談の体制を整えます。"), narrow("次の段落")}, true,
			[]string{"移住相談の体制を整えます。", "次の段落"}},
		{"a bullet always starts a paragraph, its marker removed",
			[]Line{wide("市内の事業者と連携して移住相談の体制を"), narrow("・相談会を開きます")}, true,
			[]string{"市内の事業者と連携して移住相談の体制を", "相談会を開きます"}},
		{"without wrap every break is kept",
			[]Line{wide("市内の事業者と連携して移住相談の体制を"), narrow("整えます。")}, false,
			[]string{"市内の事業者と連携して移住相談の体制を", "整えます。"}},
		{"numbering is kept", []Line{narrow("1 にいがたの魅力")}, true, []string{"1 にいがたの魅力"}},
		{"nothing", nil, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Paragraphs(tt.ls, tt.wrap, MaxWidth(tt.ls))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}
