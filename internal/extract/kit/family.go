package kit

import (
	"jplan/internal/ja/lgcode"
	"jplan/internal/layout"
)

// This file holds what an extractor of one city's family needs beyond the
// document itself: the city it falls back to, whether a URL is that city's,
// and the head of the document its Match reads.

// FamilyPlaceFrom is Place.From for a municipality that came from the
// extractor's family (HomePlace), not from the document.
const FamilyPlaceFrom = "family"

// HomePlace is FindPlace(doc); when the document names no municipality (a
// form that names only its department), it is home, the municipality whose
// format the extractor reads (真庭市), with From FamilyPlaceFrom. ok is false
// only when home is no known municipality either.
func HomePlace(doc *layout.Document, home string) (Place, bool) {
	if p, ok := FindPlace(doc); ok {
		return p, true
	}
	if b, ok := lgcode.ByName(home); ok {
		return PlaceOf(b, FamilyPlaceFrom), true
	}
	return Place{}, false
}

// OnCitySite reports whether rawURL is on the site of the municipality named
// city (新潟市) or of one of its wards (新潟市中央区's pages); false for an
// empty or unknown URL.
func OnCitySite(rawURL, city string) bool {
	if rawURL == "" {
		return false
	}
	b, ok := lgcode.ByURL(rawURL)
	return ok && (b.Name == city || b.City == city)
}

// LeadingLines is what a Match reads of doc: the lines (Lines) of its first
// n blocks, at most n of them, so that scoring a long document of another
// family does not normalise all of it.
func LeadingLines(doc *layout.Document, n int) []Line {
	if doc == nil {
		return nil
	}
	e := cached(doc)
	defer e.mu.Unlock()
	ls := e.linesOfBlocks(n)
	return append([]Line(nil), ls[:min(n, len(ls))]...)
}
