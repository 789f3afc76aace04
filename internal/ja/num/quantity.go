package num

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"jplan/internal/ja/norm"
	"jplan/internal/plan"
)

// Units is the table of counted units ParseQuantity recognises, as they read
// after NFKC (％ is %, ㎞ is km; ㎡ is kept). A unit missing from the table is
// still taken when it is a short word (at most maxUnitRunes letters, no digits
// or punctuation), so 300自治会 gives the unit 自治会. Units are returned as
// written, except the spellings in unitAliases (パーセント → %).
var Units = []string{
	// money and counts
	"円", "人", "組", "件", "回", "店", "店舗", "社", "団体", "校", "園", "施設", "事業",
	"世帯", "戸", "棟", "台", "本", "冊", "名", "者", "個", "枚", "部", "点", "品目",
	"項目", "種類", "地区", "区画", "路線", "便", "基", "軒", "席", "頭", "企業", "機関",
	"自治会", "団地", "講座", "教室", "クラブ", "チーム", "ページ", "アクセス",
	// places
	"カ所", "箇所", "ヵ所", "か所", "ケ所", "ヶ所", "カ国", "か国",
	// ratios
	"%", "割", "倍", "ポイント", "pt",
	// time
	"人日", "人泊", "泊", "時間", "日", "週", "か月", "ヶ月", "カ月", "ヵ月", "月", "年", "歳", "分", "秒",
	// measures
	"km", "m", "m2", "㎡", "m²", "ha", "t", "kg", "kWh", "t-CO2",
}

// unitAliases maps spellings to the canonical unit.
var unitAliases = map[string]string{
	"パーセント":  "%",
	"キロメートル": "km",
	"平方メートル": "㎡",
	"トン":     "t",
}

const maxUnitRunes = 5

var knownUnits = func() map[string]bool {
	m := make(map[string]bool, len(Units))
	for _, u := range Units {
		m[u] = true
	}
	return m
}()

// Qualifiers kept in Raw and ignored for Value: before the number (約, 年, 累計 …)
// and after the unit (以上, 以下, 未満, 程度 …). 年12回 reads as 12 回 a year.
var (
	prefixQualifiers = []string{
		"対前年比", "前年比", "おおむね", "およそ", "年間", "毎年", "月間", "毎月", "概ね",
		"累計", "合計", "延べ", "最大", "最低", "平均", "約", "計", "延", "年", "月", "週",
	}
	suffixQualifiers = []string{
		"以上", "以下", "未満", "以内", "程度", "前後", "まで", "超", "強", "弱", "ほど",
		"増加", "減少", "増", "減", "達成", "維持", "/年", "/月", "/日", "/週",
	}
	// noValue are the whole values that state there is no figure.
	noValue = map[string]bool{
		"": true, "-": true, "―": true, "—": true, "–": true, "‐": true, "−": true,
		"ー": true, "--": true, "なし": true, "無し": true, "該当なし": true, "未定": true,
		"未集計": true, "集計中": true, "*": true, "/": true,
	}
	// estimate matches 見込み, 見込値, 見込み値, 見込 with optional parentheses.
	estimate = regexp.MustCompile(`\(?見込(?:み値|み|値)?\)?`)
	// trailingParen is a parenthesised note at the end: (累計), (令和7年度).
	trailingParen = regexp.MustCompile(`\([^()]*\)$`)
)

// ParseQuantity reads a target or actual value as written in a table cell.
// Raw is raw with surrounding whitespace trimmed, always. Value is set when the
// cell holds one number, after the multipliers 千 万 億 兆 (10.0億円 → 1e9, 円;
// 450万件 → 4500000, 件; 500千円 → 500000, 円); Unit is the counted unit that
// follows (see Units). A leading item marker (①) and parenthesised notes at the
// end are ignored; qualifiers (約, 年, 以上, 以下, 未満, 程度 …) stay in Raw only.
// A dash alone (-, －, ―, —) or an empty cell has no Value; 見込み, 見込値 and
// 見込 set Estimated. Ranges (10～20件) and text with figures inside have no
// Value. FiscalYear is left for the caller, who knows the column.
func ParseQuantity(raw string) plan.Quantity {
	raw = strings.TrimFunc(raw, unicode.IsSpace)
	q := plan.Quantity{Raw: raw}
	t := norm.Fold(raw)
	if estimate.MatchString(t) {
		q.Estimated = true
		t = estimate.ReplaceAllString(t, "")
	}
	if r, size := utf8.DecodeRuneInString(t); size > 0 && norm.IsMarker(r) {
		t = t[size:]
	}
	if noValue[t] {
		return q
	}
	t = trimPrefixes(t, prefixQualifiers)
	d, n := numberPrefix(t)
	if n == 0 {
		return q
	}
	unit, ok := unitOf(t[n:])
	if !ok {
		return q
	}
	q.Value, q.Unit = plan.Float(d.float()), unit
	return q
}

// numberPrefix returns the longest prefix of s that reads as a number.
func numberPrefix(s string) (decimal, int) {
	end := 0
	for i, r := range s {
		if !isNumberRune(r) || i > 64 {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	for end > 0 {
		if d, ok := parseDecimal(s[:end]); ok {
			return d, end
		}
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return decimal{}, 0
}

func isNumberRune(r rune) bool {
	if _, ok := digitValue(r); ok {
		return true
	}
	if _, ok := smallUnit(r); ok {
		return true
	}
	if _, ok := bigUnit(r); ok {
		return true
	}
	isSign, _ := sign(r)
	return isSign || isComma(r) || isPoint(r)
}

// unitOf reads what follows the number: an optional unit, then qualifiers and
// parenthesised notes. ok is false when anything else is left.
func unitOf(rest string) (string, bool) {
	for {
		before := rest
		rest = trailingParen.ReplaceAllString(rest, "")
		rest = trimSuffixes(rest, suffixQualifiers)
		if rest == before {
			break
		}
	}
	if u, ok := unitAliases[rest]; ok {
		return u, true
	}
	if rest == "" || knownUnits[rest] {
		return rest, true
	}
	if utf8.RuneCountInString(rest) <= maxUnitRunes && isWord(rest) {
		return rest, true
	}
	return "", false
}

// isWord reports whether s is letters only (kanji, kana, Latin).
func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) || isNumberRune(r) {
			return false
		}
	}
	return true
}

func trimPrefixes(s string, prefixes []string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range prefixes {
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				s, changed = s[len(p):], true
				break
			}
		}
	}
	return s
}

func trimSuffixes(s string, suffixes []string) string {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return s[:len(s)-len(x)]
		}
	}
	return s
}
