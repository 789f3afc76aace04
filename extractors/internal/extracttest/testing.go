package extracttest

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/validate"
)

// SeedGates are issue 5's acceptance figures for an extractor on its own
// family: fuzzy micro F1 ≥ 0.98 per group, and the record's fiscal year,
// municipality, organization and kind and the indicators' values and units
// exact. A field no document of the set gives is not gated.
var SeedGates = []validate.Gate{
	{Name: "missions", Min: 0.98},
	{Name: "projects", Min: 0.98},
	{Name: "indicators", Min: 0.98},
	{Name: "sdgs", Min: 0.98},
	{Name: "fiscal_year", Min: 1},
	{Name: "municipality", Min: 1},
	{Name: "municipality_code", Min: 1},
	{Name: "organization", Min: 1},
	{Name: "kind", Min: 1},
	{Name: "indicators.target.value", Min: 1},
	{Name: "indicators.target.unit", Min: 1},
	{Name: "indicators.actual.value", Min: 1},
	{Name: "indicators.actual.unit", Min: 1},
}

var (
	loadOnce sync.Once
	loaded   *Corpus
	loadErr  error
)

// Load opens the repository's corpus once per test binary.
func Load(t testing.TB) *Corpus {
	t.Helper()
	loadOnce.Do(func() {
		root, err := FindRoot()
		if err != nil {
			loadErr = err
			return
		}
		loaded, loadErr = Open(root)
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// Score runs extractor (forced by name; "" lets the registry select, as a
// real run does) over the corpus entries ids and
// returns the validator's report; the report's table is logged (with every
// diff under -v), so a failing gate shows what to fix.
func Score(t testing.TB, extractor string, ids ...string) *validate.Report {
	t.Helper()
	r, err := Load(t).Score(context.Background(), extractor, ids...)
	if err != nil {
		t.Fatal(err)
	}
	who := extractor
	if who == "" {
		who = "selected extractors"
	}
	logReport(t, r, fmt.Sprintf("%s on %v", who, ids))
	for _, d := range r.Documents {
		if d.Err != "" {
			t.Errorf("%s: %s", d.ID, d.Err)
		}
	}
	return r
}

// RequireGates fails t for every gate the report does not pass. A field
// gate is skipped when no document of the report gives the field (neither
// truth nor extraction), since there was nothing to get right.
func RequireGates(t testing.TB, r *validate.Report, gates []validate.Gate) {
	t.Helper()
	var present []validate.Gate
	for _, g := range gates {
		if isGroup(g.Name) || hasField(r, g.Name) {
			present = append(present, g)
		}
	}
	results, err := r.CheckGates(present)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range results {
		if !res.Passed {
			t.Errorf("gate failed: %s", res)
		}
	}
}

func isGroup(name string) bool {
	for _, g := range validate.Groups {
		if g == name {
			return true
		}
	}
	return false
}

func hasField(r *validate.Report, name string) bool {
	_, a := r.Total.Figures.Fields[name]
	_, s := r.Total.Figures.Similarity[name]
	return a || s
}

// Confidences returns every registered extractor's Match score for the
// corpus entry id.
func Confidences(t testing.TB, id string) map[string]float64 {
	t.Helper()
	doc, err := Load(t).Layout(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, name := range extract.Names() {
		spec, _ := extract.Lookup(name)
		out[name] = spec.Match(doc)
	}
	return out
}

// RequireMatch checks extractor's Match over the whole corpus: at least
// Likely on the entries of family, below Likely on every other entry.
func RequireMatch(t testing.TB, extractor string, family ...string) {
	t.Helper()
	mine := map[string]bool{}
	for _, id := range family {
		mine[id] = true
	}
	for _, id := range Load(t).IDs {
		got := Confidences(t, id)[extractor]
		switch {
		case mine[id] && got < extract.Likely:
			t.Errorf("%s: Match(%s) = %.2f, want ≥ Likely (%.2f) on its own family", extractor, id, got, extract.Likely)
		case !mine[id] && got >= extract.Likely:
			t.Errorf("%s: Match(%s) = %.2f, want < Likely (%.2f) on another family's document", extractor, id, got, extract.Likely)
		}
	}
}

// logReport logs the validator's table, with every diff under -v.
func logReport(t testing.TB, r *validate.Report, what string) {
	t.Helper()
	var buf bytes.Buffer
	if err := r.WriteText(&buf, validate.TextOptions{Diffs: testing.Verbose()}); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s:\n%s", what, buf.String())
}
