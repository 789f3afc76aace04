// Package truthcmp compares what an extractor makes of a document with a
// hand-made truth record, field by field, for the tests of the form
// extractors (maniwa, niigata): the document fields exactly; missions,
// projects and indicators paired by title similarity, with an F1 of the
// pairing of at least 0.98 per list; then each matched item's titles, codes,
// tags, SDGs, quantities and links exactly, and its texts within 5%.
//
// Where extracttest scores an extractor over a whole family with the
// validator, truthcmp names every field that differs, so that a failing test
// says what to fix. It also holds the test drivers those extractors share:
// the corpus run against truth records, Match over the corpus and on small
// cue documents, the fuzz target's body and a check of one hand-made input.
package truthcmp

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"

	"jplan/internal/plan"
)

// Title pairing and text similarity thresholds.
const (
	PairMin    = 0.8  // titles this similar may be paired
	F1Min      = 0.98 // a list's pairing F1 below this is a difference
	SimilarMin = 0.95 // texts less similar than this differ
)

// Compare reports every difference between got and want (Diff) as an error
// of t.
func Compare(t testing.TB, got, want *plan.Record) {
	t.Helper()
	for _, d := range Diff(got, want) {
		t.Error(d)
	}
}

// Diff lists the differences between got and want, one message each, in the
// order of the record: document fields, then missions, projects and
// indicators (missing and extra titles, a pairing F1 below F1Min, and the
// fields of each matched item).
func Diff(got, want *plan.Record) []string {
	var d differ
	d.exact("publisher", got.Publisher, want.Publisher)
	d.exact("title", got.Title, want.Title)
	d.exact("kind", got.Kind, want.Kind)
	d.exact("fiscal_year", got.FiscalYear, want.FiscalYear)
	d.exact("fiscal_year_label", got.FiscalYearLabel, want.FiscalYearLabel)
	d.exact("dates", got.Dates, want.Dates)
	d.exact("vision", got.Vision, want.Vision)
	d.exact("sdgs", got.SDGs, want.SDGs)
	d.exact("evaluation", got.Evaluation, want.Evaluation)
	d.missions(got.Missions, want.Missions)
	d.projects(got.Projects, want.Projects)
	d.indicators(got.Indicators, want.Indicators)
	return d.out
}

// differ collects difference messages.
type differ struct{ out []string }

func (d *differ) add(format string, args ...any) {
	d.out = append(d.out, fmt.Sprintf(format, args...))
}

func (d *differ) exact(field string, got, want any) {
	if !reflect.DeepEqual(got, want) {
		d.add("%s = %v, want %v", field, Show(got), Show(want))
	}
}

func (d *differ) similar(what, got, want string) {
	if s := Similarity(got, want); s < SimilarMin {
		d.add("%s: similarity %.2f\n got: %q\nwant: %q", what, s, got, want)
	}
}

func (d *differ) missions(got, want []plan.Mission) {
	for _, p := range d.pair("missions", titles(got, missionTitle), titles(want, missionTitle)) {
		g, w := got[p[0]], want[p[1]]
		d.exact("mission title", g.Title, w.Title)
		d.exact("mission "+w.Title+" sdgs", g.SDGs, w.SDGs)
		d.similar("mission "+w.Title+" description", g.Description, w.Description)
		d.similar("mission "+w.Title+" result", g.Result, w.Result)
		d.similar("mission "+w.Title+" outlook", g.Outlook, w.Outlook)
	}
}

func (d *differ) projects(got, want []plan.Project) {
	for _, p := range d.pair("projects", titles(got, projectTitle), titles(want, projectTitle)) {
		g, w := got[p[0]], want[p[1]]
		d.exact("project title", g.Title, w.Title)
		d.exact("project "+w.Title+" code", g.Code, w.Code)
		d.exact("project "+w.Title+" tags", g.Tags, w.Tags)
		d.exact("project "+w.Title+" sdgs", g.SDGs, w.SDGs)
		d.similar("project "+w.Title+" description", g.Description, w.Description)
	}
}

func (d *differ) indicators(got, want []plan.Indicator) {
	for _, p := range d.pair("indicators", titles(got, indicatorName), titles(want, indicatorName)) {
		g, w := got[p[0]], want[p[1]]
		d.exact("indicator name", g.Name, w.Name)
		d.exact("indicator "+w.Name+" target", g.Target, w.Target)
		d.exact("indicator "+w.Name+" actual", g.Actual, w.Actual)
		d.exact("indicator "+w.Name+" project_id", g.ProjectID, w.ProjectID)
		d.exact("indicator "+w.Name+" mission_id", g.MissionID, w.MissionID)
	}
}

func missionTitle(m plan.Mission) string     { return m.Title }
func projectTitle(p plan.Project) string     { return p.Title }
func indicatorName(in plan.Indicator) string { return in.Name }

func titles[T any](items []T, title func(T) string) []string {
	var out []string
	for _, it := range items {
		out = append(out, title(it))
	}
	return out
}

// pair matches want titles to got titles greedily, each to the most similar
// unused one (at least PairMin), notes every missing and extra title and a
// pairing F1 below F1Min, and returns the pairs as {got index, want index}.
func (d *differ) pair(group string, got, want []string) [][2]int {
	used := make([]bool, len(got))
	var pairs [][2]int
	for wi, w := range want {
		best, bestSim := -1, PairMin
		for gi, g := range got {
			if s := Similarity(g, w); !used[gi] && s >= bestSim {
				best, bestSim = gi, s
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, [2]int{best, wi})
		} else {
			d.add("%s: missing %q", group, w)
		}
	}
	for gi, u := range used {
		if !u {
			d.add("%s: extra %q", group, got[gi])
		}
	}
	if len(got)+len(want) > 0 {
		f1 := 2 * float64(len(pairs)) / float64(len(got)+len(want))
		if f1 < F1Min {
			d.add("%s: F1 %.3f < %.2f (%d matched, %d extracted, %d true)", group, f1, F1Min, len(pairs), len(got), len(want))
		}
	}
	return pairs
}

// Similarity is 1 − the edit distance of a and b over the length of the
// longer, counted in characters: 1 for equal texts, 0 for texts with nothing
// in common.
func Similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 && len(rb) == 0 {
		return 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(rb)])/float64(max(len(ra), len(rb)))
}

// Show is v as compact JSON, the way difference messages print values.
func Show(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// ReadRecord reads a plan/v1 record (a truth record or a hand-checked
// .want.json), failing t when it cannot.
func ReadRecord(t testing.TB, path string) *plan.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rec plan.Record
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &rec
}
