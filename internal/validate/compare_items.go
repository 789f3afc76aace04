package validate

import (
	"slices"
	"strconv"

	"jplan/internal/plan"
)

// This file lists, per part of the record, which fields are compared and how.
// The fields that describe a run (source.sha256, fetched_at, extractor,
// extractor_version), warnings and the M/P/I ids are never compared.

func (c *comparison) recordFields(t, p *plan.Record) {
	const g, item = "record", ""
	c.exact(g, item, "title", str(t.Title), str(p.Title))
	c.exact(g, item, "kind", str(t.Kind), str(p.Kind))
	c.exact(g, item, "fiscal_year", num(t.FiscalYear), num(p.FiscalYear))
	c.exact(g, item, "fiscal_year_label", str(t.FiscalYearLabel), str(p.FiscalYearLabel))
	c.exact(g, item, "plan_period", period(t.PlanPeriod), period(p.PlanPeriod))
	c.exact(g, item, "municipality", str(t.Publisher.Municipality), str(p.Publisher.Municipality))
	c.exact(g, item, "municipality_code", str(t.Publisher.MunicipalityCode), str(p.Publisher.MunicipalityCode))
	c.exact(g, item, "prefecture", str(t.Publisher.Prefecture), str(p.Publisher.Prefecture))
	c.exact(g, item, "organization", optStr(t.Publisher.Organization), optStr(p.Publisher.Organization))
	c.exact(g, item, "head", str(t.Publisher.Head), str(p.Publisher.Head))
	td, pd := datesOf(t), datesOf(p)
	c.exact(g, item, "dates.published", str(td.Published), str(pd.Published))
	c.exact(g, item, "dates.created", str(td.Created), str(pd.Created))
	c.exact(g, item, "dates.updated", str(td.Updated), str(pd.Updated))
	c.exact(g, item, "vision", str(t.Vision), str(p.Vision))
	te, pe := evalOf(t), evalOf(p)
	c.exact(g, item, "evaluation.goals_total", optInt(te.GoalsTotal), optInt(pe.GoalsTotal))
	c.exact(g, item, "evaluation.goals_achieved", optInt(te.GoalsAchieved), optInt(pe.GoalsAchieved))
}

func datesOf(r *plan.Record) plan.Dates {
	if r.Dates == nil {
		return plan.Dates{}
	}
	return *r.Dates
}

func evalOf(r *plan.Record) plan.Evaluation {
	if r.Evaluation == nil {
		return plan.Evaluation{}
	}
	return *r.Evaluation
}

func (c *comparison) missions(truth, pred []plan.Mission) {
	const g = "missions"
	pairs := c.items(g, titles(truth, func(m plan.Mission) string { return m.Title }),
		titles(pred, func(m plan.Mission) string { return m.Title }))
	for _, pr := range pairs {
		t, p := truth[pr.Truth], pred[pr.Pred]
		c.exact(g, t.Title, "sdgs", intSet(t.SDGs), intSet(p.SDGs))
		c.exact(g, t.Title, "organization", str(t.Organization), str(p.Organization))
		c.similar(g, t.Title, "description", t.Description, p.Description)
		c.similar(g, t.Title, "result", t.Result, p.Result)
		c.similar(g, t.Title, "outlook", t.Outlook, p.Outlook)
	}
}

func (c *comparison) projects(truth, pred []plan.Project) {
	const g = "projects"
	pairs := c.items(g, titles(truth, func(p plan.Project) string { return p.Title }),
		titles(pred, func(p plan.Project) string { return p.Title }))
	for _, pr := range pairs {
		t, p := truth[pr.Truth], pred[pr.Pred]
		c.exact(g, t.Title, "sdgs", intSet(t.SDGs), intSet(p.SDGs))
		c.exact(g, t.Title, "code", str(t.Code), str(p.Code))
		c.exact(g, t.Title, "organization", str(t.Organization), str(p.Organization))
		c.exact(g, t.Title, "tags", strSet(t.Tags), strSet(p.Tags))
		c.similar(g, t.Title, "description", t.Description, p.Description)
	}
}

func (c *comparison) indicators(truth, pred []plan.Indicator) {
	const g = "indicators"
	pairs := c.items(g, titles(truth, func(i plan.Indicator) string { return i.Name }),
		titles(pred, func(i plan.Indicator) string { return i.Name }))
	for _, pr := range pairs {
		t, p := truth[pr.Truth], pred[pr.Pred]
		c.quantity(t.Name, "target", t.Target, p.Target)
		c.quantity(t.Name, "actual", t.Actual, p.Actual)
	}
}

// quantity compares value, unit, fiscal year and estimated of a target or an
// actual. A quantity only one side gives counts each field the other side
// gives as wrong.
func (c *comparison) quantity(item, which string, t, p *plan.Quantity) {
	const g = "indicators"
	var tq, pq plan.Quantity
	if t != nil {
		tq = *t
	}
	if p != nil {
		pq = *p
	}
	c.exact(g, item, which+".value", optFloat(tq.Value), optFloat(pq.Value))
	c.exact(g, item, which+".unit", str(tq.Unit), str(pq.Unit))
	c.exact(g, item, which+".fiscal_year", num(tq.FiscalYear), num(pq.FiscalYear))
	c.exact(g, item, which+".estimated", boolean(tq.Estimated), boolean(pq.Estimated))
}

// sdgSet scores the document's SDG goals as a set (the same under every mode).
func (c *comparison) sdgSet(truth, pred []int) {
	t, p := uniqueInts(truth), uniqueInts(pred)
	var n Counts
	for _, g := range t {
		if _, ok := slices.BinarySearch(p, g); ok {
			n.TP++
		} else {
			n.FN++
			c.diffs = append(c.diffs, Diff{Kind: "missing", Group: "sdgs", Item: strconv.Itoa(g)})
		}
	}
	for _, g := range p {
		if _, ok := slices.BinarySearch(t, g); !ok {
			n.FP++
			c.diffs = append(c.diffs, Diff{Kind: "extra", Group: "sdgs", Item: strconv.Itoa(g)})
		}
	}
	for _, mode := range Modes {
		c.fig.count("sdgs", mode, n)
	}
}

func uniqueInts(xs []int) []int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return slices.Compact(s)
}

func titles[T any](xs []T, title func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = title(x)
	}
	return out
}
