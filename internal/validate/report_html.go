package validate

import (
	"fmt"
	"html/template"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
)

// This file writes the report as one self-contained HTML page: inline CSS and
// SVG, no scripts, no external assets.

var (
	modeSeries = []series{{"strict", "#9db4c0"}, {"soft", "#5c8fa8"}, {"fuzzy", "#1d4e89"}}
	accSeries  = []series{{"accuracy / mean similarity", "#2a9d8f"}}
	grpSeries  = []series{{"missions", "#1d4e89"}, {"projects", "#2a9d8f"}, {"indicators", "#e9c46a"}, {"sdgs", "#e76f51"}}
)

// fieldGroups are the parts of a record whose fields get a chart each.
var fieldGroups = []string{"record", "missions", "projects", "indicators"}

type htmlPage struct {
	Title, Summary string
	Headline       []htmlHeadRow
	Charts         []template.HTML
	Documents      []htmlDoc
	ExtraRecords   []string
}

type htmlHeadRow struct {
	Group                               string
	Support, TP, FP, FN                 int
	P, R, F1, MacroF1, StrictF1, SoftF1 string
}

type htmlDoc struct {
	Anchor, ID, Label, TruthFile, Extractor, Err string
	F1s                                          []string
	Fields                                       string
	Diffs                                        []htmlDiff
}

type htmlDiff struct {
	Kind, Group, Item, Field, Truth, Pred string
}

// WriteHTML writes the report as a self-contained HTML page.
func (r *Report) WriteHTML(w io.Writer) error {
	if err := pageTemplate.Execute(w, r.htmlPage()); err != nil {
		return fmt.Errorf("validate: html report: %w", err)
	}
	return nil
}

func (r *Report) htmlPage() htmlPage {
	p := htmlPage{
		Title: "jplan validate — extraction quality",
		Summary: fmt.Sprintf("%d documents · %d missing records · %d extracted records without truth · headline mode fuzzy (bigram Dice ≥ %.1f on soft text)",
			r.Total.Documents, r.Total.Missing, len(r.ExtraRecords), FuzzyThreshold),
		ExtraRecords: r.ExtraRecords,
	}
	var modeRows []row
	for _, g := range Groups {
		c := r.Total.Figures.Groups[g]
		f := prfOf(c[ModeFuzzy.String()])
		p.Headline = append(p.Headline, htmlHeadRow{Group: g, Support: f.Support, TP: f.TP, FP: f.FP, FN: f.FN,
			P: f3(f.Precision), R: f3(f.Recall), F1: f3(f.F1), MacroF1: f3(r.Total.Macro[g][ModeFuzzy.String()].F1),
			StrictF1: f3(c[ModeStrict.String()].F1()), SoftF1: f3(c[ModeSoft.String()].F1())})
		modeRows = append(modeRows, row{Label: g, Note: fmt.Sprintf("n=%d", f.Support),
			Values: []float64{c[ModeStrict.String()].F1(), c[ModeSoft.String()].F1(), c[ModeFuzzy.String()].F1()}})
	}
	p.Charts = append(p.Charts, barChart("Items found: micro F1 by matching mode", modeSeries, modeRows))
	for _, fg := range fieldGroups {
		if rows := fieldRows(r.Total.Figures, fg); len(rows) > 0 {
			p.Charts = append(p.Charts, barChart("Fields of "+fg+": accuracy (similarity for texts)", accSeries, rows))
		}
	}
	p.Charts = append(p.Charts, barChart("Per extractor: fuzzy micro F1", grpSeries, r.extractorRows()))
	for _, d := range r.Documents {
		p.Documents = append(p.Documents, htmlDocOf(d))
	}
	return p
}

// fieldRows lists the accuracy and similarity figures of one field group.
func fieldRows(f Figures, group string) []row {
	var rows []row
	for _, k := range slices.Sorted(maps.Keys(f.Fields)) {
		if name, ok := inGroup(k, group); ok {
			a := f.Fields[k]
			rows = append(rows, row{Label: name, Values: []float64{a.Value()}, Note: fmt.Sprintf("%d/%d", a.Correct, a.Total)})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(f.Similarity)) {
		if name, ok := inGroup(k, group); ok {
			m := f.Similarity[k]
			rows = append(rows, row{Label: name + " (Dice)", Values: []float64{m.Value()}, Note: fmt.Sprintf("n=%d", m.N)})
		}
	}
	return rows
}

// inGroup reports whether field name k belongs to group, and its name within it.
func inGroup(k, group string) (string, bool) {
	for _, g := range fieldGroups[1:] {
		if rest, ok := strings.CutPrefix(k, g+"."); ok {
			return rest, g == group
		}
	}
	return k, group == "record"
}

func (r *Report) extractorRows() []row {
	var rows []row
	for _, name := range slices.Sorted(maps.Keys(r.ByExtractor)) {
		s := r.ByExtractor[name]
		vals := make([]float64, len(Groups))
		for i, g := range Groups {
			vals[i] = f1OrNaN(s.Figures.Groups[g][ModeFuzzy.String()])
		}
		rows = append(rows, row{Label: name, Values: vals, Note: fmt.Sprintf("%d docs", s.Documents)})
	}
	return rows
}

func htmlDocOf(d Document) htmlDoc {
	h := htmlDoc{Anchor: "doc-" + anchorSafe(d.ID), ID: d.ID, Label: d.Label, TruthFile: d.TruthFile, Extractor: d.Extractor, Err: d.Err,
		F1s: strings.Split(groupF1s(d.Figures), "\t"), Fields: fieldAccuracy(d.Figures)}
	for _, df := range d.Diffs {
		h.Diffs = append(h.Diffs, htmlDiff{Kind: df.Kind, Group: df.Group, Item: df.Item, Field: df.Field, Truth: df.Truth, Pred: df.Pred})
	}
	return h
}

// anchorSafe keeps letters, digits, '-' and '_' of an id for use as a fragment.
func anchorSafe(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, id)
}

// f1OrNaN is c's F1, or NaN when c is empty on both sides.
func f1OrNaN(c Counts) float64 {
	if c.Empty() {
		return math.NaN()
	}
	return c.F1()
}

func f3(v float64) string { return fmt.Sprintf("%.3f", v) }

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))
