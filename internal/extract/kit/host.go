package kit

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"jplan/internal/ja/lgcode"
)

// hostLabels maps the distinctive label of each body's official domain
// (satsumasendai in www.city.satsumasendai.lg.jp) to the body; labels two
// bodies share are left out. Built once, on first use.
var hostLabels = sync.OnceValue(func() map[string]lgcode.Body {
	labels := map[string]lgcode.Body{}
	shared := map[string]bool{}
	for p := 1; p <= 47; p++ {
		for c := 0; c < 1000; c++ {
			b, ok := lgcode.ByCode(fmt.Sprintf("%02d%03d", p, c))
			if !ok || b.Abolished != "" || b.Kind == lgcode.Ward {
				continue
			}
			l := domainLabel(b.URL)
			if l == "" {
				continue
			}
			if _, dup := labels[l]; dup {
				shared[l] = true
			}
			labels[l] = b
		}
	}
	for l := range shared {
		delete(labels, l)
	}
	return labels
})

// genericLabels are the parts of a municipal domain that name no one.
var genericLabels = map[string]bool{
	"www": true, "city": true, "town": true, "vill": true, "village": true, "pref": true,
	"lg": true, "jp": true, "go": true, "or": true, "ne": true, "co": true, "com": true, "net": true, "org": true,
}

// domainLabel returns the distinctive label of a homepage URL's host.
func domainLabel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(u.Hostname(), ".") {
		if !genericLabels[l] && len(l) >= 5 {
			return l
		}
	}
	return ""
}

// nameInHost finds a body whose domain label is a word of the URL's host:
// koho-satsumasendai.jp (a city's 広報 site on its own domain) → 薩摩川内市.
func nameInHost(raw string) (lgcode.Body, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return lgcode.Body{}, false
	}
	words := strings.FieldsFunc(u.Hostname(), func(r rune) bool { return r == '.' || r == '-' || r == '_' })
	for _, w := range words {
		if genericLabels[w] || len(w) < 5 {
			continue
		}
		if b, ok := hostLabels()[w]; ok {
			return b, true
		}
	}
	return lgcode.Body{}, false
}
