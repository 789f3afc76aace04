package sdg

import (
	"sort"
	"strings"
)

// Goals returns the goal numbers of tags, sorted and without repeats.
func Goals(tags []Tag) []int {
	seen := make(map[int]bool, len(tags))
	var out []int
	for _, t := range tags {
		if t.Goal >= 1 && t.Goal <= Count && !seen[t.Goal] {
			seen[t.Goal] = true
			out = append(out, t.Goal)
		}
	}
	sort.Ints(out)
	return out
}

// emptyPairs are bracket pairs left empty once a tag inside them is removed.
var emptyPairs = strings.NewReplacer("()", "", "（）", "", "【】", "", "[]", "", "［］", "", "〔〕", "", "「」", "", "<>", "", "＜＞", "")

// Strip removes the SDG tags with a number from s (a title) and tidies the
// spaces and empty brackets they leave. Goal names standing alone are kept:
// they are the text of the title as much as a tag.
func Strip(s string) string {
	var pieces []string
	pos := 0
	for _, t := range Find(s) {
		if t.NameOnly || t.Start < pos {
			continue
		}
		pieces = append(pieces, s[pos:t.Start])
		pos = t.End
	}
	if len(pieces) == 0 {
		return strings.TrimSpace(s)
	}
	pieces = append(pieces, s[pos:])
	return strings.TrimSpace(emptyPairs.Replace(joinPieces(pieces)))
}

// joinPieces joins the text around removed tags, collapsing the whitespace
// on both sides of each cut into at most one space.
func joinPieces(pieces []string) string {
	var b strings.Builder
	pendingSpace := false
	for i, p := range pieces {
		rest := p
		if i > 0 {
			rest = strings.TrimLeft(p, spaces)
			pendingSpace = pendingSpace || len(rest) < len(p)
		}
		body := rest
		if i < len(pieces)-1 {
			body = strings.TrimRight(rest, spaces)
		}
		if body == "" {
			continue
		}
		if pendingSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(body)
		pendingSpace = len(body) < len(rest)
	}
	return b.String()
}

const spaces = " \t\u3000"
