package crawl

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"jplan/internal/ja/lgcode"
)

func FuzzParseSources(f *testing.F) {
	f.Add([]byte("version: 1\nsources:\n  - id: a\n    municipality_code: \"332143\"\n    start: [\"https://www.city.maniwa.lg.jp/\"]\n    links: {text: [\"経営目標\"], pdf: true}\n"))
	f.Add([]byte("version: 1\nsources: []\n"))
	f.Add([]byte("version: 1\nsources:\n  - id: a\n    links: {text: [\"(\"]}\n"))
	f.Add([]byte("{"))
	f.Add([]byte("version: 2\n"))
	f.Add([]byte("- - - *a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := ParseSources(data, "sources.yaml")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 0 || !strings.HasPrefix(err.Error(), "crawl: sources.yaml:") {
				t.Fatalf("error %v is not a ParseError with a position", err)
			}
			return
		}
		for _, s := range reg.Sources {
			if s.ID == "" || len(s.Start) == 0 || !lgcode.Valid(s.MunicipalityCode) {
				t.Fatalf("accepted an unusable source %+v", s)
			}
			if s.Links != nil && (s.Links.Depth < 1 || s.Links.Depth > 5) {
				t.Fatalf("accepted depth %d", s.Links.Depth)
			}
		}
	})
}

func FuzzExtractLinks(f *testing.F) {
	f.Add(`<a href="/goals/r5.html">令和5年度 経営目標</a><a href="x.pdf"><img alt="PDF"></a>`)
	f.Add(`<base href="https://www.city.soja.okayama.jp/keikaku/"><a href="../plan.pdf">総合計画</a>`)
	f.Add(`<a href="javascript:void(0)">x</a><a href="mailto:a@b">y</a><area href="/m.html" alt="地図">`)
	f.Add(`<a href="/a"><a href="/b">nested`)
	f.Add("<a href=\"\x00\">\xff</a>")
	base, _ := url.Parse("https://www.city.maniwa.lg.jp/soshiki/40/index.html")
	f.Fuzz(func(t *testing.T, page string) {
		seen := map[string]bool{}
		for _, l := range ExtractLinks(base, page) {
			u, err := url.Parse(l.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Fragment != "" {
				t.Fatalf("bad link %q", l.URL)
			}
			if seen[l.URL] {
				t.Fatalf("link %q twice", l.URL)
			}
			seen[l.URL] = true
			if strings.TrimSpace(l.Text) != l.Text || (utf8.ValidString(page) && !utf8.ValidString(l.Text)) {
				t.Fatalf("text %q not collapsed", l.Text)
			}
		}
	})
}

// FuzzChangedFields: any two byte strings give sorted, distinct field names
// without the fetch-only fields; a record compared with itself has none, and
// swapping the sides lists the same fields.
func FuzzChangedFields(f *testing.F) {
	f.Add([]byte(`{"id":"a","source":{"url":"u","sha256":"1"},"missions":[]}`), []byte(`{"id":"a","source":{"url":"v","sha256":"2"},"missions":[ ]}`))
	f.Add([]byte(`{"source":1}`), []byte(`{"source":{"x":1}}`))
	f.Add([]byte(`not json`), []byte(`{"a":1}`))
	f.Add([]byte(`{"a":1,"a":2}`), []byte(`[]`))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		got := ChangedFields(old, new)
		for i, k := range got {
			if runOnlyFields[k] || (i > 0 && got[i-1] >= k) {
				t.Fatalf("ChangedFields = %q: not sorted and distinct, or lists a fetch-only field", got)
			}
		}
		if back := ChangedFields(new, old); strings.Join(back, ",") != strings.Join(got, ",") {
			t.Fatalf("ChangedFields is not symmetric: %q one way, %q the other", got, back)
		}
		if self := ChangedFields(old, old); len(self) != 0 {
			t.Fatalf("a record differs from itself in %q", self)
		}
	})
}
