package soja

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// titleWord is the family's fixed wording.
const titleWord = "重点プロジェクト"

func containsWord(s string) bool { return strings.Contains(s, titleWord) }

// Match is Certain for the family's two fixed forms together — numbered
// labels (重点プロジェクト①, at least two) and 「…」プロジェクトの方針 headings —
// and Possible with only one of them: many cities number 重点プロジェクト, and
// without the 方針 sections their documents are better read by generic.
func Match(doc *layout.Document) float64 {
	nLabels, nHeads := 0, 0
	for l := range kit.EachLine(doc) {
		switch special(lineText(l.Text)) {
		case label:
			nLabels++
		case policyHead:
			nHeads++
		}
	}
	switch {
	case nLabels >= 2 && nHeads >= 1:
		return extract.Certain
	case nLabels+nHeads > 0:
		return extract.Possible
	}
	return extract.None
}
