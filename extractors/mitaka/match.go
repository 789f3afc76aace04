package mitaka

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// headLines is how far into the document Match looks for the title (a web
// page may put its navigation first).
const headLines = 60

// familyWord is what the 広報 article is about: every department's 運営方針と目標
// (a department's own 運営方針と目標 document is another family).
const familyWord = "各部の" + titleWord

// Match is Certain for the family's title (各部の運営方針と目標) in the heading
// area with at least two departments each followed by text, Likely with
// the title and one department, Possible with the title alone.
func Match(doc *layout.Document) float64 {
	titled := false
	for _, s := range kit.HeadLines(doc, headLines) { // clean already
		if strings.Contains(s, familyWord) {
			titled = true
			break
		}
	}
	if !titled {
		return extract.None
	}
	switch n := departments(doc); {
	case n >= 2:
		return extract.Certain
	case n >= 1:
		return extract.Likely
	}
	return extract.Possible
}

// departments counts department names standing alone that are followed by
// bullet text (not by another name or the end).
func departments(doc *layout.Document) int {
	lines := cleanLines(doc)
	n := 0
	for i, l := range lines {
		if !isDepartment(l) || i+1 == len(lines) {
			continue
		}
		if next := lines[i+1]; !isDepartment(next) && kit.Runes(next.Text) > 10 {
			n++
		}
	}
	return n
}
