package era

import (
	"strings"
	"testing"
)

func TestFindFiscalYear(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		year  int
		label string
		ok    bool
	}{
		{"令和5年度", "令和5年度 部局経営目標", 2023, "令和5年度", true},
		{"令和元年度", "令和元年度の取組", 2019, "令和元年度", true},
		{"平成31年度 is 2019", "平成31年度", 2019, "平成31年度", true},
		{"平成32年度 forecast", "目標(平成32年度)", 2020, "平成32年度", true},
		{"平成37年度 forecast", "平成37年度目標", 2025, "平成37年度", true},
		{"昭和64年度", "昭和64年度", 1989, "昭和64年度", true},
		{"大正元年度", "大正元年度", 1912, "大正元年度", true},
		{"明治45年度", "明治45年度", 1912, "明治45年度", true},
		{"full-width digits 令和５年度", "令和５年度", 2023, "令和５年度", true},
		{"kanji 令和五年度", "令和五年度", 2023, "令和五年度", true},
		{"kanji 平成二十四年度", "平成二十四年度", 2012, "平成二十四年度", true},
		{"kanji 令和十二年度", "令和十二年度", 2030, "令和十二年度", true},
		{"Gregorian 2023年度", "2023年度予算", 2023, "2023年度", true},
		{"full-width Gregorian ２０２３年度", "２０２３年度", 2023, "２０２３年度", true},
		{"kanji digit by digit 二〇二三年度", "二〇二三年度", 2023, "二〇二三年度", true},
		{"abbreviation R5年度", "R5年度", 2023, "R5年度", true},
		{"abbreviation full-width Ｒ５年度", "Ｒ５年度", 2023, "Ｒ５年度", true},
		{"abbreviation H31年度", "H31年度実績", 2019, "H31年度", true},
		{"abbreviation S63年度", "S63年度", 1988, "S63年度", true},
		{"bare R5 in a header", "R5 目標値", 2023, "R5", true},
		{"bare H31 in parentheses", "実績(H31)", 2019, "H31", true},
		{"era square ㋿", "㋿5年度", 2023, "㋿5年度", true},
		{"era square ㍻", "㍻24年度", 2012, "㍻24年度", true},
		{"era square ㍼", "㍼50年度", 1975, "㍼50年度", true},
		{"era square ㍽", "㍽10年度", 1921, "㍽10年度", true},
		{"era square ㍾", "㍾40年度", 1907, "㍾40年度", true},
		{"mixed 令和5(2023)年度", "令和5(2023)年度", 2023, "令和5(2023)年度", true},
		{"mixed full-width 令和５（２０２３）年度", "令和５（２０２３）年度", 2023, "令和５（２０２３）年度", true},
		{"mixed 2023(令和5)年度", "2023(令和5)年度", 2023, "2023(令和5)年度", true},
		{"mixed 2019(平成31)年度", "2019(平成31)年度", 2019, "2019(平成31)年度", true},
		{"spaced 令和 8 年度", "令和 8 年度", 2026, "令和8年度", true},
		{"ideographic spaces 令和　8　年度", "令和　8　年度", 2026, "令和8年度", true},
		{"broken 平成\\n24年度", "平成\n24年度", 2012, "平成24年度", true},
		{"broken 平成24年\\n度", "平成24年\n度", 2012, "平成24年度", true},
		{"era name right after a number No.1令和5年度", "No.1令和5年度", 2023, "令和5年度", true},
		{"kanji digits glued to more kanji digits are not a year", "一二〇二三年度", 0, "", false},
		{"年度末 gives the fiscal year", "令和5年度末", 2023, "令和5年度", true},
		{"bare 4-digit 内線2150 is not a year", "☎内線2150", 0, "", false},
		{"bare 4-digit 計画2022 is not a year", "計画2022の推進", 0, "", false},
		{"2km is not a year", "にいがた 2km の取り組み", 0, "", false},
		{"calendar year 2023年 is not a fiscal year", "2023年6月22日", 0, "", false},
		{"R5.4.1 is a date, not a fiscal year", "R5.4.1", 0, "", false},
		{"R5 inside a word is not a year", "CR5年度 ABR5", 0, "", false},
		{"H29 in a file name is not a year", "bukumokuhyo/h29/H2901.html", 0, "", false},
		{"five digits are not a year", "12023年度", 0, "", false},
		{"令和0年度 is not a year", "令和0年度", 0, "", false},
		{"year out of range", "1200年度", 0, "", false},
		{"no year", "部局経営目標", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := FindFiscalYear(tt.in)
			if ok != tt.ok || got.Year != tt.year || got.Label != tt.label {
				t.Fatalf("FindFiscalYear(%q) = %+v, %v; want year %d label %q, %v", tt.in, got, ok, tt.year, tt.label, tt.ok)
			}
			if ok && asWritten(tt.in, got.Start, got.End) != got.Label {
				t.Errorf("offsets [%d:%d] give %q, not the label %q", got.Start, got.End, tt.in[got.Start:got.End], got.Label)
			}
		})
	}
}

func TestFindFiscalYearsAll(t *testing.T) {
	in := "令和5年度実績 ①121組(令和7年度実績値) 内線2150 平成\n24年度 R5"
	want := []int{2023, 2025, 2012, 2023}
	got := FindFiscalYears(in)
	if len(got) != len(want) {
		t.Fatalf("FindFiscalYears(%q) = %+v, want years %v", in, got, want)
	}
	for i, fy := range got {
		if fy.Year != want[i] {
			t.Errorf("year %d = %d, want %d", i, fy.Year, want[i])
		}
		if i > 0 && fy.Start < got[i-1].End {
			t.Errorf("fiscal years %d and %d overlap", i-1, i)
		}
	}
}

func TestMixedDisagreementWarns(t *testing.T) {
	fy, ok := FindFiscalYear("令和5(2024)年度")
	if !ok || fy.Year != 2024 || !strings.Contains(fy.Warning, "2023") {
		t.Errorf("FindFiscalYear(令和5(2024)年度) = %+v, %v; want 2024 with a warning naming 2023", fy, ok)
	}
	if fy, _ := FindFiscalYear("令和5(2023)年度"); fy.Warning != "" {
		t.Errorf("agreeing mixed form warns: %q", fy.Warning)
	}
}
