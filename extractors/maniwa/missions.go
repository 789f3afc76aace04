package maniwa

import (
	"slices"
	"strings"
	"unicode/utf8"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/extract/lines"
	"jplan/internal/ja/sdg"
	"jplan/internal/plan"
)

// addMissions reads the (1) section: ・ bullet items in the form, headed
// paragraphs with SDG tags on the CMS page.
func addMissions(b *extract.Builder, ls []lines.Line, pdf bool) {
	if startsWithBullet(ls) {
		for _, g := range bulletGroups(ls) {
			b.AddMission(bulletMission(g, pdf, lines.MaxWidth(ls)))
		}
		return
	}
	headedMissions(b, ls, pdf)
}

// startsWithBullet reports whether the section opens with a bullet item (the
// form's ・ directions); on the CMS page a bullet can only be a description line.
func startsWithBullet(ls []lines.Line) bool {
	for _, l := range ls {
		if isTagLine(l.Text) {
			continue
		}
		m, _ := kit.SplitMarker(l.Text)
		return kit.IsBullet(m)
	}
	return false
}

// isTagLine is a line holding SDG tags and nothing else (the emptiness of
// what is left without the tags asked first: most lines are not tag lines).
func isTagLine(s string) bool {
	return clean(sdg.Strip(s)) == "" && len(sdg.Find(s)) > 0
}

// bulletGroups splits lines at bullet lines; lines before the first bullet
// (an introduction) are left out.
func bulletGroups(ls []lines.Line) [][]lines.Line {
	var out [][]lines.Line
	for _, l := range ls {
		m, _ := kit.SplitMarker(l.Text)
		switch {
		case kit.IsBullet(m):
			out = append(out, []lines.Line{l})
		case len(out) > 0:
			out[len(out)-1] = append(out[len(out)-1], l)
		}
	}
	return out
}

// bulletMission is one ・ direction: its first line is the title (the text
// before the first space when title and description share the line).
func bulletMission(g []lines.Line, pdf bool, width int) plan.Mission {
	_, first := kit.SplitMarker(g[0].Text)
	return mission(titleAndDescription(first, g, pdf, width))
}

// titleAndBody takes the title from the group's first line, running on into
// the next lines while a PDF line wraps at the column edge (never into a
// bullet line).
func titleAndBody(first string, g []lines.Line, pdf bool, width int) (string, []lines.Line) {
	title, body := first, g[1:]
	for prev := g[0]; pdf && len(body) > 0 && lines.Wraps(prev, width) && !isBulletLine(body[0]); body = body[1:] {
		title += body[0].Text
		prev = body[0]
	}
	return title, body
}

// titleAndDescription splits an item's lines g (first: its first line
// without the marker) into the title (titleAndBody) and the description, its
// paragraphs joined by newlines; an item of one line is split at its first
// space (splitInline).
func titleAndDescription(first string, g []lines.Line, pdf bool, width int) (title, desc string) {
	title, body := titleAndBody(first, g, pdf, width)
	if len(body) == 0 {
		return splitInline(title)
	}
	return title, strings.Join(lines.Paragraphs(body, pdf, width), "\n")
}

// isBulletLine reports whether l starts with a bullet (・, •, ● …).
func isBulletLine(l lines.Line) bool {
	m, _ := kit.SplitMarker(l.Text)
	return kit.IsBullet(m)
}

// splitInline splits "title description" written on one line at the first
// space, when what follows reads as a description (a sentence, or at least 15
// characters); bullets inside the description (" ・") start new lines.
func splitInline(s string) (title, desc string) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	rest := s[i+1:]
	if kit.Runes(rest) < 15 && !strings.HasSuffix(rest, "。") {
		return s, "" // a title with a space in it ("まにわ SDGs 推進事業")
	}
	return s[:i], inlineBullets(rest)
}

// inlineBullets turns " ・a ・b" inside a flattened cell into lines.
func inlineBullets(s string) string {
	for _, bullet := range []string{" ・", " •", " ●", " ○"} {
		s = strings.ReplaceAll(s, bullet, "\n")
	}
	return strings.TrimSpace(strings.TrimLeft(s, "・•●○ "))
}

// mission builds a mission, moving SDG tags out of its title and description.
func mission(title, desc string) plan.Mission {
	return missionOf(title, clean(sdg.Strip(title)), desc)
}

// missionOf is mission for a title whose text without SDG tags, cleaned
// (bare), is known already.
//
// Title and description are searched for tags once, joined by a newline; the
// description is stripped of its tags without a second search when that
// search found no numbered tag in it, the only tags sdg.Strip removes (most
// descriptions): a numbered tag never spans a line, so those found past the
// newline are the description's own.
func missionOf(title, bare, desc string) plan.Mission {
	tags := sdg.Find(title + "\n" + desc)
	stripped := strings.TrimSpace(desc)
	if slices.ContainsFunc(tags, func(t sdg.Tag) bool { return !t.NameOnly && t.Start > len(title) }) {
		stripped = sdg.Strip(desc)
	}
	return plan.Mission{Title: bare, Description: cleanLines(stripped), SDGs: sdg.Goals(tags)}
}

// headedMissions reads missions written as a title line (a heading, or a short
// line that is not a sentence, or the line before an SDG tag), an optional
// SDG tag line, and description lines.
func headedMissions(b *extract.Builder, ls []lines.Line, pdf bool) {
	var cur *plan.Mission
	var bare string // cur's title without SDG tags
	var desc []lines.Line
	flush := func() {
		if cur != nil {
			m := missionOf(cur.Title, bare, strings.Join(lines.Paragraphs(desc, pdf, lines.MaxWidth(desc)), "\n"))
			m.SDGs = append(m.SDGs, cur.SDGs...)
			b.AddMission(m)
		}
		cur, desc = nil, nil
	}
	tl := tagLines(ls)
	for i, l := range ls {
		switch {
		case tl[i].tags:
			if cur != nil {
				cur.SDGs = append(cur.SDGs, tl[i].goals...)
			}
		case isTitleLine(l, tl[i].bare, i+1 < len(ls) && tl[i+1].tags):
			flush()
			cur, bare = &plan.Mission{Title: l.Text}, tl[i].bare
		case cur != nil:
			desc = append(desc, l)
		}
	}
	flush()
}

// tagged is what headedMissions reads of a line: its text without SDG tags
// (cleaned), whether it holds tags and nothing else (isTagLine), and then
// their goals.
type tagged struct {
	bare  string
	tags  bool
	goals []int
}

// tagLines looks at each line once for SDG tags. A line without tags (most
// lines) is its own text without them (sdg.Strip has nothing to remove and
// only trims), so only the lines with tags are stripped.
func tagLines(ls []lines.Line) []tagged {
	out := make([]tagged, len(ls))
	for i, l := range ls {
		found := sdg.Find(l.Text)
		if len(found) == 0 {
			out[i] = tagged{bare: clean(strings.TrimSpace(l.Text))}
			continue
		}
		bare := stripFound(l.Text, found)
		out[i] = tagged{bare: bare, tags: bare == ""}
		if bare == "" {
			out[i].goals = sdg.Goals(found)
		}
	}
	return out
}

// stripFound is clean(sdg.Strip(s)) for a line whose tags found are known
// already (sdg.Find(s)), sparing Strip its second search in the two common
// cases: no tag with a number (goal names standing alone, which Strip keeps:
// it only trims), and a line that is numbered tags and spaces only (a tag
// line, which Strip empties). Other lines are left to Strip.
func stripFound(s string, found []sdg.Tag) string {
	pos, numbered := 0, false
	for _, t := range found {
		if t.NameOnly || t.Start < pos {
			continue // the tags Strip skips
		}
		if !isSpaces(s[pos:t.Start]) {
			return clean(sdg.Strip(s))
		}
		pos, numbered = t.End, true
	}
	switch {
	case !numbered:
		return clean(strings.TrimSpace(s))
	case isSpaces(s[pos:]):
		return ""
	}
	return clean(sdg.Strip(s))
}

// isSpaces reports whether s is white space only (what strings.TrimSpace
// removes whole).
func isSpaces(s string) bool {
	return strings.TrimSpace(s) == ""
}

// isTitleLine reports whether l heads a mission: a heading, a line followed
// by an SDG tag line (beforeTags), or a short line that is not a sentence
// (judged on bare, its text without SDG tags); never a bullet.
func isTitleLine(l lines.Line, bare string, beforeTags bool) bool {
	if l.Heading {
		return true
	}
	if m, _ := kit.SplitMarker(l.Text); kit.IsBullet(m) {
		return false
	}
	if beforeTags {
		return true
	}
	text := bare
	if text == "" || longerThan(text, 40) {
		return false
	}
	return !isSentence(text)
}

// longerThan reports whether s has more than n characters (kit.Runes(s) > n)
// counting no further than n+1: isTitleLine asks it of every line, and
// description lines run to hundreds of characters.
func longerThan(s string, n int) bool {
	if len(s) <= n {
		return false // n bytes hold at most n characters
	}
	count := 0
	for range s {
		if count++; count > n {
			return true
		}
	}
	return false
}

// sentenceEnds are the endings of a sentence rather than a heading.
var sentenceEnds = []string{"。", "ます", "です", "する", "した", "ください", "、"}

func isSentence(s string) bool {
	if strings.HasPrefix(s, "また") || strings.HasPrefix(s, "さらに") {
		return true
	}
	for _, e := range sentenceEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '.'
}

// clean trims s and collapses its spaces.
func clean(s string) string { return kit.Clean(s) }

// cleanLines cleans every line of s and drops empty ones.
func cleanLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if c := clean(l); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "\n")
}
