package kit

import (
	"regexp"
	"strings"

	"jplan/internal/ja/era"
	"jplan/internal/ja/num"
	"jplan/internal/plan"
)

// Labels of an indicator written in prose.
var (
	nameLabel   = regexp.MustCompile(`(成果指標|指標名|評価指標|数値目標|指標)\s*[::]\s*`)
	targetLabel = regexp.MustCompile(`(目標値|目標)\s*(\([^()]{0,12}\))?\s*[::]\s*`)
	// actualLabel is "令和7年度実績値", "実績値(見込み)", "現状値", "基準値" with
	// an optional colon; the year before it is part of the label.
	actualLabel = regexp.MustCompile(`(\(?(?:(?:令和|平成|昭和|R|H)\s?[0-9元]{1,2}|\d{4})\s?年度?)?(実績値|実績|現状値|現状|基準値)(\(見込み?値?\)|見込み?値?)?\s*[::]?\s*`)
)

// ProseIndicators reads the indicators of one item written as prose, as in
// "指標:①市内成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②34人)":
// one indicator per name (circled numbers pair names with values), the
// target after 目標値, the actual after 実績値/現状/基準値 with the year written
// in its label and Estimated for 見込み. Names without values give indicators
// with a name only; text without an indicator label gives none.
func ProseIndicators(text string) []plan.Indicator {
	s := Clean(text)
	nm := nameLabel.FindStringIndex(s)
	if nm == nil {
		return nil
	}
	s = s[nm[1]:]
	names, targets, actuals, actualYear, estimated := splitProse(s)
	var out []plan.Indicator
	nameItems := num.SplitCircled(names)
	targetItems := num.SplitCircled(targets)
	actualItems := num.SplitCircled(actuals)
	for i, n := range nameItems {
		name := strings.TrimSpace(strings.Trim(n.Text, "、,/ "))
		if name == "" {
			continue
		}
		in := plan.Indicator{Name: name}
		if t, ok := pick(targetItems, n, i, len(nameItems)); ok {
			q := num.ParseQuantity(t)
			in.Target = &q
		}
		if a, ok := pick(actualItems, n, i, len(nameItems)); ok {
			q := num.ParseQuantity(a)
			q.FiscalYear = actualYear
			q.Estimated = q.Estimated || estimated
			in.Actual = &q
		}
		out = append(out, in)
	}
	return out
}

// splitProse cuts the text after the name label into names, targets and
// actuals, and reads the actual's label.
func splitProse(s string) (names, targets, actuals string, year int, estimated bool) {
	tg := targetLabel.FindStringIndex(s)
	ac := actualLabel.FindStringSubmatchIndex(s)
	end := len(s)
	if tg != nil {
		end = tg[0]
	}
	if ac != nil && ac[0] < end {
		end = ac[0]
	}
	names = trimOpen(s[:end])
	if tg != nil {
		tEnd := len(s)
		if ac != nil && ac[0] > tg[1] {
			tEnd = ac[0]
		}
		targets = trimOpen(s[tg[1]:tEnd])
	}
	if ac != nil && (tg == nil || ac[0] > tg[0]) {
		label := s[ac[0]:ac[1]]
		if fy, ok := era.FindFiscalYear(label); ok {
			year = fy.Year
		}
		estimated = strings.Contains(label, "見込")
		actuals = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[ac[1]:]), ")"))
	}
	return names, targets, actuals, year, estimated
}

// trimOpen removes the "(" that opens the next part and the spaces around.
func trimOpen(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "("))
}

// pick returns the value that belongs to the i-th of n names: the item with
// the same circled number, else the item at the same position when the
// counts agree, else the only value for a single name.
func pick(items []num.Item, name num.Item, i, n int) (string, bool) {
	if name.Number > 0 {
		for _, it := range items {
			if it.Number == name.Number {
				return it.Text, it.Text != ""
			}
		}
	}
	var vals []num.Item
	for _, it := range items {
		if strings.TrimSpace(it.Text) != "" {
			vals = append(vals, it)
		}
	}
	if len(vals) == n && i < len(vals) {
		return strings.TrimSpace(vals[i].Text), true
	}
	return "", false
}
