package generic

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/norm"
	"jplan/internal/ja/sdg"
	"jplan/internal/plan"
)

// item is a mission or project being collected.
type item struct {
	mission    bool
	code       string
	title      string
	desc       []string
	sdgs       []int
	org        string
	tags       []string
	style      string // how it was opened: its marker style, "heading" or "pair"
	parent     *item  // enclosing project (方針 of a named project)
	missionOf  *item  // the mission a project serves
	indicators []plan.Indicator
	result     string
	outlook    string
	id         string // assigned by emit
	mark       rune   // a tag mark (☞) the title began with, 0 if none
	bullet     string // the bullet that opened it, for telling siblings from sub-bullets
	at         [3]int // block, table row and column of its title
	depth      int    // list nesting of its title line
	// folded forms of the title and first description line, and what they fold
	k, keyOf, dk, dkOf string
}

// markerStyle classes a marker so that siblings can be told from children:
// "1." and "2." share a style, "①" has another.
func markerStyle(m string) string {
	switch {
	case m == "":
		return ""
	case kit.IsBullet(m):
		return "bullet"
	case strings.HasPrefix(m, "("):
		return "paren"
	case strings.HasPrefix(m, "第") || strings.HasSuffix(m, "章"):
		return "chapter"
	case strings.Contains(m, "-"):
		return "compound"
	case strings.ContainsAny(m, "アイウエオカキクケコサシスセソタチツテト"):
		return "kana"
	}
	r := []rune(m)[0]
	if norm.IsMarker(r) {
		return "circled"
	}
	return "number"
}

// tagMarks are signs that label an item (☞ 行革推進事業 in 三鷹市): kept as a
// tag when the document explains the sign, dropped from the title always.
const tagMarks = "☞★☆◎"

// titleSplit cuts "heading body" written on one line (a bullet in a table
// cell: "・人口減少対策の取組強化 急速に進む…") into title and description.
func titleSplit(s string) (title, desc string) {
	i := strings.Index(s, " ")
	if i < 0 {
		return s, ""
	}
	head, rest := s[:i], strings.TrimSpace(s[i+1:])
	n, m := kit.Runes(head), kit.Runes(rest)
	if n < 5 || n > 40 || strings.Contains(head, "。") || m < 20 || m < n {
		return s, ""
	}
	if r := []rune(rest)[0]; r < 0x80 || strings.ContainsRune("のをにはがとでや", []rune(head)[n-1]) {
		return s, ""
	}
	return head, rest
}

// colonSplit cuts "title:description" (共生と多様性で輝くまち:コミュニティ・都市経営).
func colonSplit(s string) (title, desc string) {
	i := strings.Index(s, ":")
	if i <= 0 || strings.Contains(s, "。") {
		return s, ""
	}
	head, rest := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if kit.Runes(head) < 2 || kit.Runes(rest) < 2 {
		return s, ""
	}
	return head, rest
}

// noteParen is a trailing "(主に福祉、健康)" note: the description of a short title.
var noteParen = regexp.MustCompile(`^(.{4,}?)\((主に[^()]+)\)$`)

// cleanTitle strips SDG tags and tag marks from a title and returns the
// goals it named.
func cleanTitle(s string) (string, []int) {
	goals := sdg.Goals(sdg.Find(s))
	if len(goals) > 0 {
		s = sdg.Strip(s)
	}
	s = strings.TrimLeft(s, tagMarks+" ")
	return strings.TrimSpace(s), goals
}

// newItem builds an item from a title line, splitting off what the line
// carries besides the title.
func newItem(mission bool, marker, body, style string) *item {
	it := &item{mission: mission, code: kit.Code(marker), style: style}
	if r := []rune(body); len(r) > 0 && strings.ContainsRune(tagMarks, r[0]) {
		it.mark = r[0]
	}
	title, goals := cleanTitle(body)
	it.sdgs = goals
	desc := ""
	if kit.IsBullet(marker) || marker == "" {
		title, desc = titleSplit(title)
	}
	if desc == "" {
		title, desc = colonSplit(title)
	}
	if desc == "" {
		if m := noteParen.FindStringSubmatch(title); m != nil {
			title, desc = m[1], m[2]
		}
	}
	it.title = title
	if desc != "" {
		it.desc = append(it.desc, desc)
	}
	return it
}

// key is the folded title used to find repeats, kept while the title stays.
func (it *item) key() string {
	if it.keyOf != it.title || it.k == "" {
		it.k, it.keyOf = norm.Fold(it.title), it.title
	}
	return it.k
}

// descKey is the folded first line of the description, kept likewise.
func (it *item) descKey() string {
	if len(it.desc) == 0 {
		return ""
	}
	if it.dkOf != it.desc[0] || it.dk == "" {
		it.dk, it.dkOf = norm.Fold(it.desc[0]), it.desc[0]
	}
	return it.dk
}

// numberStyle reports whether style is one of a numbered marker.
func numberStyle(style string) bool {
	switch style {
	case "circled", "number", "paren", "compound", "chapter", "kana":
		return true
	}
	return false
}
