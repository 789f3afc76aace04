package num

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"jplan/internal/ja/norm"
)

// Item is one part of a multi-valued cell, as split by SplitCircled.
type Item struct {
	Marker string // the marker as written ("①", "⑵"), "" for text before the first marker
	Number int    // the marker's number (① → 1), 0 when Marker is ""
	Text   string // the text up to the next marker, spaces and list separators trimmed
}

// SplitCircled splits s at enclosed-number markers (① … ㊿, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩,
// ㊀ … ㊉, ❶ … ❿; see norm.MarkerNumber): "①115組②30人" gives {①, 1, 115組} and
// {②, 2, 30人}; "①市内成婚数 ②移住者数" gives two names. Text before the first
// marker is an Item with no Marker; a string without markers is one such Item.
// An empty s gives no items. ASCII "(1)" is not a marker: it also numbers
// sentences and notes.
func SplitCircled(s string) []Item {
	var items []Item
	cur := Item{}
	start := 0
	flush := func(end int) {
		cur.Text = trimItem(s[start:end])
		if cur.Marker != "" || cur.Text != "" {
			items = append(items, cur)
		}
	}
	for i, r := range s {
		n, ok := norm.MarkerNumber(r)
		if !ok {
			continue
		}
		flush(i)
		size := utf8.RuneLen(r)
		cur = Item{Marker: s[i : i+size], Number: n}
		start = i + size
	}
	flush(len(s))
	return items
}

func trimItem(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,・/／", r)
	})
}
