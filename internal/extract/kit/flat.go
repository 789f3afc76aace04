package kit

import (
	"regexp"
	"strings"

	"jplan/internal/ja/era"
	"jplan/internal/ja/num"
	"jplan/internal/plan"
)

// flatHeader is the name column's header of an indicator table: 目標(指標)名,
// 指標名, 成果指標名.
var flatHeader = regexp.MustCompile(`^(目標\(指標\)名|指標名|成果指標名|指標)$`)

// flatStop is a column that holds prose (目標(指標)の説明): the table's names end.
var flatStop = regexp.MustCompile(`^(目標\(指標\)の説明|指標の説明|説明|備考)$`)

// valueWords are targets written without a number (全員取得, 達成, 維持).
var valueWords = regexp.MustCompile(`^(全員|全て|すべて)?(取得|達成|完了|実施|維持|増加|減少|向上|継続)$`)

// FlatIndicators reads an indicator table whose cells were flattened into
// one space-separated text, as PDF-to-text conversions leave them:
// "目標(指標)名 単位 現状 目標(平成31年度) 待機児童 人 0 0 認定こども園 カ所 1 3 …".
// After a name header every word that is not a header, a unit, a number or
// a value word is an indicator name; a name directly followed by
// [unit] number number takes them as its values, in the order of the 現状
// and 目標 headers (the target year from the 目標 header). A prose column
// (目標(指標)の説明) ends the names until the next name header.
func FlatIndicators(text string) []plan.Indicator {
	words := strings.Fields(Clean(text))
	var out []plan.Indicator
	in, actualFirst, year := false, true, 0
	seenTarget := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case flatHeader.MatchString(w):
			in = true
			continue
		case flatStop.MatchString(w):
			in = false
			continue
		case !in:
			continue
		case startsItem(w):
			in = false // ②義務教育: the next section's heading
			continue
		case w == "単位":
			continue
		case strings.HasPrefix(w, "現状") || strings.HasPrefix(w, "実績") || strings.HasPrefix(w, "基準"):
			if !seenTarget {
				actualFirst = true
			}
			continue
		case strings.HasPrefix(w, "目標"):
			seenTarget = true
			if fy, ok := era.FindFiscalYear(w); ok {
				year = fy.Year
			}
			continue
		}
		if isFlatValue(w) || valueWords.MatchString(w) || Runes(w) < 2 {
			continue
		}
		ind := plan.Indicator{Name: w}
		i += flatValues(words[i+1:], &ind, actualFirst, year)
		out = append(out, ind)
	}
	return out
}

// isFlatValue reports whether w is a unit or a number, not a name.
func isFlatValue(w string) bool {
	if _, ok := num.ParseNumber(w); ok {
		return true
	}
	for _, u := range num.Units {
		if w == u {
			return true
		}
	}
	return false
}

// flatValues takes "[unit] number number" after a name when the row is
// whole (followed by the next name or the end) and returns how many words
// it used.
func flatValues(rest []string, ind *plan.Indicator, actualFirst bool, year int) int {
	j, unit := 0, ""
	if j < len(rest) && isFlatValue(rest[j]) {
		if _, ok := num.ParseNumber(rest[j]); !ok {
			unit = rest[j]
			j++
		}
	}
	var nums []string
	for j < len(rest) && len(nums) < 2 {
		if _, ok := num.ParseNumber(rest[j]); !ok {
			break
		}
		nums = append(nums, rest[j])
		j++
	}
	if len(nums) != 2 || j < len(rest) && isFlatValue(rest[j]) {
		return 0
	}
	a, t := nums[0], nums[1]
	if !actualFirst {
		a, t = t, a
	}
	aq, tq := Quantity(a, unit), Quantity(t, unit)
	tq.FiscalYear = year
	ind.Actual, ind.Target = &aq, &tq
	return j
}

// startsItem reports whether w opens a numbered item (②義務教育, 1章).
func startsItem(w string) bool {
	m, rest := SplitMarker(w)
	return m != "" && rest != "" && !IsBullet(m) && !strings.HasPrefix(m, "(")
}
