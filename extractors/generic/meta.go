package generic

import (
	"errors"
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/ja/lgcode"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

var errNoDocument = errors.New("generic: no document")

// docMeta is what the walk needs from the document level.
type docMeta struct {
	kind     string
	multiOrg bool   // several departments: items carry their organization
	slogan   string // a motto printed above the title: the vision
	title    string // the title line, which is not an item
}

// readMeta fills the record's document-level fields and returns what the
// walk needs.
func readMeta(doc *layout.Document, b *extract.Builder) docMeta {
	rec := b.Rec
	rec.Title = kit.Title(doc)
	rec.Kind = kit.Kind(doc, rec.Title)
	if p, ok := kit.FindPlace(doc); ok {
		p.Fill(&rec.Publisher)
	} else {
		b.Warn("generic: %s: municipality not found in the text or the URL", doc.Name)
	}
	if fy, ok := kit.FiscalYear(doc); ok {
		rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
	} else {
		b.Warn("generic: %s: no 年度 of the goals in the heading area", doc.Name)
	}
	if rec.Kind == plan.KindComprehensivePlan || rec.Kind == plan.KindNewsletterDigest {
		if p, ok := kit.PlanPeriod(doc); ok && (rec.FiscalYear == 0 || rec.FiscalYear == p.From) {
			rec.PlanPeriod = p
		}
	}
	rec.Dates = kit.Dates(doc)
	org, head, ok := kit.Organization(doc, rec.Title)
	m := docMeta{kind: rec.Kind, multiOrg: !ok && countOrgHeadings(doc) >= 2, slogan: slogan(doc, rec.Title), title: rec.Title}
	switch {
	case m.multiOrg:
		rec.Publisher.Organization = plan.Str("")
	case ok:
		rec.Publisher.Organization = plan.Str(org)
		rec.Publisher.Head = head
	case rec.Kind == plan.KindComprehensivePlan || rec.Kind == plan.KindNewsletterDigest:
		rec.Publisher.Organization = plan.Str("")
	default:
		b.Warn("generic: %s: organization not found", doc.Name)
	}
	return m
}

// countOrgHeadings counts lines that are only a department's name.
func countOrgHeadings(doc *layout.Document) int {
	n := 0
	for l := range kit.EachLine(doc) {
		if isOrgHeading(unbracket(strings.TrimLeft(l.Text, "■□◆◇●○・ "))) {
			n++
		}
	}
	return n
}

// slogan returns the motto a plan prints above its title (未来へつなぐ 人の絆
// 地域の絆): a short line before the title line that is not a sentence, a
// heading of the goal vocabulary, a date, page furniture or a place name.
func slogan(doc *layout.Document, title string) string {
	var lines []kit.Line // the first three
	for l := range kit.EachLine(doc) {
		if len(lines) == 3 {
			break
		}
		lines = append(lines, l)
	}
	for i := 0; i < len(lines) && i < 3; i++ {
		if lines[i].Text == title {
			if i == 0 {
				return ""
			}
			s := lines[i-1].Text
			n := kit.Runes(s)
			if n < 4 || n > 30 || strings.ContainsAny(s, "。0123456789") || classify(s) != secNone || isBoilerplate(s) || len(lgcode.FindIn(s)) > 0 {
				return ""
			}
			return s
		}
	}
	return ""
}
