// Package soja extracts 総社市's 重点プロジェクト brochure (seed 003): a page of a
// comprehensive plan with the city's vision, a diagram of four 重点プロジェクト —
// each panel a name (ささえる), its number (重点プロジェクト①), a motto, a lead
// sentence and bullet measures ending in "など" — and, for each project,
// 「ささえる」プロジェクトの方針: titled policies with a description.
//
// Each 重点プロジェクト is a project (code 重点プロジェクト①, title its name, description
// motto + lead + measures joined with "\n"); each 方針 is a child project
// (parent_id) with its description. The diagram's text comes in whatever order
// the source flattened it (a text dump runs some panels bottom-up and mixes
// them with the 方針 prose; a PDF prints panel by panel), so panels are found by
// their bullet runs and paired with the labels by what they share with each
// project's 方針 (document order when that says nothing), and every piece of
// text is used once: the diagram that repeats the prose is annotated once.
package soja

import (
	"context"
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Name is the extractor's registered name.
const Name = "soja"

// Version is bumped whenever the output changes.
const Version = "1"

func init() {
	extract.Register(extract.Spec{
		Name:        Name,
		Version:     Version,
		Description: "総社市 重点プロジェクト (plan brochure): vision, 重点プロジェクト① … with motto, lead and measures, their 「…」プロジェクトの方針 as child projects (text, PDF)",
		Match:       Match,
		Extract:     Extract,
	})
}

// Extract turns a 重点プロジェクト brochure into a comprehensive_plan record.
func Extract(ctx context.Context, doc *layout.Document, env *extract.Env) (*plan.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b := extract.NewBuilder()
	rec := b.Rec
	rec.Kind = "comprehensive_plan"
	rec.Publisher.Organization = plan.Str("")
	if place, ok := kit.FindPlace(doc); ok {
		place.Fill(&rec.Publisher)
	}
	if fy, ok := kit.FiscalYear(doc); ok {
		rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
	}
	if p, ok := kit.PlanPeriod(doc); ok {
		rec.PlanPeriod = p
	}
	rec.Dates = kit.Dates(doc)

	us := units(kit.Lines(doc))
	rec.Title, rec.Vision = titleAndVision(us, doc.Title)
	ls := labels(us, policyNames(us))
	ps := panels(us)
	pol := policies(us)
	if len(ps) != len(ls) {
		b.Warn("soja: %s: %d diagram panels for %d 重点プロジェクト labels: some project has no panel or some panel no project", doc.Name, len(ps), len(ls))
	}
	addProjects(b, ls, ps, pol)
	if len(rec.Projects) == 0 {
		b.Warn("soja: %s: no 重点プロジェクト found", doc.Name)
	}
	return b.Finish(), nil
}

// addProjects adds each labelled project with its panel and its 方針, then
// any 方針 whose project has no label in the diagram.
func addProjects(b *extract.Builder, ls []projectLabel, ps []panel, pol []policy) {
	done := map[string]bool{}
	panelOf := pair(ls, ps, pol)
	for i, l := range ls {
		p := plan.Project{Code: l.code, Title: l.name}
		if j := panelOf[i]; j >= 0 {
			p.Description = ps[j].description()
		}
		if p.Title == "" {
			b.Warn("soja: %s has no name", l.code)
			p.Title = l.code
		}
		id := b.AddProject(p)
		addPolicies(b, id, l.name, pol)
		done[l.name] = true
	}
	for _, p := range pol {
		if !done[p.owner] {
			id := b.AddProject(plan.Project{Title: p.owner})
			addPolicies(b, id, p.owner, pol)
			done[p.owner] = true
		}
	}
}

func addPolicies(b *extract.Builder, parent, owner string, pol []policy) {
	if owner == "" {
		return
	}
	for _, p := range pol {
		if p.owner == owner {
			b.AddProject(plan.Project{Title: p.title, Description: p.desc, ParentID: parent})
		}
	}
}

// description is the panel's text in reading order: motto, lead, measures.
func (p panel) description() string {
	var parts []string
	for _, s := range append([]string{p.motto, p.lead}, p.bullets...) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n")
}

// titleAndVision reads the heading area, before the first label, panel or
// 方針: the title is the line naming the 重点プロジェクト (4つの重点プロジェクト), the
// vision the slogan standing before it.
func titleAndVision(us []unit, docTitle string) (title, vision string) {
	var before []string
	for _, u := range us {
		if u.kind != short {
			break
		}
		if containsWord(u.text) {
			title = u.text
			break
		}
		before = append(before, u.text)
	}
	if title == "" {
		title = clean(docTitle)
		before = nil
	}
	if len(before) > 0 {
		vision = before[0]
	}
	return title, vision
}
