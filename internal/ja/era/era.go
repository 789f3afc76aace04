// Package era reads Japanese calendar notations: fiscal years (年度), plan
// periods (計画期間) and dates, in the era calendar (和暦: 明治 大正 昭和 平成 令和)
// and in the Gregorian calendar, as municipal documents write them.
//
// Accepted notations:
//
//   - era years with Arabic, full-width or kanji numerals and 元年: 令和5年度,
//     令和５年度, 令和五年度, 平成二十四年度, 令和元年度; Gregorian 2023年度 and
//     二〇二三年度 (kanji read digit by digit);
//   - abbreviations: R5年度, H31年度, a bare R5 or H31 standing alone (only R and H,
//     the letters of the two latest eras, are taken bare: a lone S1 or M2 is
//     more often a size or a code than a year), R5.4.1, and the era squares
//     ㋿ ㍻ ㍼ ㍽ ㍾;
//   - mixed forms 令和5(2023)年度 and 2023(令和5)年度: the Gregorian figure wins,
//     with a Warning when the two disagree;
//   - spaced and broken forms from PDFs: 令和 8 年度, "平成\n24年度" (any
//     whitespace, including line breaks, between the parts);
//   - dates 令和8年4月1日, 2023年6月22日, 2023/6/22, 2023-06-22, 2023.6.22,
//     R5.4.1, and 年度末 (令和5年度末 is 2024-03-31);
//   - periods 令和5～9年度, 令和5年度～令和9年度, 2023～2027年度, R5～R9,
//     令和5年度から5年間, month spans 令和5年4月～令和10年3月 (read as the fiscal
//     years of their first and last months), and an open 令和7年度から.
//
// A fiscal year (年度) starts in April; FY.Year is the Gregorian year in which it
// starts. 平成31年度 = 令和元年度 = 2019: the fiscal year that began in April 2019
// under 平成 is the same year. Forecast years written in an era that had ended
// (平成32年度 = 2020, common in plans written before 2019) are accepted. A full
// date outside its era (平成31年5月1日, after 平成 ended on 2019-04-30) is mapped
// the same way (2019-05-01) with a Warning.
//
// A bare number is never a year: 計画2022, 内線2150 and 2km are not years. A year
// needs 年 or 年度, an era name or letter, or a full date shape.
//
// Offsets (Start, End) are byte offsets into the string given, so callers can
// cut the notation out of the raw text. Labels are the notation as written with
// whitespace removed.
package era

import "jplan/internal/ja/num"

// An era of the Japanese calendar: its year 1 is Gregorian year base, and it
// runs from start (inclusive) to the start of the next era.
type eraInfo struct {
	name, letter string
	base         int
	start        ymd
}

type ymd struct{ y, m, d int }

func (a ymd) before(b ymd) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

// eras in order; 明治 is counted from 1 January 1868, as its year 1 is.
var eras = []eraInfo{
	{"明治", "M", 1868, ymd{1868, 1, 1}},
	{"大正", "T", 1912, ymd{1912, 7, 30}},
	{"昭和", "S", 1926, ymd{1926, 12, 25}},
	{"平成", "H", 1989, ymd{1989, 1, 8}},
	{"令和", "R", 2019, ymd{2019, 5, 1}},
}

// lookupEra finds an era by name (令和) or letter (R).
func lookupEra(s string) (int, bool) {
	for i, e := range eras {
		if s == e.name || s == e.letter {
			return i, true
		}
	}
	return 0, false
}

const maxEraYear = 99

// eraYear converts an era name or letter and its year numeral (元, 5, 五) to
// a Gregorian year.
func eraYear(eraName, year string) (int, bool) {
	i, ok := lookupEra(eraName)
	if !ok {
		return 0, false
	}
	n, ok := smallNumber(year)
	if !ok || n < 1 || n > maxEraYear {
		return 0, false
	}
	return eras[i].base + n - 1, true
}

// gregorianYear reads a four-digit year (2023, 二〇二三) in the range jplan
// can meet.
func gregorianYear(s string) (int, bool) {
	f, ok := num.ParseNumber(s)
	if !ok || f < 1868 || f > 2199 {
		return 0, false
	}
	return int(f), true
}

// smallNumber reads 元, Arabic and kanji numerals.
func smallNumber(s string) (int, bool) {
	if s == "元" {
		return 1, true
	}
	f, ok := num.ParseNumber(s)
	if !ok || f != float64(int(f)) || f < 0 || f > 1e6 {
		return 0, false
	}
	return int(f), true
}

// eraCheck returns a warning when the date lies outside the era it is written in.
func eraCheck(eraName string, d ymd, written string) string {
	i, ok := lookupEra(eraName)
	if !ok {
		return ""
	}
	if d.before(eras[i].start) {
		return "era: " + written + " is before " + eras[i].name + " began (" + isoOf(eras[i].start) + ")"
	}
	if i+1 < len(eras) && !d.before(eras[i+1].start) {
		return "era: " + written + " is after " + eras[i].name + " ended (the next era " + eras[i+1].name + " began " + isoOf(eras[i+1].start) + ")"
	}
	return ""
}
