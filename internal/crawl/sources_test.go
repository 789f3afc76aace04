package crawl

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestParseSourcesRejectsWithPosition(t *testing.T) {
	head := "version: 1\nsources:\n"
	ok := "  - id: maniwa\n    municipality_code: \"332143\"\n    start: [\"https://www.city.maniwa.lg.jp/\"]\n"
	cases := []struct {
		name, yaml, want string
		line             int
	}{
		{"bad check digit", head + ok + "  - id: soja\n    municipality_code: \"332088\"\n    start: [\"https://www.city.soja.okayama.jp/\"]\n", "check digit", 6},
		{"duplicate id", head + ok + ok, "duplicate id", 6},
		{"bad regexp", head + ok + "    links: {text: [\"(経営\"]}\n", "links.text[0]", 3},
		{"unknown field", head + ok + "    extracter: maniwa\n", "extracter", 6},
		{"no start", head + "  - id: mitaka\n    municipality_code: \"132047\"\n", "no start URLs", 3},
		{"ftp start", head + "  - id: mitaka\n    municipality_code: \"132047\"\n    start: [\"ftp://x\"]\n", "http or https", 3},
		{"escaping snapshot", head + ok + "    snapshot: ../../etc/passwd\n", "inside the corpus", 3},
		{"version", "version: 2\nsources: []\n", "version 2", 1},
		{"no rules", head + ok + "    links: {depth: 2}\n", "nothing would be a document", 3},
	}
	for _, c := range cases {
		_, err := ParseSources([]byte(c.yaml), "corpus/sources.yaml")
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), c.want) || pe.Line != c.line {
			t.Errorf("%s: err %v (line %d), want %q at line %d", c.name, err, lineOf(pe), c.want, c.line)
		}
	}
}

func lineOf(pe *ParseError) int {
	if pe == nil {
		return -1
	}
	return pe.Line
}

func TestLinkRules(t *testing.T) {
	reg, err := ParseSources([]byte(`version: 1
sources:
  - id: maniwa-keiei
    municipality_code: "332143"
    start: ["https://www.city.maniwa.lg.jp/soshiki/4/keiei.html"]
    links:
      text: ["経営目標"]
      url: ['/soshiki/\d+/\d+\.html$']
      pdf: true
      follow: ["一覧"]
      depth: 2
`), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rules := reg.Sources[0].Links
	page, _ := url.Parse("https://www.city.maniwa.lg.jp/soshiki/4/keiei.html")
	cases := []struct {
		link Link
		hop  int
		want linkKind
	}{
		{Link{"https://www.city.maniwa.lg.jp/soshiki/40/104559.html", "総合政策部"}, 0, linkDocument},
		{Link{"https://www.city.maniwa.lg.jp/uploaded/attachment/1.PDF", "資料"}, 0, linkDocument},
		{Link{"https://www.city.maniwa.lg.jp/list.html", "令和4年度 経営目標"}, 0, linkDocument},
		{Link{"https://www.city.maniwa.lg.jp/list.html", "過去の一覧"}, 0, linkIndex},
		{Link{"https://www.city.maniwa.lg.jp/list.html", "過去の一覧"}, 1, linkIgnored},    // depth reached
		{Link{"https://www.pref.okayama.jp/page/1.html", "岡山県 経営目標"}, 0, linkIgnored}, // other host
		{Link{"https://www.city.maniwa.lg.jp/kanko/", "観光"}, 0, linkIgnored},
	}
	for _, c := range cases {
		if got := rules.classify(page, c.link, c.hop); got != c.want {
			t.Errorf("%+v at hop %d: %v, want %v", c.link, c.hop, got, c.want)
		}
	}
}

func TestExtractLinks(t *testing.T) {
	base, _ := url.Parse("https://www.city.mitaka.lg.jp/koho/2011/20110703/index.html")
	got := ExtractLinks(base, `<p><a href="p3.htm#a">各部の運営方針と
		目標</a> <a href="p3.htm">again</a> <A HREF="/c_service/plan.pdf"><img src="i.png" alt="計画 (PDF)"></A>
		<a href="javascript:print()">印刷</a><a name="x">anchor</a></p>`)
	want := []Link{
		{"https://www.city.mitaka.lg.jp/koho/2011/20110703/p3.htm", "各部の運営方針と 目標"},
		{"https://www.city.mitaka.lg.jp/c_service/plan.pdf", "計画 (PDF)"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("link %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
