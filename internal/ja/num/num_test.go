package num

import (
	"encoding/json"
	"math"
	"testing"

	"jplan/internal/plan"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
		ok   bool
	}{
		{"plain integer", "115", 115, true},
		{"commas", "1,500", 1500, true},
		{"commas millions", "12,345,678", 12345678, true},
		{"full-width digits and comma", "１，５００", 1500, true},
		{"decimal", "96.0", 96, true},
		{"decimal with fraction", "7.4", 7.4, true},
		{"full-width decimal", "９６．５", 96.5, true},
		{"zero", "0", 0, true},
		{"spaces around", " 30\u3000", 30, true},
		{"kanji 十五", "十五", 15, true},
		{"kanji 百十五", "百十五", 115, true},
		{"kanji 二十三", "二十三", 23, true},
		{"kanji 十 alone", "十", 10, true},
		{"kanji 千 alone", "千", 1000, true},
		{"kanji 一万二千三百", "一万二千三百", 12300, true},
		{"kanji 三千五百万", "三千五百万", 35000000, true},
		{"kanji 一億二千万", "一億二千万", 120000000, true},
		{"kanji 二〇二三 digit by digit", "二〇二三", 2023, true},
		{"kanji 〇 alone", "〇", 0, true},
		{"daiji 壱萬", "壱萬", 10000, true},
		{"mixed 1万2千", "1万2千", 12000, true},
		{"mixed 1万2345", "1万2345", 12345, true},
		{"mixed 1億2,345万", "1億2,345万", 123450000, true},
		{"mixed 10.0億", "10.0億", 1e9, true},
		{"mixed 7.4億", "7.4億", 740000000, true},
		{"mixed 450万", "450万", 4500000, true},
		{"mixed 3.95万", "3.95万", 39500, true},
		{"mixed 500千", "500千", 500000, true},
		{"mixed 2兆", "2兆", 2e12, true},
		{"minus", "-5", -5, true},
		{"triangle minus", "▲1,200", -1200, true},
		{"white triangle minus", "△3.5", -3.5, true},
		{"plus", "+3", 3, true},
		{"empty", "", 0, false},
		{"dash alone", "-", 0, false},
		{"万 alone", "万", 0, false},
		{"units out of order 十百", "十百", 0, false},
		{"big units out of order 万億", "1万2億", 0, false},
		{"trailing comma", "1,500,", 0, false},
		{"commas group by three: 1,2 is not a number", "1,2", 0, false},
		{"commas group by three: 1,5000 is not a number", "1,5000", 0, false},
		{"commas group by three: 1500,000 is not a number", "1500,000", 0, false},
		{"commas and decimals", "1,234.5", 1234.5, true},
		{"leading comma", ",500", 0, false},
		{"two points", "1.2.3", 0, false},
		{"trailing point", "12.", 0, false},
		{"leading point", ".5", 0, false},
		{"with unit", "115組", 0, false},
		{"inner space", "1 500", 0, false},
		{"text", "全員取得", 0, false},
		{"too many digits", "12345678901234567890", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// The package documentation promises exact values for multiplied decimals.
func TestMultipliedDecimalsAreExact(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"10.0億", 1000000000},
		{"7.4億", 740000000},
		{"0.1万", 1000},
		{"3.14億", 314000000},
		{"1.23兆", 1230000000000},
		{"9,007,199,254,740,991", 9007199254740991}, // 2^53 - 1
	} {
		got, ok := ParseNumber(tt.in)
		if !ok || got != tt.want || math.Trunc(got) != got {
			t.Errorf("ParseNumber(%q) = %v, %v; want exactly %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseQuantity(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	tests := []struct {
		name string
		in   string
		want plan.Quantity
	}{
		{"10.0億円", "10.0億円", plan.Quantity{Raw: "10.0億円", Value: v(1e9), Unit: "円"}},
		{"7.4億円", "7.4億円", plan.Quantity{Raw: "7.4億円", Value: v(740000000), Unit: "円"}},
		{"450万件", "450万件", plan.Quantity{Raw: "450万件", Value: v(4500000), Unit: "件"}},
		{"500千円 thousand-yen column", "500千円", plan.Quantity{Raw: "500千円", Value: v(500000), Unit: "円"}},
		{"115組", "115組", plan.Quantity{Raw: "115組", Value: v(115), Unit: "組"}},
		{"350店", "350店", plan.Quantity{Raw: "350店", Value: v(350), Unit: "店"}},
		{"comma thousands 1,500 without unit", "1,500", plan.Quantity{Raw: "1,500", Value: v(1500)}},
		{"zero", "0", plan.Quantity{Raw: "0", Value: v(0)}},
		{"percent ASCII", "100%", plan.Quantity{Raw: "100%", Value: v(100), Unit: "%"}},
		{"percent full-width", "９６．０％", plan.Quantity{Raw: "９６．０％", Value: v(96), Unit: "%"}},
		{"percent spelled パーセント", "50パーセント", plan.Quantity{Raw: "50パーセント", Value: v(50), Unit: "%"}},
		{"割", "3割", plan.Quantity{Raw: "3割", Value: v(3), Unit: "割"}},
		{"カ所", "3カ所", plan.Quantity{Raw: "3カ所", Value: v(3), Unit: "カ所"}},
		{"箇所", "12箇所", plan.Quantity{Raw: "12箇所", Value: v(12), Unit: "箇所"}},
		{"ヵ所", "2ヵ所", plan.Quantity{Raw: "2ヵ所", Value: v(2), Unit: "ヵ所"}},
		{"団体", "90団体", plan.Quantity{Raw: "90団体", Value: v(90), Unit: "団体"}},
		{"校", "9校", plan.Quantity{Raw: "9校", Value: v(9), Unit: "校"}},
		{"人日", "1,200人日", plan.Quantity{Raw: "1,200人日", Value: v(1200), Unit: "人日"}},
		{"ヶ月", "6ヶ月", plan.Quantity{Raw: "6ヶ月", Value: v(6), Unit: "ヶ月"}},
		{"km", "12.5km", plan.Quantity{Raw: "12.5km", Value: v(12.5), Unit: "km"}},
		{"㎡ kept", "1,200㎡", plan.Quantity{Raw: "1,200㎡", Value: v(1200), Unit: "㎡"}},
		{"世帯", "30世帯", plan.Quantity{Raw: "30世帯", Value: v(30), Unit: "世帯"}},
		{"unit not in table 自治会", "300自治会", plan.Quantity{Raw: "300自治会", Value: v(300), Unit: "自治会"}},
		{"年12回 reads as 12 回", "年12回", plan.Quantity{Raw: "年12回", Value: v(12), Unit: "回"}},
		{"年間12回以上", "年間12回以上", plan.Quantity{Raw: "年間12回以上", Value: v(12), Unit: "回"}},
		{"96.0以上 kept in raw", "96.0以上", plan.Quantity{Raw: "96.0以上", Value: v(96)}},
		{"以下", "5件以下", plan.Quantity{Raw: "5件以下", Value: v(5), Unit: "件"}},
		{"未満", "1%未満", plan.Quantity{Raw: "1%未満", Value: v(1), Unit: "%"}},
		{"約", "約1,000人", plan.Quantity{Raw: "約1,000人", Value: v(1000), Unit: "人"}},
		{"程度", "50人程度", plan.Quantity{Raw: "50人程度", Value: v(50), Unit: "人"}},
		{"per year suffix", "12回/年", plan.Quantity{Raw: "12回/年", Value: v(12), Unit: "回"}},
		{"trailing note", "3回(前年度2回)", plan.Quantity{Raw: "3回(前年度2回)", Value: v(3), Unit: "回"}},
		{"circled marker ignored", "①115組", plan.Quantity{Raw: "①115組", Value: v(115), Unit: "組"}},
		{"kanji 一万二千三百人", "一万二千三百人", plan.Quantity{Raw: "一万二千三百人", Value: v(12300), Unit: "人"}},
		{"mixed 1万2千人", "1万2千人", plan.Quantity{Raw: "1万2千人", Value: v(12000), Unit: "人"}},
		{"full-width digits", "３０人", plan.Quantity{Raw: "３０人", Value: v(30), Unit: "人"}},
		{"negative triangle", "▲5%", plan.Quantity{Raw: "▲5%", Value: v(-5), Unit: "%"}},
		{"spaces trimmed", " \u300017回 ", plan.Quantity{Raw: "17回", Value: v(17), Unit: "回"}},
		{"dash alone", "-", plan.Quantity{Raw: "-"}},
		{"full-width dash alone", "－", plan.Quantity{Raw: "－"}},
		{"horizontal bar alone", "―", plan.Quantity{Raw: "―"}},
		{"em dash alone", "—", plan.Quantity{Raw: "—"}},
		{"spaced dash", " - ", plan.Quantity{Raw: "-"}},
		{"empty", "", plan.Quantity{Raw: ""}},
		{"text only", "全員取得", plan.Quantity{Raw: "全員取得"}},
		{"range has no value", "10～20件", plan.Quantity{Raw: "10～20件"}},
		{"sentence has no value", "3回開催し参加者を増やす", plan.Quantity{Raw: "3回開催し参加者を増やす"}},
		{"見込み estimated", "395万件(見込み)", plan.Quantity{Raw: "395万件(見込み)", Value: v(3950000), Unit: "件", Estimated: true}},
		{"見込値 estimated prefix", "(見込値)121組", plan.Quantity{Raw: "(見込値)121組", Value: v(121), Unit: "組", Estimated: true}},
		{"見込 estimated", "見込 34人", plan.Quantity{Raw: "見込 34人", Value: v(34), Unit: "人", Estimated: true}},
		{"見込み alone has no value", "見込み", plan.Quantity{Raw: "見込み", Estimated: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParseQuantity(tt.in)
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(tt.want)
			if string(g) != string(w) {
				t.Errorf("ParseQuantity(%q) = %s, want %s", tt.in, g, w)
			}
		})
	}
}

func TestSplitCircled(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Item
	}{
		{"targets ①115組②30人", "①115組②30人", []Item{{"①", 1, "115組"}, {"②", 2, "30人"}}},
		{"names ①市内成婚数 ②移住者数", "①市内成婚数 ②移住者数", []Item{{"①", 1, "市内成婚数"}, {"②", 2, "移住者数"}}},
		{"names with 、", "①セミナー実施数、②参加者数", []Item{{"①", 1, "セミナー実施数"}, {"②", 2, "参加者数"}}},
		{"four items", "①3回②45人③1回④15人", []Item{{"①", 1, "3回"}, {"②", 2, "45人"}, {"③", 3, "1回"}, {"④", 4, "15人"}}},
		{"parenthesised numbers ⑴⑵", "⑴目標 ⑵実績", []Item{{"⑴", 1, "目標"}, {"⑵", 2, "実績"}}},
		{"parenthesised ideographs ㈠㈡", "㈠総則㈡目標", []Item{{"㈠", 1, "総則"}, {"㈡", 2, "目標"}}},
		{"circled 21", "⑳a㉑b", []Item{{"⑳", 20, "a"}, {"㉑", 21, "b"}}},
		{"text before first marker", "指標:①a②b", []Item{{"", 0, "指標:"}, {"①", 1, "a"}, {"②", 2, "b"}}},
		{"no markers", " アクセス件数 ", []Item{{"", 0, "アクセス件数"}}},
		{"empty marker kept", "①②30人", []Item{{"①", 1, ""}, {"②", 2, "30人"}}},
		{"ASCII (1) is not a marker", "(1)目標", []Item{{"", 0, "(1)目標"}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitCircled(tt.in)
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(tt.want)
			if string(g) != string(w) {
				t.Errorf("SplitCircled(%q) = %s, want %s", tt.in, g, w)
			}
		})
	}
}

// Every unit of the documented table must come back as the unit of a value.
func TestEveryTableUnitIsRead(t *testing.T) {
	for _, u := range Units {
		t.Run(u, func(t *testing.T) {
			q := ParseQuantity("12" + u)
			if q.Value == nil || *q.Value != 12 || q.Unit != u {
				t.Errorf("ParseQuantity(%q) = value %v unit %q, want 12 %q", "12"+u, q.Value, q.Unit, u)
			}
		})
	}
}
