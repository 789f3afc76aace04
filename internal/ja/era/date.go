package era

import (
	"fmt"
	"regexp"
	"strings"
)

// Date is a calendar date found in text.
type Date struct {
	Year, Month, Day int
	// Label is the word that names the date, as written: 作成日, 更新日, 最終更新日,
	// 公表日, 発行日 … before the date, or 更新, 作成, 発行 … right after it
	// (2023年6月22日更新); "" when there is none. See Field.
	Label string
	// Warning is set when the date lies outside the era it is written in
	// (平成31年5月1日, 令和元年4月1日); the date is still mapped.
	Warning string
	Start   int // byte offset of the date (not of its label) in the input
	End     int // byte offset just after it
}

// ISO returns the date as YYYY-MM-DD.
func (d Date) ISO() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// FiscalYear returns the fiscal year (年度, April to March) the date falls in:
// 2024-03-31 is in 2023, 2024-04-01 in 2024.
func (d Date) FiscalYear() int { return fiscalOf(d.Year, d.Month) }

func isoOf(d ymd) string { return Date{Year: d.y, Month: d.m, Day: d.d}.ISO() }

// Field maps a date label to the plan/v1 dates field it fills: "updated"
// (更新日, 最終更新日, 改定日), "created" (作成日, 策定日) or "published" (公表日,
// 発行日, 公開日, 掲載日, 発表日); "" for an unknown or empty label.
func Field(label string) string {
	l := strings.TrimSuffix(label, "日")
	switch l {
	case "更新", "最終更新", "改定", "改訂":
		return "updated"
	case "作成", "策定":
		return "created"
	case "公表", "発行", "公開", "掲載", "発表":
		return "published"
	}
	return ""
}

// Labels before a date, longest first so 最終更新日 wins over 更新日.
var labelsBefore = []string{
	"最終更新日", "最終更新", "更新日", "作成日", "公表日", "発行日", "公開日", "掲載日",
	"策定日", "改定日", "改訂日", "発表日", "更新", "作成", "公表", "発行", "公開", "掲載",
}

// Labels right after a date: 2023年6月22日更新.
var labelsAfter = []string{"更新", "作成", "公表", "発行", "公開", "掲載", "策定", "改定"}

// labelSeparators may stand between a label and its date.
const labelSeparators = " :|[]【】()「」<>/"

type datePattern struct {
	re *regexp.Regexp
	// read converts submatches to a date and, for era dates, the era name.
	read func(m []string) (d ymd, era string, ok bool)
	// digitEnd marks shapes that end in a digit (2023/6/22): no digit may follow.
	digitEnd bool
	// need lists literals one of which every match holds (a prefilter).
	need []string
}

var datePatterns = []datePattern{
	{ // 令和8年4月1日, 令和6(2024)年6月28日, R5年4月1日
		re: regexp.MustCompile(eraAny + ` ?` + eraNum + ` ?(?:\( ?` + gregNum + ` ?年? ?\) ?)?年 ?` +
			smallNum + ` ?月 ?` + smallNum + ` ?日`),
		read: func(m []string) (ymd, string, bool) {
			return eraDate(m[1], m[2], m[3], m[4], m[5])
		},
		need: []string{"日"},
	},
	{ // 2024(令和6)年6月28日
		re: regexp.MustCompile(gregNum + ` ?年? ?\( ?` + eraAny + ` ?` + eraNum + ` ?年? ?\) ?年? ?` +
			smallNum + ` ?月 ?` + smallNum + ` ?日`),
		read: func(m []string) (ymd, string, bool) {
			return eraDate(m[2], m[3], m[1], m[4], m[5])
		},
		need: []string{"("}, // rarer than 日, which it also needs
	},
	{ // 2023年6月22日, 二〇二三年六月二十二日
		re: regexp.MustCompile(gregNum + ` ?年 ?` + smallNum + ` ?月 ?` + smallNum + ` ?日`),
		read: func(m []string) (ymd, string, bool) {
			return gregDate(m[1], m[2], m[3])
		},
		need: []string{"日"},
	},
	{ // 2023/6/22, 2023-06-22, 2023.6.22 (the same separator twice)
		re: regexp.MustCompile(`([0-9]{4})([/.-])([0-9]{1,2})([/.-])([0-9]{1,2})`),
		read: func(m []string) (ymd, string, bool) {
			if m[2] != m[4] {
				return ymd{}, "", false
			}
			return gregDate(m[1], m[3], m[5])
		},
		digitEnd: true,
		need:     []string{"/", ".", "-"},
	},
	{ // R5.4.1, H31/4/30, 令和5.4.1
		re: regexp.MustCompile(eraAny + ` ?` + `(元|[0-9]{1,2})([./])([0-9]{1,2})([./])([0-9]{1,2})`),
		read: func(m []string) (ymd, string, bool) {
			if m[3] != m[5] {
				return ymd{}, "", false
			}
			return eraDate(m[1], m[2], "", m[4], m[6])
		},
		digitEnd: true,
		need:     []string{".", "/"},
	},
}

// eraDate reads an era date; a Gregorian year in parentheses wins over the era year.
func eraDate(era, eraN, greg, month, day string) (ymd, string, bool) {
	y, ok := eraYear(era, eraN)
	if greg != "" {
		y, ok = gregorianYear(greg)
	}
	if !ok {
		return ymd{}, "", false
	}
	d, ok := makeDate(y, month, day)
	return d, era, ok
}

func gregDate(year, month, day string) (ymd, string, bool) {
	y, ok := gregorianYear(year)
	if !ok {
		return ymd{}, "", false
	}
	d, ok := makeDate(y, month, day)
	return d, "", ok
}

func makeDate(y int, month, day string) (ymd, bool) {
	m, ok1 := smallNumber(month)
	d, ok2 := smallNumber(day)
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ymd{}, false
	}
	return ymd{y, m, d}, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
