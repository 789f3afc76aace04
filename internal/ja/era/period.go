package era

import (
	"regexp"
	"strings"
)

// Period is a span of fiscal years, such as a plan's 計画期間.
type Period struct {
	From  int    // first fiscal year (Gregorian start year)
	To    int    // last fiscal year; 0 for an open period (令和7年度から)
	Label string // the notation as written, whitespace removed
	Start int    // byte offset in the input
	End   int    // byte offset just after it
}

var (
	// 令和5～9年度, 令和5年度～9年度, R5～R9, 平成30年～令和4年
	eraRange = regexp.MustCompile(eraAny + ` ?` + eraNum + ` ?(年 ?度|年)?` + connector +
		`(?:` + eraAny + ` ?)?` + eraNum + `( ?年 ?度| ?年)?`)
	// 2023～2027年度, 2023年度-2027年度
	gregRange = regexp.MustCompile(gregNum + ` ?(年 ?度|年)?` + connector + gregNum + `( ?年 ?度| ?年)?`)
	// 令和5年4月～令和10年3月, 令和5年4月1日から令和10年3月31日
	eraMonthRange = regexp.MustCompile(eraAny + ` ?` + eraNum + ` ?年 ?` + smallNum + ` ?月(?: ?[0-9]{1,2} ?日)?` +
		connector + `(?:` + eraAny + ` ?)?` + eraNum + ` ?年 ?` + smallNum + ` ?月(?: ?[0-9]{1,2} ?日)?`)
	// 2023年4月～2028年3月
	gregMonthRange = regexp.MustCompile(gregNum + ` ?年 ?` + smallNum + ` ?月(?: ?[0-9]{1,2} ?日)?` +
		connector + gregNum + ` ?年 ?` + smallNum + ` ?月(?: ?[0-9]{1,2} ?日)?`)
	// what may stand between two fiscal years of a range
	rangeGap = regexp.MustCompile(`^` + connector + `$`)
	// 5年間, 5か年 after a fiscal year (with から or より)
	yearCount = regexp.MustCompile(`^ ?(?:から|より)? ?` + smallNum + ` ?(?:か|カ|ヵ|ケ|ヶ)?年間?`)
	until     = regexp.MustCompile(`^ ?まで`)
	openFrom  = regexp.MustCompile(`^ ?(?:から|より|~)`)
)

const maxPeriodYears = 50

// FindPeriods returns the periods written in s, in order and without overlaps:
// closed ranges of fiscal years (To set) and open ones (令和7年度から, To 0).
func FindPeriods(s string) []Period {
	sh := newShadow(s)
	fys := findFYMatches(s, sh)
	var c []periodMatch
	c = append(c, fyPairs(sh, fys)...)
	c = append(c, rangeMatches(sh, eraRange, readEraRange)...)
	c = append(c, rangeMatches(sh, gregRange, readGregRange)...)
	c = append(c, rangeMatches(sh, eraMonthRange, readEraMonthRange)...)
	c = append(c, rangeMatches(sh, gregMonthRange, readGregMonthRange)...)
	c = append(c, counted(sh, fys)...)
	closed := leftmostLongest(c, periodSpan)
	var open []periodMatch
	for _, fy := range fys {
		if openFrom.MatchString(sh.text[fy.to:]) && !covered(closed, fy.from) {
			end := fy.to + len(openFrom.FindString(sh.text[fy.to:]))
			open = append(open, periodMatch{Period{From: fy.Year}, fy.from, end})
		}
	}
	all := leftmostLongest(append(closed, open...), periodSpan)
	out := make([]Period, len(all))
	for i, m := range all {
		m.Start, m.End = sh.span(m.from, m.to)
		m.Label = asWritten(s, m.Start, m.End)
		out[i] = m.Period
	}
	return out
}

// ParsePeriod returns the plan period of s: the first closed range after
// 計画期間 or 期間 if s names one, else the first closed range, else the first
// open one.
func ParsePeriod(s string) (Period, bool) {
	ps := FindPeriods(s)
	after := -1
	for _, word := range []string{"計画期間", "期間"} {
		if i := strings.Index(s, word); i >= 0 {
			after = i
			break
		}
	}
	for pass := 0; pass < 3; pass++ {
		for _, p := range ps {
			closed := p.To != 0
			switch {
			case pass == 0 && closed && after >= 0 && p.Start > after,
				pass == 1 && closed,
				pass == 2:
				return p, true
			}
		}
	}
	return Period{}, false
}

type periodMatch struct {
	Period
	from, to int // shadow offsets
}

func valid(from, to int) bool { return from > 0 && to >= from && to-from <= maxPeriodYears }

// fyPairs finds two fiscal years joined by a range mark or から (… まで).
func fyPairs(sh *shadow, fys []fyMatch) []periodMatch {
	var out []periodMatch
	for i := 0; i+1 < len(fys); i++ {
		a, b := fys[i], fys[i+1]
		if !rangeGap.MatchString(sh.text[a.to:b.from]) || !valid(a.Year, b.Year) {
			continue
		}
		end := b.to + len(until.FindString(sh.text[b.to:]))
		out = append(out, periodMatch{Period{From: a.Year, To: b.Year}, a.from, end})
	}
	return out
}

// counted finds 令和5年度から5年間: To is From + n - 1.
func counted(sh *shadow, fys []fyMatch) []periodMatch {
	var out []periodMatch
	for _, fy := range fys {
		m := yearCount.FindStringSubmatchIndex(sh.text[fy.to:])
		if m == nil {
			continue
		}
		n, ok := smallNumber(sh.text[fy.to+m[2] : fy.to+m[3]])
		if !ok || n < 1 || !valid(fy.Year, fy.Year+n-1) {
			continue
		}
		out = append(out, periodMatch{Period{From: fy.Year, To: fy.Year + n - 1}, fy.from, fy.to + m[1]})
	}
	return out
}

func rangeMatches(sh *shadow, re *regexp.Regexp, read func(m []string) (int, int, bool)) []periodMatch {
	var out []periodMatch
	for _, idx := range sh.findAll(re, "~", "-", "から") { // every range has a connector
		if sh.glued(idx[0]) || isDigit(sh.nextRune(idx[1])) {
			continue
		}
		from, to, ok := read(submatches(sh.text, idx))
		if ok && valid(from, to) {
			out = append(out, periodMatch{Period{From: from, To: to}, idx[0], idx[1]})
		}
	}
	return out
}

// readEraRange: groups era1, n1, suffix1, era2, n2, suffix2. Without any 年 the
// range must use era letters on both sides (R5～R9).
func readEraRange(m []string) (int, int, bool) {
	era2 := m[4]
	if era2 == "" {
		era2 = m[1]
	}
	if m[3] == "" && m[6] == "" && (len(m[1]) != 1 || len(m[4]) != 1) {
		return 0, 0, false
	}
	from, ok1 := eraYear(m[1], m[2])
	to, ok2 := eraYear(era2, m[5])
	return from, to, ok1 && ok2
}

// readGregRange: groups year1, suffix1, year2, suffix2; a 年 is required.
func readGregRange(m []string) (int, int, bool) {
	if m[2] == "" && m[4] == "" {
		return 0, 0, false // 2023-2027 alone is not a period: bare numbers are not years
	}
	from, ok1 := gregorianYear(m[1])
	to, ok2 := gregorianYear(m[3])
	return from, to, ok1 && ok2
}

// readEraMonthRange: groups era1, n1, month1, era2, n2, month2. The period runs
// from the fiscal year of the first month to that of the last (April starts a year).
func readEraMonthRange(m []string) (int, int, bool) {
	era2 := m[4]
	if era2 == "" {
		era2 = m[1]
	}
	y1, ok1 := eraYear(m[1], m[2])
	y2, ok2 := eraYear(era2, m[5])
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	return monthsToFiscal(y1, m[3], y2, m[6])
}

// readGregMonthRange: groups year1, month1, year2, month2.
func readGregMonthRange(m []string) (int, int, bool) {
	y1, ok1 := gregorianYear(m[1])
	y2, ok2 := gregorianYear(m[3])
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	return monthsToFiscal(y1, m[2], y2, m[4])
}

func monthsToFiscal(y1 int, month1 string, y2 int, month2 string) (int, int, bool) {
	m1, ok1 := smallNumber(month1)
	m2, ok2 := smallNumber(month2)
	if !ok1 || !ok2 || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 {
		return 0, 0, false
	}
	return fiscalOf(y1, m1), fiscalOf(y2, m2), true
}

// fiscalOf is the fiscal year a month belongs to: January–March belong to
// the year that started the April before.
func fiscalOf(y, m int) int {
	if m < 4 {
		return y - 1
	}
	return y
}

func covered(ps []periodMatch, at int) bool {
	for _, p := range ps {
		if at >= p.from && at < p.to {
			return true
		}
	}
	return false
}

func periodSpan(m periodMatch) (int, int) { return m.from, m.to }
