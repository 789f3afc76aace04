package lines

import (
	"context"
	"reflect"
	"testing"

	"jplan/internal/layout"
)

func parse(t *testing.T, name, text string) *layout.Document {
	t.Helper()
	doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// texts is every unit as its cells' line texts, with a "table" mark.
func texts(us []Unit) []string {
	var out []string
	for _, u := range us {
		s := ""
		if u.Table {
			s = "table:"
		}
		for i, c := range u.Cells {
			if i > 0 {
				s += "|"
			}
			for j, l := range c {
				if j > 0 {
					s += "/"
				}
				s += l.Text
			}
		}
		out = append(out, s)
	}
	return out
}

func TestUnitsHTML(t *testing.T) {
	doc := parse(t, "page.html", `<html><body>
<h2>令和6年度 部局経営目標【建設部】</h2>
<p>道路の維持<br>橋の点検</p>
<img src="sdg11.png" alt="SDGs 11 住み続けられるまちづくりを">
<img src="logo.png" alt="真庭市ロゴ">
<p><a href="/top">トップページ</a></p>
<ul><li>・歩道の整備</li></ul>
<table>
<tr><th>部局名</th><td>建設部</td></tr>
<tr><td rowspan="2">重点事業</td><td>1-①改良</td></tr>
<tr><td>2-①補修</td></tr>
</table>
</body></html>`)
	us := Units(doc)
	got := texts(us)
	want := []string{
		"令和6年度 部局経営目標【建設部】",
		"道路の維持/橋の点検",
		"SDGs 11 住み続けられるまちづくりを",
		"・歩道の整備",
		"table:部局名|建設部",
		"table:重点事業|1-①改良",
		"table:2-①補修", // the rowspan copy is left out
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Units =\n%q\nwant\n%q", got, want)
	}
	if first, ok := us[0].FirstLine(); !ok || !first.Heading {
		t.Errorf("heading unit's first line = %+v, %v; want a heading line", first, ok)
	}
	if us[1].Cells[0][0].Heading {
		t.Errorf("paragraph line marked as heading")
	}
	if us[4].Block != us[5].Block || us[4].Block == us[3].Block {
		t.Errorf("rows of one table must share its block index: %d %d %d", us[3].Block, us[4].Block, us[5].Block)
	}
}

func TestUnitsMarkdownBullet(t *testing.T) {
	// A markdown "- " bullet is syntax, not text: it is not kept; a written
	// marker is.
	got := texts(Units(parse(t, "list.txt", "見出し\n\n- 1 交流人口の創出\n- 2 環境づくり\n")))
	for _, s := range got {
		if len(s) > 0 && s[0] == '-' {
			t.Errorf("markdown bullet kept: %q in %q", s, got)
		}
	}
}

func TestUnitLinesAndFirstLine(t *testing.T) {
	u := Unit{Cells: [][]Line{nil, {{Text: "a"}, {Text: "b"}}, {{Text: "c"}}}}
	var got []string
	for _, l := range u.Lines() {
		got = append(got, l.Text)
	}
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	if l, ok := u.FirstLine(); !ok || l.Text != "a" {
		t.Errorf("FirstLine = %+v, %v; want a (the first non-empty cell)", l, ok)
	}
	if _, ok := (Unit{Cells: [][]Line{nil}}).FirstLine(); ok {
		t.Error("FirstLine of an empty unit is ok")
	}
}
