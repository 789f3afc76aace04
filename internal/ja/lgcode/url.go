package lgcode

import (
	"net/url"
	"strings"
)

// hostOf returns the lower-case host of a URL without port, trailing dot and
// leading "www.", or "" when there is none. A URL without scheme is accepted.
func hostOf(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return strings.TrimPrefix(h, "www.")
}

// ByURL finds the body whose official homepage is on the domain of rawURL
// (https://www.city.maniwa.lg.jp/soshiki/40/104559.html → 真庭市 332143).
// Subdomains are tried up to the registered domain (kurashi.city.maniwa.lg.jp
// is 真庭市). A ward of a designated city that publishes under its city's
// domain maps to the city; see WardByURL for the ward itself.
func ByURL(rawURL string) (Body, bool) {
	t := load()
	host := hostOf(rawURL)
	for host != "" {
		if i, ok := t.ownerOf(host); ok {
			return t.bodies[i], true
		}
		_, rest, ok := strings.Cut(host, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		host = rest
	}
	return Body{}, false
}

// ownerOf returns the one body that is not a ward among those whose homepage
// is on host, or the only one when they are all wards.
func (t *table) ownerOf(host string) (int, bool) {
	ids := t.byHost[host]
	if len(ids) == 1 {
		return ids[0], true
	}
	found := -1
	for _, i := range ids {
		if t.bodies[i].Kind == Ward {
			continue
		}
		if found >= 0 {
			return -1, false // two bodies on one domain: no answer
		}
		found = i
	}
	return found, found >= 0
}

// WardByURL finds the ward of a designated city whose homepage is a directory
// of its city's site that rawURL lies in (https://www.city.niigata.lg.jp/chuo/…
// → 新潟市中央区 151033). It fails for URLs outside every ward's directory.
func WardByURL(rawURL string) (Body, bool) {
	city, ok := ByURL(rawURL)
	if !ok || city.Kind != City {
		return Body{}, false
	}
	path := urlPath(rawURL)
	t := load()
	best, bestLen := -1, 0
	for _, i := range t.byHost[hostOf(city.URL)] {
		w := t.bodies[i]
		dir := wardDir(w.URL)
		if w.Kind != Ward || w.City != city.Name || dir == "" || !strings.HasPrefix(path, dir) {
			continue
		}
		if len(dir) > bestLen {
			best, bestLen = i, len(dir)
		}
	}
	if best < 0 {
		return Body{}, false
	}
	return t.bodies[best], true
}

// urlPath returns the path of a URL, "/" when it has none.
func urlPath(raw string) string {
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

// wardDir is the directory of a ward's homepage, "/chuo/" for
// https://www.city.niigata.lg.jp/chuo/index.html, or "" at the site's root.
func wardDir(raw string) string {
	p := urlPath(raw)
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[:i+1]
	}
	if p == "/" {
		return ""
	}
	return p
}
