package layout

import (
	"strings"
	"testing"
)

func TestFprint(t *testing.T) {
	doc := &Document{Name: "x.html", Format: "html", Charset: "shift_jis", Title: "目標",
		Warnings: []string{"sniff: meta charset \"utf-8\" overridden"},
		Blocks: []Block{
			{Kind: Heading, Level: 2, Text: "重点目標", Pos: Pos{Start: 120, Line: 7}},
			{Kind: ListItem, Marker: "①", Depth: 1, Text: "移住\n定住", Pos: Pos{Page: 2, X: 72.4, Y: 140}},
			{Kind: Link, Text: "資料", Href: "/a.pdf"},
			{Kind: Table, Rows: [][]Cell{{{Text: "指標"}, {Text: "指標", Span: true}}, {{Text: "30人"}, {Text: ""}}}},
		}}
	var b strings.Builder
	if err := Fprint(&b, doc); err != nil {
		t.Fatal(err)
	}
	want := `# x.html  format=html charset=shift_jis blocks=4
# title: 目標
# warning: sniff: meta charset "utf-8" overridden
heading    h2    L7 @120        重点目標
list_item  >①    p2 (72,140)    移住 ⏎ 定住
link             -              資料 </a.pdf>
table      2x2   -              
    row 1   指標 | 〃
    row 2   30人 | 
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
