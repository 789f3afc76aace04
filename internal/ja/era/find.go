package era

import (
	"strings"
	"unicode/utf8"
)

// ParseDate returns the first date written in s (see FindDates).
func ParseDate(s string) (Date, bool) {
	ds := FindDates(s)
	if len(ds) == 0 {
		return Date{}, false
	}
	return ds[0], true
}

// FindDates returns every date written in s, in order and without overlaps:
// full dates in the era and Gregorian calendars, and the ends of fiscal years
// (令和5年度末 → 2024-03-31). Each carries the label that names it, if any.
func FindDates(s string) []Date {
	if !mayHoldDateMark(s) {
		return nil // most lines: no date mark, not even after folding; skip the shadow
	}
	sh := newShadow(s)
	if !containsDateMark(sh.text) {
		return nil // no pattern below can match, skip the regexps
	}
	var found []dateMatch
	for _, p := range datePatterns {
		for _, idx := range sh.findAll(p.re, p.need...) {
			if m, ok := p.accept(s, sh, idx); ok {
				found = append(found, m)
			}
		}
	}
	found = append(found, fiscalYearEnds(s, sh)...)
	found = leftmostLongest(found, dateSpan)
	out := make([]Date, len(found))
	for i, m := range found {
		m.Label = labelOf(sh, m.from, m.to)
		out[i] = m.Date
	}
	return out
}

// dateMarks are the characters one of which every date needs after
// normalisation: 日 (令和5年4月1日), a separator of 2023/6/22, 2023-06-22 and
// R5.4.1, or 末 of 年度末.
const dateMarks = "日末/.-"

// containsDateMark is strings.ContainsAny(text, dateMarks) by byte search:
// ContainsAny decodes every rune of text when the set is not ASCII. A byte
// search finds the same: a lead byte always starts a rune when decoding.
func containsDateMark(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '/', '.', '-':
			return true
		}
	}
	return strings.Contains(text, "日") || strings.Contains(text, "末")
}

// mayHoldDateMark reports whether the shadow of s could contain one of
// dateMarks, without building it: s holds a mark itself, a full-width ／．－,
// a dash the shadow turns into '-', or a Kangxi radical (⽇ becomes 日).
func mayHoldDateMark(s string) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r == '/' || r == '.' || r == '-' {
				return true
			}
		case r == '日' || r == '末' || r == '／' || r == '．' || r == '－',
			r == '−' || r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '―',
			r >= 0x2F00 && r <= 0x2FDF:
			return true
		}
	}
	return false
}

type dateMatch struct {
	Date
	from, to int // shadow offsets
}

func (p datePattern) accept(s string, sh *shadow, idx []int) (dateMatch, bool) {
	from, to := idx[0], idx[1]
	if sh.glued(from) || p.digitEnd && isDigit(sh.nextRune(to)) {
		return dateMatch{}, false
	}
	d, eraName, ok := p.read(submatches(sh.text, idx))
	if !ok {
		return dateMatch{}, false
	}
	start, end := sh.span(from, to)
	date := Date{Year: d.y, Month: d.m, Day: d.d, Start: start, End: end}
	if eraName != "" {
		date.Warning = eraCheck(eraName, d, asWritten(s, start, end))
	}
	return dateMatch{date, from, to}, true
}

// fiscalYearEnds finds 年度末: the last day (31 March) of the fiscal year.
func fiscalYearEnds(s string, sh *shadow) []dateMatch {
	var out []dateMatch
	for _, fy := range findFYMatches(s, sh) {
		to := fy.to
		if strings.HasPrefix(sh.text[to:], " ") {
			to++
		}
		if !strings.HasPrefix(sh.text[to:], "末") {
			continue
		}
		to += len("末")
		start, end := sh.span(fy.from, to)
		out = append(out, dateMatch{Date{Year: fy.Year + 1, Month: 3, Day: 31, Start: start, End: end}, fy.from, to})
	}
	return out
}

// labelOf finds the label before the date (after separators) or right after it.
func labelOf(sh *shadow, from, to int) string {
	before := strings.TrimRight(sh.text[:from], labelSeparators)
	if from-len(before) <= 8 {
		for _, l := range labelsBefore {
			if strings.HasSuffix(before, l) {
				return l
			}
		}
	}
	after := sh.text[to:]
	for _, l := range labelsAfter {
		if strings.HasPrefix(after, l) {
			if strings.HasPrefix(after[len(l):], "日") {
				return l + "日"
			}
			return l
		}
	}
	return ""
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func dateSpan(m dateMatch) (int, int) { return m.from, m.to }
