package layout

import (
	"context"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// withoutPos returns the blocks with their positions cleared, for comparing the
// layout of one content in two encodings (whose byte offsets differ).
func withoutPos(blocks []Block) []Block {
	out := make([]Block, len(blocks))
	for i, b := range blocks {
		b.Pos = Pos{}
		out[i] = b
	}
	return out
}

var sdgTag = regexp.MustCompile(`^【No\.\d{1,2}:[^】]+】$`)

func TestSeed000PageBothEncodings(t *testing.T) {
	utf := parseFile(t, filepath.Join(seedDir, "000_0cc3bb853a8a753b.html"))
	sjis := parseFile(t, filepath.Join(seedDir, "000_0cc3bb853a8a753b.sjis.html"))
	if utf.Charset != "utf-8" || sjis.Charset != "shift_jis" {
		t.Errorf("charsets = %s, %s; want utf-8, shift_jis", utf.Charset, sjis.Charset)
	}
	if !reflect.DeepEqual(withoutPos(utf.Blocks), withoutPos(sjis.Blocks)) {
		t.Fatal("the UTF-8 and the Shift_JIS page give different blocks")
	}
	if utf.Title != "総合政策部経営目標 - 真庭市公式ホームページ" || sjis.Title != utf.Title {
		t.Errorf("titles %q, %q", utf.Title, sjis.Title)
	}
	for _, doc := range []*Document{utf, sjis} {
		checkSeed000(t, doc)
	}
}

// furniture000 is every piece of site furniture on the seed-000 page.
var furniture000 = []string{
	"ページの先頭です", "メニューを飛ばして本文へ", "現在地", "組織でさがす", "印刷ページ表示",
	"大きい文字で印刷", "Adobe", "外部リンク", "ツイート", "LINEで送る", "文字サイズ", "サイト内検索",
	"くらし・手続き", "サイトマップ", "〒719-3292", "Copyright", "このページの先頭へ", "総合政策課",
	"個人情報の取り扱い",
}

func checkSeed000(t *testing.T, doc *Document) {
	t.Helper()
	var all strings.Builder
	for _, b := range doc.Blocks {
		all.WriteString(b.Text + "\n")
		if b.Text == "本文" {
			t.Errorf("%s: the 本文 skip label is left as a %s block", doc.Name, b.Kind)
		}
	}
	for _, f := range furniture000 {
		if strings.Contains(all.String(), f) {
			t.Errorf("%s: furniture %q left in the blocks", doc.Name, f)
		}
	}
	metas := blockTexts(doc.Blocks, Meta)
	if !reflect.DeepEqual(metas, []string{"記事番号:0001099", "更新日:2023年6月22日更新"}) {
		t.Errorf("%s: meta blocks %q", doc.Name, metas)
	}
	// After the h3, the 13 missions come as heading, SDG tag, description, in order.
	start := -1
	for i, b := range doc.Blocks {
		if b.Kind == Heading && strings.HasPrefix(b.Text, "(1)部局の役割") {
			start = i + 1
		}
	}
	if start < 0 {
		t.Fatalf("%s: no (1)部局の役割 heading", doc.Name)
	}
	headings, tags, descs := 0, 0, 0
	for i := start; i+2 < len(doc.Blocks) && doc.Blocks[i].Kind == Heading && doc.Blocks[i].Level == 4; i += 3 {
		h, tag, desc := doc.Blocks[i], doc.Blocks[i+1], doc.Blocks[i+2]
		headings++
		if tag.Kind == Paragraph && sdgTag.MatchString(tag.Text) {
			tags++
		} else {
			t.Errorf("%s: after heading %q: %s %q, want the SDG tag", doc.Name, h.Text, tag.Kind, tag.Text)
		}
		if desc.Kind == Paragraph && !sdgTag.MatchString(desc.Text) && len([]rune(desc.Text)) > 30 {
			descs++
		} else {
			t.Errorf("%s: after %q: %s %q, want the description", doc.Name, h.Text, desc.Kind, desc.Text)
		}
	}
	if headings != 13 || tags != 13 || descs != 13 {
		t.Errorf("%s: %d headings, %d SDG tags, %d descriptions; want 13 each", doc.Name, headings, tags, descs)
	}
	if first := doc.Blocks[start].Text; first != "真庭ライフスタイル・SDGs未来杜市の実現" {
		t.Errorf("%s: first mission heading %q (nbsp not trimmed?)", doc.Name, first)
	}
}

func blockTexts(blocks []Block, kind Kind) []string {
	var out []string
	for _, b := range blocks {
		if b.Kind == kind {
			out = append(out, b.Text)
		}
	}
	return out
}

func parseHTMLString(t *testing.T, page string) *Document {
	t.Helper()
	doc, err := Parse(context.Background(), []byte(page), Options{Name: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" {
		t.Fatalf("format %s, want html", doc.Format)
	}
	return doc
}

func TestHTMLStructures(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []Block
	}{
		{"headings, br and nbsp", `<h2>重点目標</h2><p>一行目<br>二行目&nbsp;&nbsp;</p><h5>小見出し</h5>`, []Block{
			{Kind: Heading, Level: 2, Text: "重点目標"},
			{Kind: Paragraph, Text: "一行目\n二行目"},
			{Kind: Heading, Level: 5, Text: "小見出し"},
		}},
		{"double br splits paragraphs", `<p>第一段落<br><br>第二段落</p>`, []Block{
			{Kind: Paragraph, Text: "第一段落"}, {Kind: Paragraph, Text: "第二段落"},
		}},
		{"nested lists", `<ul><li>子育て<ul><li>保育</li><li>教育<ol><li>小学校</li></ol></li></ul></li><li>福祉</li></ul>`, []Block{
			{Kind: ListItem, Text: "子育て"},
			{Kind: ListItem, Text: "保育", Depth: 1},
			{Kind: ListItem, Text: "教育", Depth: 1},
			{Kind: ListItem, Text: "小学校", Depth: 2, Marker: "1."},
			{Kind: ListItem, Text: "福祉"},
		}},
		{"written bullets in a list", `<ul style="list-style-type:none"><li>・移住の促進</li></ul><ul> ・関係人口 ・交流人口</ul>`, []Block{
			{Kind: ListItem, Marker: "・", Text: "移住の促進"},
			{Kind: ListItem, Marker: "・", Text: "関係人口"},
			{Kind: ListItem, Marker: "・", Text: "交流人口"},
		}},
		{"bold heading paragraphs", `<h3>方針</h3><p><strong>地域福祉の推進</strong></p><p><b>子育て支援</b><br>【No.3:すべての人に健康と福祉を】</p><p><strong>強調</strong>は文中です。</p>`, []Block{
			{Kind: Heading, Level: 3, Text: "方針"},
			{Kind: Heading, Level: 4, Text: "地域福祉の推進"},
			{Kind: Heading, Level: 4, Text: "子育て支援"},
			{Kind: Paragraph, Text: "【No.3:すべての人に健康と福祉を】"},
			{Kind: Paragraph, Text: "強調は文中です。"},
		}},
		{"standalone and inline links", `<p><a href="/a.pdf">経営目標(PDFファイル:182KB)</a></p><p>詳しくは<a href="/b.html">こちら</a>をご覧ください。</p><ul><li><a href="/c.html">組織目標</a></li></ul>`, []Block{
			{Kind: Link, Text: "経営目標(PDFファイル:182KB)", Href: "/a.pdf"},
			{Kind: Paragraph, Text: "詳しくはこちらをご覧ください。"},
			{Kind: Link, Text: "組織目標", Href: "/c.html"},
		}},
		{"image alt text", `<p><img src="/sdg17.png" alt="SDGs目標17"> パートナーシップで目標を達成しよう</p><p><img src="/spacer.gif" alt=""></p>`, []Block{
			{Kind: Paragraph, Text: "パートナーシップで目標を達成しよう"},
			{Kind: Image, Text: "SDGs目標17", Href: "/sdg17.png"},
		}},
		{"meta lines", `<p>最終更新日:2024年3月1日</p><p>更新日は毎年変わります。</p>`, []Block{
			{Kind: Meta, Text: "最終更新日:2024年3月1日"},
			{Kind: Paragraph, Text: "更新日は毎年変わります。"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parseHTMLString(t, "<!DOCTYPE html><html><body><div id=\"main\">"+c.body+"<p>"+filler+"</p></div></body></html>")
			got := withoutPos(doc.Blocks)
			if n := len(got); n > 0 && got[n-1].Text == filler {
				got = got[:n-1]
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// filler gives a test page enough text for its #main to count as main content.
const filler = "この文章は本文として十分な長さを持つように書かれた段落であり、レイアウトの試験に使います。"

func TestHTMLTableSpans(t *testing.T) {
	doc := parseHTMLString(t, `<html><body><div id="main"><p>`+filler+`</p><table>
<tr><th>指標</th><th colspan="2">目標値</th></tr>
<tr><td rowspan="2">移住者数</td><td>令和6年度</td><td>30人</td></tr>
<tr><td>令和7年度</td><td>35人</td></tr>
<tr><td>成婚数<br>(累計)</td><td><ul><li>①115組</li><li>②120組</li></ul></td></tr>
</table></div></body></html>`)
	var tb *Block
	for i := range doc.Blocks {
		if doc.Blocks[i].Kind == Table {
			tb = &doc.Blocks[i]
		}
	}
	if tb == nil {
		t.Fatalf("no table in %+v", doc.Blocks)
	}
	want := [][]string{
		{"指標", "目標値", "目標値"},
		{"移住者数", "令和6年度", "30人"},
		{"移住者数", "令和7年度", "35人"},
		{"成婚数\n(累計)", "①115組\n②120組", ""},
	}
	spans := [][]bool{{false, false, true}, {false, false, false}, {true, false, false}, {false, false, false}}
	if len(tb.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(tb.Rows), len(want))
	}
	for r, row := range tb.Rows {
		if len(row) != 3 {
			t.Fatalf("row %d has %d cells, want 3", r, len(row))
		}
		for c, cell := range row {
			if cell.Text != want[r][c] || cell.Span != spans[r][c] {
				t.Errorf("cell %d,%d = %q span=%v, want %q span=%v", r, c, cell.Text, cell.Span, want[r][c], spans[r][c])
			}
		}
	}
	if !tb.Rows[0][0].Header || tb.Rows[1][0].Header {
		t.Error("th/td header flags wrong")
	}
	if b := tb.Rows[3][1].Blocks; len(b) != 2 || b[0].Kind != ListItem || b[0].Marker != "①" || b[0].Text != "115組" {
		t.Errorf("list cell blocks %+v", b)
	}
}

func TestHTMLMainContentFallbacks(t *testing.T) {
	t.Run("densest container without known ids", func(t *testing.T) {
		doc := parseHTMLString(t, `<html><body><div class="menu"><a href="/">トップ</a><a href="/a">くらし</a></div>
<div class="wrap"><div class="box"><h1>組織目標</h1><p>`+filler+`</p><p>`+filler+`</p><p>`+filler+`</p></div></div>
<div class="foot">〒100-0001 東京都千代田区 電話 03-0000-0000</div></body></html>`)
		texts := blockTexts(doc.Blocks, Heading)
		if !reflect.DeepEqual(texts, []string{"組織目標"}) || len(doc.Blocks) != 4 {
			t.Errorf("blocks %+v", doc.Blocks)
		}
	})
	t.Run("content beside the densest child is kept", func(t *testing.T) {
		doc := parseHTMLString(t, `<html><body><div class="band"><h1>各部の取り組み</h1></div>
<div class="intro"><p>導入の文章です。</p></div>
<div class="grid"><section><h3>企画部</h3><p>`+filler+`</p></section><section><h3>総務部</h3><p>`+filler+`</p></section></div></body></html>`)
		if h := blockTexts(doc.Blocks, Heading); !reflect.DeepEqual(h, []string{"各部の取り組み", "企画部", "総務部"}) {
			t.Errorf("headings %q", h)
		}
	})
	t.Run("meta outside the main content", func(t *testing.T) {
		doc := parseHTMLString(t, `<html><body><div id="main"><h1>部局経営目標</h1><p>`+filler+`</p></div>
<div class="page_info"><p>更新日:2023年6月22日</p></div><div id="footer">真庭市役所</div></body></html>`)
		if metas := blockTexts(doc.Blocks, Meta); !reflect.DeepEqual(metas, []string{"更新日:2023年6月22日"}) {
			t.Errorf("meta %q in %+v", metas, doc.Blocks)
		}
		if last := doc.Blocks[len(doc.Blocks)-1]; last.Kind != Meta {
			t.Errorf("the meta after the content should come last, got %+v", last)
		}
	})
	t.Run("header inside article is content", func(t *testing.T) {
		doc := parseHTMLString(t, `<html><body><header><p>市のロゴ</p></header><main><article><header><h1>経営方針</h1></header><p>`+filler+`</p></article></main></body></html>`)
		if h := blockTexts(doc.Blocks, Heading); !reflect.DeepEqual(h, []string{"経営方針"}) {
			t.Errorf("headings %q", h)
		}
		if strings.Contains(blockTexts(doc.Blocks, Paragraph)[0], "ロゴ") {
			t.Error("site header kept")
		}
	})
}

func TestHTMLPositions(t *testing.T) {
	page := "<html><body>\n<div id=\"main\">\n<h1>目標</h1>\n<p>" + filler + "</p>\n</div></body></html>"
	doc := parseHTMLString(t, page)
	h := doc.Blocks[0]
	if h.Pos.Line != 3 || page[h.Pos.Start:h.Pos.End] != "<h1>目標</h1>" {
		t.Errorf("heading pos %+v covers %q", h.Pos, page[h.Pos.Start:h.Pos.End])
	}
	p := doc.Blocks[1]
	if p.Pos.Line != 4 || !strings.HasPrefix(page[p.Pos.Start:], "<p>") {
		t.Errorf("paragraph pos %+v", p.Pos)
	}
}
