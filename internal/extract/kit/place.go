package kit

import (
	"net/url"
	"strings"

	"jplan/internal/ja/lgcode"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Place is the local public body a document belongs to, as plan/v1 records
// it: a ward's document names its city as the municipality and carries the
// ward's own code.
type Place struct {
	Municipality string // 真庭市; for a ward, its city (新潟市)
	Code         string // 全国地方公共団体コード; the ward's own for a ward (151033)
	Prefecture   string // 岡山県
	Ward         string // 中央区 for a designated city's ward, "" otherwise
	From         string // where it was found: "url" or "text"
}

// PlaceOf turns a body into a Place.
func PlaceOf(b lgcode.Body, from string) Place {
	p := Place{Code: b.Code, Prefecture: b.Prefecture, Municipality: b.Name, From: from}
	if b.Kind == lgcode.Ward {
		p.Municipality, p.Ward = b.City, b.Ward
	}
	return p
}

// Fill sets the municipality, code and prefecture of pub from p (nothing for
// a zero Place).
func (p Place) Fill(pub *plan.Publisher) {
	if p.Code == "" {
		return
	}
	pub.Municipality, pub.MunicipalityCode, pub.Prefecture = p.Municipality, p.Code, p.Prefecture
}

// FindPlace resolves the municipality of doc. The URL's domain wins when it is
// a body's own (lgcode.ByURL, and lgcode.WardByURL for a ward's directory);
// the text then only narrows a designated city down to one of its wards.
// Without a known URL the text decides: the municipality or ward it mentions
// most often (heading area counted twice), a prefecture only when nothing
// finer is named and its full name (東京都) is written in the heading area; last, a municipality
// named in the URL's path (document-hosting sites put titles there), or a
// word of the URL's host that is a body's own domain label (koho-satsumasendai.jp).
func FindPlace(doc *layout.Document) (Place, bool) {
	if doc == nil {
		return Place{}, false
	}
	head := strings.Join(HeadLines(doc, headSize), "\n")
	text := placeText(doc, head)
	if doc.URL != "" {
		if w, ok := lgcode.WardByURL(doc.URL); ok {
			return PlaceOf(w, "url"), true
		}
		if b, ok := lgcode.ByURL(doc.URL); ok {
			if b.Kind == lgcode.City {
				if w, ok := wardOf(b, text); ok {
					return PlaceOf(w, "url"), true
				}
			}
			return PlaceOf(b, "url"), true
		}
	}
	if b, ok := mostMentioned(text, head); ok {
		return PlaceOf(b, "text"), true
	}
	if b, ok := nameInURL(doc.URL); ok {
		return PlaceOf(b, "url"), true
	}
	if b, ok := nameInHost(doc.URL); ok {
		return PlaceOf(b, "url"), true
	}
	return Place{}, false
}

// nameInURL finds a municipality written (percent-encoded) in a URL's path,
// as document-hosting sites name their pages: /doc/6402135/成果指標---美馬市.
func nameInURL(raw string) (lgcode.Body, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return lgcode.Body{}, false
	}
	for _, b := range lgcode.FindIn(u.Path) {
		if b.Kind != lgcode.Prefecture {
			return b, true
		}
	}
	return lgcode.Body{}, false
}

// placeText is the document's text for name search, the heading area twice
// (head: HeadLines(doc, headSize) joined by newlines, which FindPlace needs
// too, so it is made once).
func placeText(doc *layout.Document, head string) string {
	ls := allLines(doc)
	n := len(head)
	for _, l := range ls {
		n += 1 + len(l.Text)
	}
	var all strings.Builder
	all.Grow(n)
	all.WriteString(head)
	for _, l := range ls {
		all.WriteString("\n")
		all.WriteString(l.Text)
	}
	return all.String()
}

// wardOf finds a ward of city that text mentions.
func wardOf(city lgcode.Body, text string) (lgcode.Body, bool) {
	for _, b := range lgcode.FindInPrefecture(city.Prefecture, text) {
		if b.Kind == lgcode.Ward && b.City == city.Name {
			return b, true
		}
	}
	return lgcode.Body{}, false
}

// mostMentioned picks the body text names most often: wards and
// municipalities before prefectures (which must be named in head), first
// mention breaking ties. A ward
// counts for its city too, so a ward's document is not outvoted by its city.
func mostMentioned(text, head string) (lgcode.Body, bool) {
	bodies := lgcode.FindIn(text)
	best, bestN := lgcode.Body{}, 0
	for _, b := range bodies {
		if b.Kind == lgcode.Prefecture {
			continue
		}
		n := mentions(text, b)
		if b.Kind == lgcode.Ward {
			n += strings.Count(text, b.City)
		}
		if n > bestN {
			best, bestN = b, n
		}
	}
	if bestN > 0 {
		return best, true
	}
	for _, b := range bodies {
		// a prefecture's own document names it in its heading area, written
		// out (東京都, not 東京2013); one named in the body is a partner
		if strings.Contains(head, b.Name) {
			return b, true
		}
	}
	return lgcode.Body{}, false
}

func mentions(text string, b lgcode.Body) int {
	if b.Kind == lgcode.Ward {
		return strings.Count(text, b.Ward)
	}
	return strings.Count(text, b.Name)
}
