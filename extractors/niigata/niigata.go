// Package niigata extracts 新潟市's 組織目標 (the goals of a ward or section,
// 令和5年度 中央区組織目標): a header table (組織名, its head such as 区長,
// 組織の目的・方向性 → vision, the 政策指標 it contributes to → indicators
// without targets), the numbered 重点目標 (→ missions), and the 評価 table
// (目標数/達成数 → evaluation; 取組結果 n → result and 今後の方向性 n → outlook
// of mission n, re-joined when a page or table break splits a cell).
//
// The same form comes as text with markdown tables, as HTML and as PDF. A
// ward's record names the city as the municipality and carries the ward's own
// 全国地方公共団体コード (新潟市中央区 151033).
package niigata

import (
	"context"
	"maps"
	"slices"
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
	"jplan/internal/ja/lgcode"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Name and Version of the extractor; Version is bumped whenever output changes.
const (
	Name    = "niigata"
	Version = "1"
)

func init() {
	extract.Register(extract.Spec{
		Name:        Name,
		Version:     Version,
		Description: "新潟市 組織目標 of a ward or section: header with head and vision, 政策指標, 重点目標 with 取組結果 and 今後の方向性, 目標数/達成数",
		Match:       Match,
		Extract:     Extract,
	})
}

// homeCity is the municipality whose format this is; used when neither the
// URL nor the text names one.
const homeCity = "新潟市"

// Extract turns a 組織目標 form into a record.
func Extract(ctx context.Context, doc *layout.Document, env *extract.Env) (*plan.Record, error) {
	b := extract.NewBuilder()
	rec := b.Rec
	rec.Kind = plan.KindOrganizationGoals
	rec.Title = title(doc)
	if fy, ok := era.FindFiscalYear(rec.Title); ok {
		rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
	} else if fy, ok := kit.FiscalYear(doc); ok {
		rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
	}
	rec.Dates = kit.Dates(doc)

	f := read(doc)
	rec.Vision = f.vision
	if f.org != "" {
		rec.Publisher.Organization = plan.Str(f.org)
	}
	rec.Publisher.Head = f.head
	fillPlace(doc, rec, f.org)
	for _, name := range f.policyIndicators {
		b.AddIndicator(plan.Indicator{Name: name})
	}
	ids := addMissions(b, f)
	for _, gi := range f.tableIndicators {
		gi.in.MissionID = ids[gi.goal]
		b.AddIndicator(gi.in)
	}
	if f.total != nil || f.achieved != nil {
		rec.Evaluation = &plan.Evaluation{GoalsTotal: f.total, GoalsAchieved: f.achieved}
	}
	if len(rec.Missions) == 0 {
		b.Warn("niigata: %s: no 重点目標 found", doc.Name)
	}
	return b.Finish(), ctx.Err()
}

// title is the first heading-area line naming a 組織目標 with its year, else
// kit.Title.
func title(doc *layout.Document) string {
	i := 0
	for ln := range kit.EachLine(doc) {
		if i++; i > 15 {
			break
		}
		l := ln.Text
		if strings.Contains(l, "目標") && kit.Runes(l) <= 60 && !strings.HasSuffix(l, "。") {
			if _, ok := era.FindFiscalYear(l); ok {
				return l
			}
		}
	}
	return kit.Title(doc)
}

// fillPlace sets the municipality (from the URL or the text, else 新潟市) and,
// when the organization is one of the city's wards, the ward's own code.
func fillPlace(doc *layout.Document, rec *plan.Record, org string) {
	place, _ := kit.HomePlace(doc, homeCity)
	if place.Ward == "" && strings.HasSuffix(org, "区") {
		if w, found := lgcode.Lookup(place.Prefecture, place.Municipality+org); found {
			place = kit.PlaceOf(w, place.From)
		}
	}
	place.Fill(&rec.Publisher)
}

// addMissions adds the 重点目標 in order (bullet lines under a goal are its
// description), each with the 取組結果 and 今後の方向性 numbered like it, and
// returns the mission ids by goal number. Unnumbered results belong to the
// only goal when there is one.
func addMissions(b *extract.Builder, f form) map[int]string {
	ids := map[int]string{}
	goals := f.goals
	if len(goals) > 0 && goals[0].number == 0 && len(goals) > 1 {
		goals = goals[1:] // an introduction before goal 1
	}
	for _, g := range goals {
		n := g.number
		if len(goals) == 1 {
			n = max(n, 1)
			f.results[n] = firstOf(f.results[n], f.results[0])
			f.outlooks[n] = firstOf(f.outlooks[n], f.outlooks[0])
		}
		ids[n] = b.AddMission(plan.Mission{
			Title:       g.text,
			Description: strings.Join(g.more, "\n"),
			Result:      f.results[n],
			Outlook:     f.outlooks[n],
		})
	}
	for _, n := range slices.Sorted(maps.Keys(f.results)) {
		switch {
		case n == 0 && len(goals) != 1:
			b.Warn("niigata: unnumbered 取組結果 not attached to any of %d 重点目標", len(goals))
		case n > 0 && !hasGoal(goals, n):
			b.Warn("niigata: 取組結果 %d has no 重点目標 %d", n, n)
		}
	}
	return ids
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func hasGoal(goals []item, n int) bool {
	for _, g := range goals {
		if g.number == n {
			return true
		}
	}
	return false
}
