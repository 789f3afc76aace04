package niigata

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// matchLines is how far into the document Match looks.
const matchLines = 60

// Match scores doc as a 新潟市 組織目標: Certain when the title names a 組織目標
// and the form's header (組織名 with 組織の目的・方向性) or its 評価 rows
// (今後の方向性 with 目標数 or 達成数) follow; Likely on the title alone when
// the URL is 新潟市's; Possible on either cue alone.
func Match(doc *layout.Document) float64 {
	if doc == nil {
		return extract.None
	}
	var titled, orgName, purpose, outlook, counts bool
	for _, l := range kit.LeadingLines(doc, matchLines) {
		t := strings.ReplaceAll(l.Text, " ", "")
		switch {
		case strings.Contains(t, "組織目標") && kit.Runes(t) <= 40:
			titled = true
		case l.InTable() && t == "組織名":
			orgName = true
		case l.InTable() && strings.Contains(t, "組織の目的"):
			purpose = true
		case l.InTable() && (t == "今後の方向性" || t == "取組結果"):
			outlook = true
		case l.InTable() && (t == "目標数" || t == "達成数"):
			counts = true
		}
	}
	structured := orgName && purpose || outlook && counts
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
