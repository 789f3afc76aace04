package maniwa

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// matchLines is how far into the document Match looks.
const matchLines = 40

// Match scores doc as a 真庭市 部局経営目標: Certain when the title names a
// 部局経営目標 and the family's structure follows (the "(1) 部局の役割・使命" or
// "(1) 部局の方向性" section, or the form's 部局名/部局長名 header); Likely on
// the title alone when the URL is 真庭市's; Possible on either cue alone.
func Match(doc *layout.Document) float64 {
	if doc == nil {
		return extract.None
	}
	titled, structured := false, false
	for _, l := range kit.LeadingLines(doc, matchLines) {
		t := strings.ReplaceAll(l.Text, " ", "")
		if l.Marker != "" {
			t = l.Marker + t
		}
		if strings.Contains(t, "部局経営目標") {
			titled = true
		}
		if isFamilySection(t) || t == "部局長名" || t == "部局名" {
			structured = true
		}
	}
	switch {
	case titled && structured:
		return extract.Certain
	case titled && kit.OnCitySite(doc.URL, homeCity):
		return extract.Likely
	case titled || structured:
		return extract.Possible
	}
	return extract.None
}

// isFamilySection is the (1) or (2) label of the family's sections.
func isFamilySection(t string) bool {
	if st, _, ok := sectionOf(t); ok && st != outside {
		return strings.Contains(t, "部局の") || strings.Contains(t, "事業成果目標")
	}
	return false
}
