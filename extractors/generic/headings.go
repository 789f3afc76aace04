package generic

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
)

// setSection enters section s: no current item, the first item's marker
// style still to be seen.
func (w *walker) setSection(s section) {
	w.sec, w.style, w.cur, w.explicit, w.lastTop = s, "", nil, true, nil
	if s != secProject {
		w.named = nil
	}
	if s == secVision {
		w.wantVis = true
	}
}

// sectionHeading recognises a heading that announces a section. The
// tokenizer (isHeadingText) is asked last, after every cheaper test (all of
// them pure, so the order changes no answer): most lines name no section,
// and a line that merely mentions a section's word is turned away by
// endsWithVocab without tokenizing it.
func (w *walker) sectionHeading(u unit) bool {
	if kit.IsBullet(u.marker) || markerStyle(u.marker) == "compound" {
		return false
	}
	if u.InTable() && u.Col > 0 {
		return false
	}
	s := classify(u.body)
	if s == secNone {
		return false
	}
	if s != secSkip && !endsWithVocab(unbracket(u.body)) {
		return false
	}
	if u.body != unbracket(u.body) && w.cur != nil && numberStyle(w.cur.style) && w.cur.at[0] == u.Block {
		return false // 【主な施策】 inside a numbered item: a label of its body
	}
	if numbered(u.marker) && kit.Runes(trailing.ReplaceAllString(u.body, "")) > 8 && w.sentenceFollows() {
		return false // "(1) ○○推進事業" and its description: an item, not a section
	}
	if !w.headings.isHeading(u.body) {
		return false
	}
	w.setSection(s)
	return true
}

// sentenceFollows reports whether the next line is an unmarked sentence.
func (w *walker) sentenceFollows() bool {
	if w.i+1 >= len(w.us) {
		return false
	}
	n := w.us[w.i+1]
	return n.marker == "" && strings.Contains(n.body, "。")
}

// trailing brackets and marks after a heading's last word.
var trailing = regexp.MustCompile(`(\s*(\([^()]*\)|【[^】]*】|\*|\s))+$`)

// endsWithVocab reports whether the heading ends in a section word, so that
// an item title which merely mentions 取り組み is not taken for a heading.
func endsWithVocab(s string) bool {
	s = trailing.ReplaceAllString(s, "")
	for _, v := range vocabulary {
		for _, word := range v.words {
			if strings.HasSuffix(s, word) {
				return true
			}
		}
	}
	return false
}

// orgLine recognises a department's name standing alone in a document of
// several departments.
func (w *walker) orgLine(u unit) bool {
	name := unbracket(u.body)
	if !w.meta.multiOrg || !isOrgHeading(name) || u.marker != "" && !kit.IsBullet(u.marker) {
		return false
	}
	w.org, w.cur, w.style = name, nil, ""
	if w.sec == secNone || w.sec == secSkip {
		w.sec = w.defaultSection()
	}
	return true
}

// unbracket returns the inside of a line that is wholly 【…】 or [...].
func unbracket(s string) string {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"<", ">"}, {"■", ""}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			in := strings.TrimSuffix(strings.TrimPrefix(s, p[0]), p[1])
			if !strings.ContainsAny(in, "【】[]") {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}
