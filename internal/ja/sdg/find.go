package sdg

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"jplan/internal/ja/runes"
)

// Tag is one SDG goal linked by the text.
//
// A list such as "SDGs 3・4・17" yields one Tag per goal; they share Raw, Start
// and End, which cover the whole expression (so Strip removes it at once).
type Tag struct {
	Goal     int    // 1..17
	Name     string // the goal's name as written beside the number, if any
	Raw      string // the tag as written, s[Start:End]
	Start    int    // byte offset in the input
	End      int    // byte offset in the input, exclusive
	NameOnly bool   // recognised from a goal's name alone (icon alt text): no number was written
	Warning  string // set when the written name disagrees with the number (the number wins)
}

// anchorWords introduce a goal number; whether a number after one of them is
// a goal depends on the word (see expr.accepted). ASCII words match in any case.
var anchorWords = []string{"持続可能な開発目標", "sdgs", "sdg", "ゴール", "goals", "goal", "no.", "no", "目標"}

// anchorsByByte lists the anchor words by their first byte (both cases for
// ASCII), in the order of anchorWords, so that nextAnchor tries at each place
// only the words that can start there: Japanese text is full of the lead bytes
// of 持, ゴ and 目, and most of them start none of the nine words.
// anchorStart marks the bytes that have a list, so that the scan tests one
// byte per place instead of loading a slice.
var anchorsByByte, anchorStart = func() (m [256][]string, start [256]bool) {
	for _, w := range anchorWords {
		c := w[0]
		m[c] = append(m[c], w)
		start[c] = true
		if c >= 'a' && c <= 'z' {
			m[c-'a'+'A'] = append(m[c-'a'+'A'], w)
			start[c-'a'+'A'] = true
		}
	}
	return m, start
}()

// nextAnchor finds the first anchor word at or after p in t.
func nextAnchor(t string, p int) (start, end int, ok bool) {
	for i := p; i < len(t); i++ {
		if !anchorStart[t[i]] {
			continue
		}
		for _, w := range anchorsByByte[t[i]] {
			if hasPrefixFold(t[i:], w) {
				return i, i + len(w), true
			}
		}
	}
	return 0, 0, false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case (prefix is lower case).
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

type anchorKind int

const (
	anchorSDG    anchorKind = iota // SDGs, SDG, 持続可能な開発目標: always a goal
	anchorGoal                     // ゴール, Goal: always a goal
	anchorNo                       // No., №: a goal in brackets, beside a goal name or in SDG context
	anchorTarget                   // 目標: a goal only beside a goal name or in SDG context
)

func kindOf(word string) anchorKind {
	switch w := strings.ToLower(word); {
	case strings.HasPrefix(w, "sdg") || strings.HasPrefix(w, "持続"):
		return anchorSDG
	case strings.HasPrefix(w, "goal") || w == "ゴール":
		return anchorGoal
	case strings.HasPrefix(w, "no"):
		return anchorNo
	}
	return anchorTarget
}

// Find returns every SDG tag in s in order of position.
//
// Recognised: 【No.17:名前】 (any bracket, colon or No/NO/№ spelling), SDGs目標17,
// SDGsゴール3, ゴール3, Goal 4: Quality Education, SDG3, SDGs No.4, lists and
// ranges after any of them (SDGs 3・4・17, ゴール1～3), icon alt text
// (SDGsアイコン 4 質の高い教育をみんなに) and a goal's name standing alone
// (NameOnly). A bare 目標11 is a goal only when a goal name follows it or "SDG"
// appears shortly before it on the same line: plans number their own 目標.
func Find(s string) []Tag {
	f := fold(s)
	var tags []Tag
	var spans [][2]int
	for p := 0; ; {
		as, ae, found := nextAnchor(f.text, p)
		if !found {
			break
		}
		p = ae
		if !asciiWordStart(f.text, as) {
			continue
		}
		e, ok := parseExpr(f.text, as, ae)
		if !ok {
			continue
		}
		p = e.end
		spans = append(spans, [2]int{e.start, e.end})
		tags = append(tags, e.tags(s, f)...)
	}
	tags = append(tags, findNames(s, f, spans)...)
	if len(tags) > 1 { // most lines have no tag: spare SliceStable's allocations
		sort.SliceStable(tags, func(i, j int) bool { return tags[i].Start < tags[j].Start })
	}
	return tags
}

// asciiWordStart reports whether an anchor at i does not continue an ASCII word
// ("innovation 3" is not "No 3").
func asciiWordStart(t string, i int) bool {
	if i == 0 {
		return true
	}
	c := t[i-1]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}

// findNames finds goal names standing alone (not inside a word and not inside
// an expression already found).
func findNames(s string, f folded, spans [][2]int) []Tag {
	var tags []Tag
	t := f.text
	for p := 0; p < len(t); {
		r, size := runes.Decode(t, p)
		if !nameFirst.has(r) {
			p += size // no name starts with r: spare the map lookup
			continue
		}
		if _, ok := namesByFirst[lowerASCII(r)]; !ok || !startsAlone(t, p) {
			p += size
			continue
		}
		end := matchNameAt(t, p)
		if end < 0 || overlaps(spans, p, end) || !standsAlone(t, p, end) {
			p += size
			continue
		}
		start, stop := f.at(p), f.at(end)
		raw := s[start:stop]
		tags = append(tags, Tag{Goal: goalOfName(raw), Name: raw, Raw: raw, Start: start, End: stop, NameOnly: true})
		p = end
	}
	return tags
}

func overlaps(spans [][2]int, start, end int) bool {
	for _, sp := range spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}

// standsAlone reports whether t[start:end] is bounded by non-letters, so that
// "住み続けられるまちづくりを進めます" is prose and not a tag.
func standsAlone(t string, start, end int) bool {
	after, _ := utf8.DecodeRuneInString(t[end:])
	return startsAlone(t, start) && (end == len(t) || !isWordRune(after))
}

// startsAlone reports whether a name starting at t[start] has no letter
// before it: the half of standsAlone known before the name is matched.
func startsAlone(t string, start int) bool {
	before, _ := utf8.DecodeLastRuneInString(t[:start])
	return start == 0 || !isWordRune(before)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || r == 'ー' || r == '々'
}
