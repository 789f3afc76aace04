package layout

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// collapseLineRef is the rune-by-rune collapseLine the byte scan replaced: the
// definition the fast version must agree with.
func collapseLineRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == 0 {
			continue
		}
		if isCollapsible(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

var collapseSamples = []string{
	"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\x00b", "\x00", " \x00 a \x00 ",
	"木村\u3000辰生", "\u3000木村\u3000", "の実現\u00a0\u00a0\u00a0", "a\u200bb", "\ufeffa", "a\u200b",
	"\xff", "a\xffb", "\xe3\x81", "a \xe3\x81", "\ufffd", "a\u2028b", "\u2028", "a \u3000",
	"x\r\n\r\ny", "\v\fa\v\f", "本文 ここから\u00a0 です",
}

// stripFurnitureRef is stripFurniture without its fast path.
func stripFurnitureRef(text string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, line := range lines {
		for _, p := range furniturePhrases {
			line = strings.ReplaceAll(line, p, " ")
		}
		if line = collapseLine(line); line != "" {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}

// sourceBreaksRef is what writeSourceText must write.
var sourceBreaksRef = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// checkFastPaths compares the byte-scanning and short-cut versions of the text
// helpers with their plain definitions.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	if got, want := collapseLine(s), collapseLineRef(s); got != want {
		t.Fatalf("collapseLine(%q) = %q, reference %q", s, got, want)
	}
	if got, want := stripFurniture(s), stripFurnitureRef(s); got != want {
		t.Fatalf("stripFurniture(%q) = %q, reference %q", s, got, want)
	}
	if got, want := isBreadcrumb(s), breadcrumb.MatchString(s); got != want {
		t.Fatalf("isBreadcrumb(%q) = %v, regexp %v", s, got, want)
	}
	var b strings.Builder
	writeSourceText(&b, s)
	if got, want := b.String(), sourceBreaksRef.Replace(s); got != want {
		t.Fatalf("writeSourceText(%q) = %q, reference %q", s, got, want)
	}
}

var fastPathSamples = append(collapseSamples,
	"a\nb", "a\n\nb", "a\n", "\n", "a\r\nb\rc\n\r", "\r", "\r\r\n",
	"ページの先頭です。本文", "本文\nページトップへ\n続き", "現在地 ホーム > 市政", "ホーム　＞ 組織", "トップページ>", "トップ", "現在の",
	"更新日:2023年6月22日", "a\n b")

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastPathSamples {
		checkFastPaths(t, s)
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastPathSamples {
		f.Add(s)
	}
	f.Fuzz(checkFastPaths)
}

// checkTagNames compares tagName with the tokenizer's TagName on every tag of doc.
func checkTagNames(t *testing.T, doc []byte) {
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		from := 1
		switch tt {
		case html.EndTagToken:
			from = 2
		case html.StartTagToken, html.SelfClosingTagToken:
		default:
			continue
		}
		raw := bytes.Clone(z.Raw())
		got, a := tagName(raw, from)
		want, _ := z.TagName()
		if got != string(want) || a != atom.Lookup(want) {
			t.Fatalf("tagName(%q) = %q, %v; tokenizer %q", raw, got, a, want)
		}
	}
}

var tagSamples = []string{
	`<DIV class=a><P>x</p></Div><br/><img src=x /><sCrIpT>a</b></script><my-Elem></MY-ELEM>`,
	"<d\x00iv>a</d\x00IV><a\vb>c</a\vb ><x\ty>z</x\ty/>",
	`<title>t</title><textarea></textarea><svg><foreignObject/></svg><`,
	"<a\r\nhref=x>y</a\r\n>",
}

func TestTagNamesAgree(t *testing.T) {
	for _, s := range tagSamples {
		checkTagNames(t, []byte(s))
	}
}

func FuzzTagNames(f *testing.F) {
	for _, s := range tagSamples {
		f.Add([]byte(s))
	}
	f.Fuzz(checkTagNames)
}

// BenchmarkCollapseLine measures collapseLine on a collapsed line (the common
// case: block text is collapsed again when cleaned) and on a line of source text.
func BenchmarkCollapseLine(b *testing.B) {
	collapsed := "真庭市総合計画に示す、多様な価値観を認め合い、多彩な地域資源を生かした、誰一人取り残さない、市民の誰もが「真庭ライフスタイル」を実現できる共生・循環型地域社会づくり (SDGs 17)"
	source := "\n   " + strings.ReplaceAll(collapsed, "、", "、\n\t ") + "\u00a0\n"
	for _, c := range []struct{ name, s string }{{"collapsed", collapsed}, {"source", source}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				collapseLine(c.s)
			}
		})
	}
}
