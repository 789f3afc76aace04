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
	var b strings.Builder
	pos := 0
	for _, t := range Find(s) {
		if t.NameOnly || t.Start < pos {
			continue
		}
		join(&b, s[pos:t.Start])
		pos = t.End
	}
	join(&b, s[pos:])
	return strings.TrimSpace(emptyPairs.Replace(b.String()))
}

// join appends piece, collapsing the whitespace on both sides of a cut into
// at most one space.
func join(b *strings.Builder, piece string) {
	if b.Len() == 0 {
		b.WriteString(piece)
		return
	}
	head := b.String()
	trimmed := strings.TrimRight(head, " \t\u3000")
	rest := strings.TrimLeft(piece, " \t\u3000")
	spaced := len(trimmed) < len(head) || len(rest) < len(piece)
	b.Reset()
	b.WriteString(trimmed)
	if spaced && trimmed != "" && rest != "" {
		b.WriteByte(' ')
	}
	b.WriteString(rest)
}
