package crawl

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"jplan/internal/ja/norm"
)

// Link is an anchor found on a page: its absolute URL (fragment removed) and
// its text with whitespace collapsed (an image link's alt text when it has none).
type Link struct {
	URL  string
	Text string
}

// ExtractLinks returns the http(s) links of an HTML page in document order,
// each URL once, resolved against base (or the page's <base href>).
func ExtractLinks(base *url.URL, page string) []Link {
	z := html.NewTokenizer(strings.NewReader(page))
	var (
		links []Link
		seen  = map[string]bool{}
		cur   *Link
		text  strings.Builder
	)
	flush := func() {
		if cur != nil {
			cur.Text = norm.CollapseSpace(text.String())
			if !seen[cur.URL] {
				seen[cur.URL] = true
				links = append(links, *cur)
			}
			cur = nil
		}
		text.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return links
		case html.TextToken:
			if cur != nil {
				text.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if tt == html.EndTagToken {
				if a == atom.A {
					flush()
				}
				continue
			}
			attrs := readAttrs(z, hasAttr)
			switch a {
			case atom.Base:
				if u, err := base.Parse(attrs["href"]); err == nil && attrs["href"] != "" {
					base = u
				}
			case atom.A, atom.Area:
				flush()
				if u, ok := resolve(base, attrs["href"]); ok {
					cur = &Link{URL: u}
					if a == atom.Area || tt == html.SelfClosingTagToken {
						text.WriteString(attrs["alt"])
						flush()
					}
				}
			case atom.Img:
				if cur != nil {
					text.WriteString(" " + attrs["alt"] + " ")
				}
			}
		}
	}
}

func readAttrs(z *html.Tokenizer, more bool) map[string]string {
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	return attrs
}

// resolve makes href absolute; only http and https links count.
func resolve(base *url.URL, href string) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return "", false
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String(), true
}

// linkKind says what a link is to a source's rules.
type linkKind int

const (
	linkIgnored linkKind = iota
	linkDocument
	linkIndex
)

// classify decides whether l, found on page (at hop links from the start), is a
// document, an index page to walk, or neither.
func (r *LinkRules) classify(page *url.URL, l Link, hop int) linkKind {
	u, err := url.Parse(l.URL)
	if err != nil {
		return linkIgnored
	}
	if !r.OtherHosts && !strings.EqualFold(u.Hostname(), page.Hostname()) {
		return linkIgnored
	}
	if r.isDocument(u, l) {
		return linkDocument
	}
	if hop+1 < r.Depth && anyMatch(r.follow, l.URL, l.Text) {
		return linkIndex
	}
	return linkIgnored
}

func (r *LinkRules) isDocument(u *url.URL, l Link) bool {
	if r.PDF && strings.EqualFold(path.Ext(u.Path), ".pdf") {
		return true
	}
	for _, re := range r.url {
		if re.MatchString(l.URL) {
			return true
		}
	}
	for _, re := range r.text {
		if re.MatchString(l.Text) {
			return true
		}
	}
	return false
}

func anyMatch(res []*regexp.Regexp, s ...string) bool {
	for _, re := range res {
		for _, x := range s {
			if re.MatchString(x) {
				return true
			}
		}
	}
	return false
}
