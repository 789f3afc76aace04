package generic

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/sdg"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// indEntry is an indicator and the item it measures (nil: the document's).
type indEntry struct {
	owner *item
	ind   plan.Indicator
}

// content handles a line that is neither a heading nor a label: an item's
// title or a line of its description.
func (w *walker) content(u unit) {
	sec := w.sec
	switch sec {
	case secSkip:
		return
	case secNone:
		if sec = w.defaultSection(); sec == secNone {
			return
		}
	case secIndicator:
		if u.marker != "" || w.headings.isHeading(u.body) {
			w.inds = append(w.inds, indEntry{nil, plan.Indicator{Name: u.body}})
		}
		return
	case secVision:
		if w.vision == "" {
			w.vision = u.body
		}
		return
	case secResult:
		w.results = appendPart(w.results, u)
		return
	case secOutlook:
		w.outlooks = appendPart(w.outlooks, u)
		return
	}
	if w.meta.multiOrg && w.org == "" {
		return // a document of several departments: items sit under one
	}
	style, ok := w.titleStyle(u)
	if !ok {
		if w.cur != nil && looksLikeIndicator(u) {
			w.inds = append(w.inds, indEntry{w.cur, plan.Indicator{Name: u.body}})
		} else if w.cur != nil && w.cur.style == "sentence" {
			w.cur.title += u.body // the next sentence of the same statement
		} else if w.cur != nil {
			w.addDesc(u.body)
		} else if w.explicit && strings.HasSuffix(u.body, "。") && w.lonely() {
			w.open(sec == secMission, "", u.body, "lone")
		}
		return
	}
	w.open(sec == secMission, u.marker, u.body, style)
	if w.cur != nil {
		w.cur.at = [3]int{u.Block, u.Row, u.Col}
		w.cur.depth = u.Depth
	}
}

// pairAllowed reports whether a short line may open a heading/body pair:
// not inside the block or cell of an item opened otherwise (there it is a
// line of that item's body).
func (w *walker) pairAllowed(u unit) bool {
	if w.cur == nil || w.cur.style == "pair" || w.cur.style == "heading" {
		return true
	}
	return w.cur.at != [3]int{u.Block, u.Row, u.Col}
}

// addDesc appends a body line to the current item, moving SDG tags written
// in it (【SDGs No.11・No.17】) to the item's goals.
func (w *walker) addDesc(s string) {
	if tags := sdg.Find(s); len(tags) > 0 && !tags[0].NameOnly {
		w.cur.sdgs = append(w.cur.sdgs, sdg.Goals(tags)...)
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(sdg.Strip(s)), "【SDGs】"))
		if s == "" {
			return
		}
	}
	w.cur.desc = append(w.cur.desc, s)
}

// lonely reports whether the current line is the only body line right after
// a section heading: an unheaded statement (区の使命 → its one sentence).
func (w *walker) lonely() bool {
	if w.i == 0 || w.i+1 >= len(w.us) {
		return w.i > 0
	}
	prev := w.us[w.i-1]
	next := w.us[w.i+1]
	return w.headings.isHeading(prev.body) && classify(prev.body) != secNone && (w.headings.isHeading(next.body) || next.marker != "")
}

// titleStyle decides whether u opens an item, and how.
func (w *walker) titleStyle(u unit) (string, bool) {
	if w.cur != nil && w.cur.style == "code" && !numbered(u.marker) {
		return "", false // the body of a 重点プロジェクトN
	}
	if w.cur != nil && w.cur.style == "pair" && len(w.cur.desc) == 0 && u.marker == "" {
		return "", false // a heading's body, whatever its length
	}
	switch {
	case u.Kind == layout.Heading && w.headings.isHeading(u.body):
		return "heading", true
	case numbered(u.marker):
		if w.cur != nil && u.Kind == layout.ListItem && u.Depth > w.cur.depth && w.cur.at[0] != u.Block && w.cur.style != "pair" {
			return "", false // a nested list under an item is its description
		}
		return markerStyle(u.marker), true
	case kit.IsBullet(u.marker):
		if w.cur == nil || w.cur.style == "bullet" && w.cur.bullet == u.marker && u.Depth <= w.cur.depth {
			return "bullet", true
		}
		return "", false
	case u.marker == "" && w.explicit && w.headings.isHeading(u.body) && w.pairAllowed(u) && w.bodyFollows():
		return "pair", true
	case w.sentenceItem(u):
		return "sentence", true
	}
	return "", false
}

func numbered(marker string) bool {
	return marker != "" && !kit.IsBullet(marker) && !kit.IsFootnote(marker)
}

// continuation opens a sentence that carries on the one before it.
var continuation = []string{"また、", "さらに、", "なお、", "あわせて、", "併せて、", "加えて、"}

// sentenceItem reports whether u is an unmarked statement under a
// department's heading in a document of several departments: there each
// sentence (or run of sentences) is one item, as a PDF that lost its
// bullets prints them.
func (w *walker) sentenceItem(u unit) bool {
	if !w.meta.multiOrg || w.org == "" || u.marker != "" || !strings.HasSuffix(u.body, "。") {
		return false
	}
	if w.cur != nil && w.cur.style != "sentence" {
		return false
	}
	for _, c := range continuation {
		if w.cur != nil && strings.HasPrefix(u.body, c) {
			return false
		}
	}
	return true
}

// bodyFollows reports whether the next line (past SDG tags) is body text.
func (w *walker) bodyFollows() bool {
	cur := w.us[w.i]
	for j := w.i + 1; j < len(w.us) && j <= w.i+3; j++ {
		n := w.us[j]
		if n.body == "" || w.isSDGLine(n.body) {
			continue
		}
		if n.marker != "" || n.InTable() != cur.InTable() {
			return false
		}
		nb, cb := kit.Runes(n.body), kit.Runes(cur.body)
		return strings.Contains(n.body, "。") || strings.Contains(n.body, "、") && nb > cb || nb > 2*cb+10
	}
	return false
}

func (w *walker) isSDGLine(s string) bool {
	return strings.HasPrefix(s, "【No") || strings.HasPrefix(s, "【NO") || strings.HasPrefix(s, "[No")
}

// open starts an item, or returns to an earlier one it repeats.
func (w *walker) open(mission bool, marker, body, style string) {
	it := newItem(mission, marker, body, style)
	if it.title == "" {
		return
	}
	it.bullet = ""
	if style == "bullet" {
		it.bullet = marker
	}
	if it.mark != 0 {
		if tag, ok := w.legend[it.mark]; ok {
			it.tags = append(it.tags, tag)
		}
	}
	if style == "chapter" {
		it.mission = true // 第1章: a policy area, the goal its numbered items serve
	} else if !mission && w.lastM != nil && w.lastM.style == "chapter" && numbered(marker) {
		it.missionOf = w.lastM
	} else if mission && w.lastM != nil && w.style != "" && style != w.style && numbered(marker) {
		it.mission = false // numbered areas under a goal are its projects
		it.missionOf = w.lastM
	} else if !mission && w.lastTop != nil && numberStyle(w.style) && rank(style) > rank(w.style) {
		it.parent = w.lastTop // ① under (1): a project's own numbered parts
	} else if w.style == "" {
		w.style = style
	}
	if !it.mission && w.named != nil && it.missionOf == nil && it.parent == nil {
		it.parent = w.named
	}
	if p := w.codeParent(it); p != nil {
		it.parent = p
	}
	if w.meta.multiOrg {
		it.org = w.org
	}
	if old := w.repeat(it); old != nil {
		if old.mission {
			w.lastM = old
		}
		w.cur = nil
		return
	}
	w.items = append(w.items, it)
	if !it.mission && it.style == w.style {
		w.lastTop = it
	}
	w.cur = it
	if it.mission {
		w.lastM = it
	}
}

// repeat finds an earlier item that it repeats: the same title, or a
// mission whose description is this title (a list of goals then each goal
// as a heading).
func (w *walker) repeat(it *item) *item {
	k := it.key()
	for _, old := range w.items {
		if old.key() == k && old.mission == it.mission && old.parent == it.parent {
			return old
		}
		if it.mission && old.mission && old.descKey() != "" && old.descKey() == k {
			return old
		}
	}
	return nil
}

// appendPart adds a line of a results or outlook section: a numbered line
// starts the next mission's part, any other line continues the current one.
func appendPart(parts []string, u unit) []string {
	if numbered(u.marker) || len(parts) == 0 {
		return append(parts, u.body)
	}
	parts[len(parts)-1] += "\n" + u.body
	return parts
}

// codeParent finds the project whose code is it's code without its last
// part: 1-1 for 1-1-1 (nested numbering states the nesting).
func (w *walker) codeParent(it *item) *item {
	i := strings.LastIndex(it.code, "-")
	if it.mission || i <= 0 {
		return nil
	}
	prefix := it.code[:i]
	for j := len(w.items) - 1; j >= 0; j-- {
		if p := w.items[j]; !p.mission && p.code == prefix {
			return p
		}
	}
	return nil
}

// indicatorName is how a measure's name ends: …する市民の割合, …率, …満足度.
var indicatorName = regexp.MustCompile(`(の割合|率|満足度)$`)

// looksLikeIndicator reports whether an unmarked line of an item's body is
// the name of an indicator standing alone (自分らしい暮らしの豊かさを実感している
// 市民の割合): a noun phrase, not a sentence or a list of words.
func looksLikeIndicator(u unit) bool {
	n := kit.Runes(u.body)
	return u.marker == "" && n >= 8 && n <= 40 && !strings.ContainsAny(u.body, "。、,") && indicatorName.MatchString(u.body)
}

// rank orders numbered styles from the outermost (第1章) to the innermost (ア),
// as Japanese documents nest them; other styles rank nowhere.
func rank(style string) int {
	switch style {
	case "chapter":
		return 1
	case "number":
		return 2
	case "paren":
		return 3
	case "circled":
		return 4
	case "kana":
		return 5
	}
	return 0
}
