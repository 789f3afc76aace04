package era

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// FY is a fiscal year (年度) found in text.
type FY struct {
	Year    int    // Gregorian year in which the fiscal year starts (令和5年度 → 2023)
	Label   string // the notation as written, whitespace removed: 令和5年度, R5, 2023(令和5)年度
	Warning string // set when a mixed form's era and Gregorian years disagree
	Start   int    // byte offset of the notation in the input
	End     int    // byte offset just after it
}

// Pattern fragments, run on the shadow text (widths folded, one space at most).
const (
	eraName   = `(明治|大正|昭和|平成|令和)`
	eraAny    = `(明治|大正|昭和|平成|令和|[MTSHR])`
	eraNum    = `(元|[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})`
	gregNum   = `([0-9]{4}|[〇一二三四五六七八九]{4})`
	nendo     = ` ?年 ?度`
	smallNum  = `([0-9]{1,2}|[〇一二三四五六七八九十]{1,3})`
	connector = ` ?(?:~|-|から) ?`
)

// fyPattern is one way of writing a fiscal year and how to read its groups.
type fyPattern struct {
	re *regexp.Regexp
	// read converts the submatches (shadow strings, "" when absent) to a year.
	read func(m []string) (year int, warning string, ok bool)
	// bare requires no ASCII letter, digit, '.', '/' or 年 right after it.
	bare bool
	// need lists literals one of which every match holds (a prefilter).
	need []string
}

var fyPatterns = []fyPattern{
	{ // 令和5(2023)年度, 令和5年(2023年)度
		re:   regexp.MustCompile(eraAny + ` ?` + eraNum + ` ?年? ?\( ?` + gregNum + ` ?年? ?\)` + nendo),
		read: func(m []string) (int, string, bool) { return mixedYear(m[1], m[2], m[3]) },
		need: []string{"("}, // rarer than 度, which it also needs
	},
	{ // 2023(令和5)年度
		re:   regexp.MustCompile(gregNum + ` ?年? ?\( ?` + eraAny + ` ?` + eraNum + ` ?年? ?\)` + nendo),
		read: func(m []string) (int, string, bool) { return mixedYear(m[2], m[3], m[1]) },
		need: []string{"("},
	},
	{ // 令和5年度, R5年度, 平成 24 年度
		re:   regexp.MustCompile(eraAny + ` ?` + eraNum + nendo),
		read: func(m []string) (int, string, bool) { y, ok := eraYear(m[1], m[2]); return y, "", ok },
		need: []string{"度"},
	},
	{ // 2023年度, 二〇二三年度
		re:   regexp.MustCompile(gregNum + nendo),
		read: func(m []string) (int, string, bool) { y, ok := gregorianYear(m[1]); return y, "", ok },
		need: []string{"度"},
	},
	{ // a bare R5 or H31 in a table header
		re:   regexp.MustCompile(`([RH])([0-9]{1,2})`),
		read: func(m []string) (int, string, bool) { y, ok := eraYear(m[1], m[2]); return y, "", ok },
		bare: true,
		need: []string{"R", "H"},
	},
}

// mixedYear reads a mixed form; the Gregorian figure wins.
func mixedYear(era, eraN, greg string) (int, string, bool) {
	g, ok := gregorianYear(greg)
	if !ok {
		return 0, "", false
	}
	if e, ok := eraYear(era, eraN); ok && e != g {
		return g, "era: " + era + eraN + " is " + strconv.Itoa(e) + ", not " + greg, true
	}
	return g, "", true
}

// FindFiscalYears returns every fiscal year written in s, in order, without
// overlaps (the longest notation wins where two start at the same place).
func FindFiscalYears(s string) []FY {
	if !mayHoldFY(s) {
		return []FY{} // what findFYs returns when nothing matches
	}
	sh := newShadow(s)
	return findFYs(s, sh)
}

// mayHoldFY reports whether the shadow of s could hold a fiscal year, without
// building it: every pattern needs 年 or a bare R or H (full-width Ｒ and Ｈ fold
// to them; a Kangxi radical is let through, as the shadow folds those).
func mayHoldFY(s string) bool {
	if strings.Contains(s, "年") || strings.ContainsAny(s, "RH") {
		return true
	}
	for _, r := range s {
		if r == 'Ｒ' || r == 'Ｈ' || r >= 0x2F00 && r <= 0x2FDF {
			return true
		}
	}
	return false
}

// FindFiscalYear returns the first fiscal year written in s.
func FindFiscalYear(s string) (FY, bool) {
	fys := FindFiscalYears(s)
	if len(fys) == 0 {
		return FY{}, false
	}
	return fys[0], true
}

// fyMatch is a fiscal year with its shadow span, for periods and 年度末.
type fyMatch struct {
	FY
	from, to int // shadow offsets
}

func findFYs(s string, sh *shadow) []FY {
	ms := findFYMatches(s, sh)
	out := make([]FY, len(ms))
	for i, m := range ms {
		out[i] = m.FY
	}
	return out
}

func findFYMatches(s string, sh *shadow) []fyMatch {
	var cands []fyMatch
	for _, p := range fyPatterns {
		for _, idx := range sh.findAll(p.re, p.need...) {
			if m, ok := p.accept(s, sh, idx); ok {
				cands = append(cands, m)
			}
		}
	}
	return leftmostLongest(cands, fySpan)
}

func (p fyPattern) accept(s string, sh *shadow, idx []int) (fyMatch, bool) {
	from, to := idx[0], idx[1]
	if sh.glued(from) {
		return fyMatch{}, false
	}
	if p.bare {
		if next := sh.nextRune(to); isASCIIAlnum(next) || next == '.' || next == '/' || next == '年' || next == '-' || next == '~' {
			return fyMatch{}, false
		}
	}
	year, warning, ok := p.read(submatches(sh.text, idx))
	if !ok {
		return fyMatch{}, false
	}
	start, end := sh.span(from, to)
	return fyMatch{FY{year, asWritten(s, start, end), warning, start, end}, from, to}, true
}

// submatches returns the groups of a match as strings ("" when absent).
func submatches(text string, idx []int) []string {
	m := make([]string, len(idx)/2)
	for i := range m {
		if idx[2*i] >= 0 {
			m[i] = text[idx[2*i]:idx[2*i+1]]
		}
	}
	return m
}

// leftmostLongest keeps, from left to right, the longest match at each place
// and drops the matches that overlap one already kept.
func leftmostLongest[T any](c []T, span func(T) (from, to int)) []T {
	sort.SliceStable(c, func(i, j int) bool {
		fi, ti := span(c[i])
		fj, tj := span(c[j])
		if fi != fj {
			return fi < fj
		}
		return ti > tj
	})
	var out []T
	end := -1
	for _, m := range c {
		if from, to := span(m); from >= end {
			out = append(out, m)
			end = to
		}
	}
	return out
}

func fySpan(m fyMatch) (int, int) { return m.from, m.to }
