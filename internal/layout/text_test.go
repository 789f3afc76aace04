package layout

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// truthRows reads the ROW lines of a truth file: one table row, cell by cell.
func truthRows(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "truth", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cells, ok := strings.CutPrefix(sc.Text(), "ROW\t"); ok {
			rows = append(rows, strings.Split(cells, "\t"))
		}
	}
	return rows
}

// fold makes the truth (full-width, as printed) and the seed text (half-width)
// comparable: NFKC, no spaces.
func fold(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

func nonEmpty(row []Cell) []Cell {
	var out []Cell
	for _, c := range row {
		if c.Text != "" {
			out = append(out, c)
		}
	}
	return out
}

// matchTruth checks that every truth row appears, in order, as a table row with
// the same number of non-empty cells, each holding the beginning (12 characters)
// of the truth cell: cells are whole when neither a cell was split nor two were
// merged. The truth comes from a shortened rendering of the seed; a truth cell
// whose beginning the seed does not contain at all is only counted.
func matchTruth(t *testing.T, rows [][]Cell, truth [][]string) {
	t.Helper()
	var all strings.Builder
	for _, r := range rows {
		for _, c := range r {
			all.WriteString(fold(c.Text))
		}
	}
	next := 0
	for _, tr := range truth {
		found := false
		for next < len(rows) && !found {
			cells := nonEmpty(rows[next])
			next++
			if len(cells) != len(tr) {
				continue
			}
			found = true
			for k, want := range tr {
				prefix := []rune(fold(want))
				prefix = prefix[:min(12, len(prefix))]
				inSeed := strings.Contains(all.String(), string(prefix))
				if !strings.Contains(fold(cells[k].Text), string(prefix)) && (inSeed || k == 0) {
					found = false
				}
			}
		}
		if !found {
			t.Errorf("truth row %q not found as a whole row", tr)
			return
		}
	}
}

func tables(doc *Document) [][]Cell {
	var rows [][]Cell
	for _, b := range doc.Blocks {
		if b.Kind == Table {
			rows = append(rows, b.Rows...)
		}
	}
	return rows
}

func TestSeed001TableCellsWhole(t *testing.T) {
	doc := parseFile(t, filepath.Join(seedDir, "001_eab234e6a144cc72.txt"))
	var tbs []Block
	for _, b := range doc.Blocks {
		if b.Kind == Table {
			tbs = append(tbs, b)
		}
	}
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1 (the rows after the blank line continue it)", len(tbs))
	}
	var counts []int
	for _, r := range tbs[0].Rows {
		counts = append(counts, len(nonEmpty(r)))
	}
	want := []int{4, 4, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("non-empty cells per row %v, want %v", counts, want)
	}
	matchTruth(t, tbs[0].Rows, truthRows(t, "d001_keiei_mokuhyo.truth.txt"))

	// The 1-① project cell holds its title and its three inline bullets, parsed.
	cell := tbs[0].Rows[7][0]
	if len(cell.Blocks) != 4 || cell.Blocks[0].Marker != "1-①" || cell.Blocks[0].Text != "キャッシュレス・市民ポイント推進事業" ||
		!strings.HasPrefix(cell.Text, "1-①キャッシュレス・市民ポイント推進事業\n・公金収納") {
		t.Fatalf("1-① cell blocks %+v", cell.Blocks)
	}
	for _, b := range cell.Blocks[1:] {
		if b.Kind != ListItem || b.Marker != "・" {
			t.Errorf("1-① bullet %+v, want a ・ list item", b)
		}
	}
	ind := tbs[0].Rows[7][1]
	if wantInd := "指標:①まにこいん決済額(累計) ②加盟店数\n目標値:①10.0億円 ②350店\n(令和7年度実績値:①7.4億円 ②297店)"; ind.Text != wantInd {
		t.Errorf("1-① indicator cell %q, want %q", ind.Text, wantInd)
	}
	// The six directions are six paragraphs of one cell.
	if d := tbs[0].Rows[3][0]; len(d.Blocks) != 6 || d.Blocks[0].Marker != "・" {
		t.Errorf("direction cell: %d blocks %+v", len(d.Blocks), d.Blocks)
	}
}

func TestSeed004TableContinuation(t *testing.T) {
	doc := parseFile(t, filepath.Join(seedDir, "004_100f42f673f1fccc.txt"))
	var counts [][]int
	for _, b := range doc.Blocks {
		if b.Kind != Table {
			continue
		}
		var c []int
		for _, r := range b.Rows {
			c = append(c, len(nonEmpty(r)))
		}
		counts = append(counts, c)
	}
	if want := [][]int{{4, 2, 2}, {5, 2, 2}}; !reflect.DeepEqual(counts, want) {
		t.Errorf("non-empty cells per row per table %v, want %v", counts, want)
	}
	rows := tables(doc)
	matchTruth(t, rows, truthRows(t, "d004_soshiki_mokuhyo.truth.txt"))
	result := rows[4][1]
	if rows[4][0].Text != "取組結果" {
		t.Fatalf("row 5 is %q, want 取組結果", rows[4][0].Text)
	}
	// The page break cut goal 2's sentence; the continuation row joins it back.
	if !strings.Contains(result.Text, "その家族を支える地域づくりの必要性を多くの方から理解してもらうことができました。") {
		t.Errorf("取組結果 not joined across the break: %q", result.Text)
	}
	if n := len(result.Blocks); n != 4 {
		t.Errorf("取組結果 has %d paragraphs, want 4 (goals 1–4)", n)
	}
	if !rows[3][1].Header {
		t.Error("the markdown header row lost its Header flag")
	}
}

func TestTextStructures(t *testing.T) {
	in := "# 重点目標\n\n" +
		"(1) 移住の促進\n" +
		"1-① 関係人口の創出\n" +
		"① 市内成婚数\n" +
		"第1章 総則\n" +
		"第3期総合戦略に掲げる目標\n" +
		"1.5億円の事業\n\n" +
		"・地域福祉\n  - 見守り\n    続きの行\n※注記です\n☞行革推進事業\n\n" +
		"| 指標 | 目標値 |\n|:--|--:|\n| 移住者数 | 30\\|35人 |\n"
	doc, err := Parse(context.Background(), []byte(in), Options{Name: "structures.txt"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Block{
		{Kind: Heading, Level: 1, Text: "重点目標"},
		{Kind: ListItem, Marker: "(1)", Text: "移住の促進"},
		{Kind: ListItem, Marker: "1-①", Text: "関係人口の創出"},
		{Kind: ListItem, Marker: "①", Text: "市内成婚数"},
		{Kind: ListItem, Marker: "第1章", Text: "総則\n第3期総合戦略に掲げる目標\n1.5億円の事業"},
		{Kind: ListItem, Marker: "・", Text: "地域福祉"},
		{Kind: ListItem, Marker: "-", Text: "見守り\n続きの行", Depth: 1},
		{Kind: ListItem, Marker: "※", Text: "注記です"},
		{Kind: ListItem, Marker: "☞", Text: "行革推進事業"},
		{Kind: Table, Rows: [][]Cell{
			{{Text: "指標", Header: true}, {Text: "目標値", Header: true}},
			{{Text: "移住者数"}, {Text: "30|35人"}},
		}},
	}
	if got := withoutPos(doc.Blocks); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestTextCRLFAndPositions(t *testing.T) {
	in := "見出し\r\n\r\n本文の一行目\r\n本文の二行目\r\n"
	doc, err := Parse(context.Background(), []byte(in), Options{Name: "crlf.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 2 {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
	p := doc.Blocks[1]
	if p.Text != "本文の一行目\n本文の二行目" || p.Pos.Line != 3 || in[p.Pos.Start:p.Pos.End] != "本文の一行目\r\n本文の二行目" {
		t.Errorf("paragraph %q at %+v covers %q", p.Text, p.Pos, in[p.Pos.Start:p.Pos.End])
	}
}
