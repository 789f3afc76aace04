package extract

import (
	"fmt"
	"slices"

	"jplan/internal/plan"
)

// Builder assembles a record's flat lists in document order and hands out the
// M1…/P1…/I1… ids, so extractors never number items themselves.
type Builder struct {
	Rec *plan.Record
}

// NewBuilder starts an empty plan/v1 record.
func NewBuilder() *Builder {
	return &Builder{Rec: &plan.Record{Schema: plan.SchemaID}}
}

// AddMission appends m with the next mission id and returns that id.
func (b *Builder) AddMission(m plan.Mission) string {
	m.ID = fmt.Sprintf("M%d", len(b.Rec.Missions)+1)
	m.SDGs = sortedUnique(m.SDGs)
	b.Rec.Missions = append(b.Rec.Missions, m)
	return m.ID
}

// AddProject appends p with the next project id and returns that id.
func (b *Builder) AddProject(p plan.Project) string {
	p.ID = fmt.Sprintf("P%d", len(b.Rec.Projects)+1)
	p.SDGs = sortedUnique(p.SDGs)
	b.Rec.Projects = append(b.Rec.Projects, p)
	return p.ID
}

// AddIndicator appends in with the next indicator id and returns that id.
func (b *Builder) AddIndicator(in plan.Indicator) string {
	in.ID = fmt.Sprintf("I%d", len(b.Rec.Indicators)+1)
	b.Rec.Indicators = append(b.Rec.Indicators, in)
	return in.ID
}

// Warn records something the extractor noticed and could not resolve.
func (b *Builder) Warn(format string, args ...any) {
	b.Rec.Warnings = append(b.Rec.Warnings, fmt.Sprintf(format, args...))
}

// Finish sets the document-level sdgs to the sorted union of every goal on the
// record, its missions and projects, and returns the record.
func (b *Builder) Finish() *plan.Record {
	all := append([]int(nil), b.Rec.SDGs...)
	for _, m := range b.Rec.Missions {
		all = append(all, m.SDGs...)
	}
	for _, p := range b.Rec.Projects {
		all = append(all, p.SDGs...)
	}
	b.Rec.SDGs = sortedUnique(all)
	return b.Rec
}

func sortedUnique(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}
