package sdg

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// expr is one tag expression in folded text: an anchor, one or more goal
// numbers and, for a single goal, the name written beside it.
type expr struct {
	start, end int // folded byte offsets of the whole expression
	goals      []int
	name       string // folded text of the written name (single goal only)
	nameAt     [2]int // its folded byte offsets, to report it as written
	open       string // the bracket enclosing the expression, when it closes on the same line
}

// tagBrackets are the brackets municipalities put around a numbered tag
// (【No.17:…】); parentheses are too common in prose to vouch for a tag alone.
var tagBrackets = map[string]bool{"【": true, "[": true, "〔": true, "《": true}

var (
	// sdgSuffixRE: what may follow "SDGs" before the number (SDGsの目標, SDGsアイコン, sdg_icons_04).
	sdgSuffixRE = regexp.MustCompile(`(?i)^(?:[ _:#\-]|の|アイコン|マーク|ロゴ|icons?|ゴール|目標|goals?|no\.?|番号)*`)
	// elemAnchorRE: an anchor repeated inside a list (ゴール3・ゴール4).
	elemAnchorRE = regexp.MustCompile(`(?i)^(?:sdgs?|ゴール|goals?|no\.?|目標)?`)
	// separatorRE: list separators and range marks between numbers.
	separatorRE = regexp.MustCompile(`(?i)^ *(?:・|、|,|/|&|と|及び|および|and|~|-|から) *`)
	// numberStopRE: what after a number shows it counts something else
	// (SDGs 2030年, 目標3つ, SDGsの17の目標).
	numberStopRE = regexp.MustCompile(`^(?:[0-9年月日%人件回歳位つ番号万億千円ヶヵカケ箇個割倍時分秒]|\.[0-9]|周年|の?(?:目標|ゴール)| ?goals)`)
	// nameLeadRE: what may stand between a number and the name written beside it.
	nameLeadRE = regexp.MustCompile(`^ *(?:[:.\-] *)?(?:「 *)?`)
)

var closing = map[string]string{"【": "】", "[": "]", "〔": "〕", "(": ")", "「": "」", "<": ">", "〈": "〉", "《": "》", "『": "』"}

// parseExpr parses the expression whose anchor word is t[as:ae].
func parseExpr(t string, as, ae int) (expr, bool) {
	kind := kindOf(t[as:ae])
	p := ae
	if kind == anchorSDG {
		p += len(sdgSuffixRE.FindString(t[p:]))
	}
	p = skip(t, p, " :#")
	nums, p, ok := parseList(t, p)
	if !ok {
		return expr{}, false
	}
	e := expr{start: as, end: p, goals: nums}
	open, openAt := openingBracket(t, as)
	if len(nums) == 1 {
		e.readName(t, open, openAt)
	}
	if !e.accepted(t, kind) {
		return expr{}, false
	}
	return e, true
}

// readName reads the name after a single goal number: up to the closing
// bracket when the expression is bracketed, else an official name or variant.
func (e *expr) readName(t, open string, openAt int) {
	q := e.end + len(nameLeadRE.FindString(t[e.end:]))
	quoted := strings.HasSuffix(strings.TrimRight(t[e.end:q], " "), "「")
	if open != "" {
		if c := closeOnLine(t, q, closing[open]); c >= 0 {
			e.setName(t, q, c)
			e.start, e.end, e.open = openAt, c+len(closing[open]), open
			return
		}
	}
	if end := matchNameAt(t, q); end >= 0 {
		e.setName(t, q, end)
		e.end = end
		if quoted && strings.HasPrefix(t[e.end:], "」") {
			e.end += len("」")
		}
	}
}

// setName records t[a:b] as the written name, without surrounding spaces
// and a closing 」.
func (e *expr) setName(t string, a, b int) {
	for a < b && t[a] == ' ' {
		a++
	}
	for {
		switch {
		case b > a && t[b-1] == ' ':
			b--
			continue
		case strings.HasSuffix(t[a:b], "」"):
			b -= len("」")
			continue
		}
		break
	}
	e.name, e.nameAt = t[a:b], [2]int{a, b}
}

// accepted decides, by the anchor word, whether the numbers are SDG goals.
func (e *expr) accepted(t string, kind anchorKind) bool {
	named := e.name != "" && goalOfName(e.name) != 0
	switch kind {
	case anchorSDG, anchorGoal:
		return true
	case anchorNo:
		return tagBrackets[e.open] && e.name != "" || named || sdgContext(t, e.start)
	default:
		return named || sdgContext(t, e.start)
	}
}

// tags turns the expression into Tags with offsets in the original input s.
func (e *expr) tags(s string, f folded) []Tag {
	start, end := f.at(e.start), f.at(e.end)
	raw := s[start:end]
	out := make([]Tag, 0, len(e.goals))
	for _, g := range e.goals {
		tag := Tag{Goal: g, Raw: raw, Start: start, End: end}
		if len(e.goals) == 1 && e.name != "" {
			tag.Name = s[f.at(e.nameAt[0]):f.at(e.nameAt[1])]
			tag.Warning = nameWarning(g, tag.Name)
		}
		out = append(out, tag)
	}
	return out
}

// parseList parses "3", "3・4・17", "1～3", "ゴール3、ゴール4" at p.
func parseList(t string, p int) ([]int, int, bool) {
	n, p, ok := parseNumber(t, p)
	if !ok {
		return nil, p, false
	}
	nums := []int{n}
	for {
		sep := separatorRE.FindString(t[p:])
		if sep == "" {
			return nums, p, true
		}
		q := p + len(sep)
		q += len(elemAnchorRE.FindString(t[q:]))
		q = skip(t, q, " .")
		m, q, ok := parseNumber(t, q)
		if !ok {
			return nums, p, true
		}
		last := nums[len(nums)-1]
		if isRange(sep) {
			if m <= last {
				return nums, p, true
			}
			for g := last + 1; g <= m; g++ {
				nums = append(nums, g)
			}
		} else {
			nums = append(nums, m)
		}
		p = q
	}
}

func isRange(sep string) bool {
	sep = strings.TrimSpace(sep)
	return sep == "~" || sep == "-" || sep == "から"
}

// parseNumber reads a goal number (1..17, one or two ASCII digits) at p.
func parseNumber(t string, p int) (int, int, bool) {
	q := p
	for q < len(t) && q-p < 3 && t[q] >= '0' && t[q] <= '9' {
		q++
	}
	if q == p || q-p > 2 || numberStopRE.MatchString(t[q:]) {
		return 0, p, false
	}
	n := int(t[p] - '0')
	if q-p == 2 {
		n = n*10 + int(t[p+1]-'0')
	}
	if n < 1 || n > Count {
		return 0, p, false
	}
	return n, q, true
}

// openingBracket returns the bracket right before the anchor at i (spaces
// allowed between), and its offset.
func openingBracket(t string, i int) (string, int) {
	j := len(strings.TrimRight(t[:i], " "))
	r, size := utf8.DecodeLastRuneInString(t[:j])
	if size == 0 {
		return "", 0
	}
	if _, ok := closing[string(r)]; ok {
		return string(r), j - size
	}
	return "", 0
}

// maxNameBytes bounds how far a closing bracket is looked for: a goal name
// is short (60 characters of at most 4 bytes each).
const maxNameBytes = 240

// closeOnLine finds the closing bracket after p on the same line, near enough
// for a goal name, and returns its offset or -1.
func closeOnLine(t string, p int, close string) int {
	rest := t[p:min(len(t), p+maxNameBytes+len(close))]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	c := strings.Index(rest, close)
	if c < 0 || utf8.RuneCountInString(rest[:c]) > 60 {
		return -1
	}
	return p + c
}

// sdgContext reports whether "SDG" (or 持続可能な開発) appears shortly before
// offset i on the same line.
func sdgContext(t string, i int) bool {
	from := max(0, i-90)
	for from < i && !utf8.RuneStart(t[from]) {
		from++
	}
	before := t[from:i]
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		before = before[nl+1:]
	}
	for j := 0; j+3 <= len(before); j++ {
		if hasPrefixFold(before[j:], "sdg") {
			return true
		}
	}
	return strings.Contains(before, "持続可能な開発")
}

func skip(t string, p int, chars string) int {
	for p < len(t) && strings.IndexByte(chars, t[p]) >= 0 {
		p++
	}
	return p
}
