package niigata

import (
	"strconv"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/extract/lines"
)

// item is one numbered entry (重点目標 n, 取組結果 n).
type item struct {
	number int      // 0 for text before the first number
	text   string   // the entry's own text
	more   []string // bullet lines under it
}

// full is the entry's text with its bullet lines, one per line.
func (it item) full() string {
	return strings.Join(append([]string{it.text}, it.more...), "\n")
}

// numbered reads "1 …", "2 …" items. A bullet line belongs to the item above
// it; any other line without a number continues the item's last line without
// a space (a wrapped PDF line, or a cell split by a table break). Text before
// the first number is an item numbered 0; notes (※) are dropped.
func numbered(ls []lines.Line) []item {
	var out []item
	for _, l := range ls {
		m, rest := kit.SplitMarker(l.Text)
		if isNumber(m) {
			n, _ := strconv.Atoi(kit.Code(m))
			out = append(out, item{number: n, text: rest})
			continue
		}
		switch {
		case kit.IsFootnote(m):
		case len(out) == 0:
			out = append(out, item{text: l.Text})
		case kit.IsBullet(m):
			out[len(out)-1].more = append(out[len(out)-1].more, rest)
		default:
			last := &out[len(out)-1]
			if k := len(last.more); k > 0 {
				last.more[k-1] += l.Text
			} else {
				last.text += l.Text
			}
		}
	}
	return out
}

// byNumber indexes items by number (the first of a repeated number wins).
func byNumber(items []item) map[int]string {
	out := map[int]string{}
	for _, it := range items {
		if _, dup := out[it.number]; !dup {
			out[it.number] = it.full()
		}
	}
	return out
}

// goalItems reads the 重点目標: numbered items when any line is numbered, else
// one goal per bullet, else one goal per line; unnumbered goals are numbered
// in order so that results can refer to them.
func goalItems(ls []lines.Line, pdf bool, width int) []item {
	for _, l := range ls {
		if m, _ := kit.SplitMarker(l.Text); isNumber(m) {
			return numbered(ls)
		}
	}
	var out []item
	for i, text := range listItems(ls, pdf, width) {
		out = append(out, item{number: i + 1, text: text})
	}
	return out
}

func isNumber(marker string) bool {
	n, err := strconv.Atoi(kit.Code(marker))
	return err == nil && n > 0
}
