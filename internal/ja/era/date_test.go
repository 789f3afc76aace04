package era

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		iso     string
		label   string
		warning bool
		ok      bool
	}{
		{"令和8年4月1日 作成日", "作成日\t令和8年4月1日", "2026-04-01", "作成日", false, true},
		{"更新日 with suffix 更新", "記事番号:0001099 更新日:2023年6月22日更新", "2023-06-22", "更新日", false, true},
		{"最終更新日", "最終更新日:2018年8月3日", "2018-08-03", "最終更新日", false, true},
		{"公表日", "公表日 令和6年6月28日", "2024-06-28", "公表日", false, true},
		{"発行日 in brackets", "【発行日】2011年7月3日", "2011-07-03", "発行日", false, true},
		{"label after the date 更新", "2024年6月28日更新", "2024-06-28", "更新", false, true},
		{"label in a table row", "| 作成日 | 令和5年4月1日 |", "2023-04-01", "作成日", false, true},
		{"no label", "広報みたか2011年7月3日3面", "2011-07-03", "", false, true},
		{"Gregorian 2023年6月22日", "2023年6月22日", "2023-06-22", "", false, true},
		{"Gregorian slash 2023/6/22", "2023/6/22", "2023-06-22", "", false, true},
		{"Gregorian ISO 2023-06-22", "2023-06-22", "2023-06-22", "", false, true},
		{"Gregorian dots 2023.6.22", "2023.6.22", "2023-06-22", "", false, true},
		{"full-width Gregorian", "２０２３年６月２２日", "2023-06-22", "", false, true},
		{"kanji Gregorian 二〇二三年六月二十二日", "二〇二三年六月二十二日", "2023-06-22", "", false, true},
		{"kanji era 令和五年四月一日", "令和五年四月一日", "2023-04-01", "", false, true},
		{"abbreviation R5.4.1", "R5.4.1", "2023-04-01", "", false, true},
		{"abbreviation H31/4/30", "H31/4/30", "2019-04-30", "", false, true},
		{"abbreviation R5年4月1日", "R5年4月1日", "2023-04-01", "", false, true},
		{"era square ㋿5年4月1日", "㋿5年4月1日", "2023-04-01", "", false, true},
		{"era change 平成31年4月30日", "平成31年4月30日", "2019-04-30", "", false, true},
		{"era change 令和元年5月1日", "令和元年5月1日", "2019-05-01", "", false, true},
		{"anachronistic 平成31年5月1日 warns", "平成31年5月1日", "2019-05-01", "", true, true},
		{"anachronistic 平成32年4月1日 warns", "平成32年4月1日", "2020-04-01", "", true, true},
		{"anachronistic 令和元年4月1日 warns", "令和元年4月1日", "2019-04-01", "", true, true},
		{"era change 昭和64年1月7日", "昭和64年1月7日", "1989-01-07", "", false, true},
		{"era change 平成元年1月8日", "平成元年1月8日", "1989-01-08", "", false, true},
		{"mixed 令和6(2024)年6月28日", "令和6(2024)年6月28日", "2024-06-28", "", false, true},
		{"mixed 2024(令和6)年6月28日", "2024(令和6)年6月28日", "2024-06-28", "", false, true},
		{"spaced 令和 8 年 4 月 1 日", "令和 8 年 4 月 1 日", "2026-04-01", "", false, true},
		{"broken 令和8年\\n4月1日", "令和8年\n4月1日", "2026-04-01", "", false, true},
		{"Kangxi radicals 月 日 from PDFs", "令和8年4⽉1⽇", "2026-04-01", "", false, true},
		{"年度末 is 31 March of the next year", "令和5年度末までに", "2024-03-31", "", false, true},
		{"Gregorian 年度末", "2025年度末", "2026-03-31", "", false, true},
		{"平成31年度末", "平成31年度末", "2020-03-31", "", false, true},
		{"leap day", "2024年2月29日", "2024-02-29", "", false, true},
		{"not a leap day", "2023年2月29日", "", "", false, false},
		{"month 13", "2023年13月1日", "", "", false, false},
		{"day 32", "令和5年1月32日", "", "", false, false},
		{"month only is not a date", "令和8年4月", "", "", false, false},
		{"mixed separators are not a date", "2023/6-22", "", "", false, false},
		{"bare 4-digit 内線2150 is not a year", "内線2150", "", "", false, false},
		{"longer digit run is not a date", "12023/6/22", "", "", false, false},
		{"no date", "部局経営目標", "", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if ok != tt.ok {
				t.Fatalf("ParseDate(%q) = %+v, %v; want ok %v", tt.in, got, ok, tt.ok)
			}
			if !ok {
				return
			}
			if got.ISO() != tt.iso || got.Label != tt.label || (got.Warning != "") != tt.warning {
				t.Errorf("ParseDate(%q) = %s label %q warning %q; want %s label %q warning %v",
					tt.in, got.ISO(), got.Label, got.Warning, tt.iso, tt.label, tt.warning)
			}
			if cut := tt.in[got.Start:got.End]; strings.ContainsAny(cut[:1], " \t") || cut == "" {
				t.Errorf("offsets [%d:%d] cut %q", got.Start, got.End, cut)
			}
		})
	}
}

func TestAnachronismWarningNamesTheEra(t *testing.T) {
	d, _ := ParseDate("平成31年5月1日")
	if !strings.Contains(d.Warning, "平成") || !strings.Contains(d.Warning, "2019-05-01") {
		t.Errorf("warning %q should name 平成 and when 令和 began", d.Warning)
	}
}

func TestFindDates(t *testing.T) {
	in := "年度\t令和8年4月1日\t作成日\t令和8年4月1日\n更新日:2023年6月22日更新 内線2150 2023-2027"
	got := FindDates(in)
	want := []string{"2026-04-01", "2026-04-01", "2023-06-22"}
	if len(got) != len(want) {
		t.Fatalf("FindDates = %+v, want %v", got, want)
	}
	for i, d := range got {
		if d.ISO() != want[i] {
			t.Errorf("date %d = %s, want %s", i, d.ISO(), want[i])
		}
	}
	if got[0].Label != "" || got[1].Label != "作成日" || got[2].Label != "更新日" {
		t.Errorf("labels = %q %q %q, want \"\" 作成日 更新日", got[0].Label, got[1].Label, got[2].Label)
	}
}

func TestField(t *testing.T) {
	tests := []struct{ label, want string }{
		{"更新日", "updated"}, {"最終更新日", "updated"}, {"更新", "updated"},
		{"作成日", "created"}, {"策定日", "created"},
		{"公表日", "published"}, {"発行日", "published"}, {"掲載日", "published"},
		{"", ""}, {"日", ""},
	}
	for _, tt := range tests {
		if got := Field(tt.label); got != tt.want {
			t.Errorf("Field(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

func TestDateFiscalYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"令和6年3月31日", 2023},
		{"令和6年4月1日", 2024},
		{"2024年1月15日", 2023},
		{"令和5年度末", 2023},
	}
	for _, tt := range tests {
		d, ok := ParseDate(tt.in)
		if !ok || d.FiscalYear() != tt.want {
			t.Errorf("ParseDate(%q).FiscalYear() = %d (ok %v), want %d", tt.in, d.FiscalYear(), ok, tt.want)
		}
	}
}
