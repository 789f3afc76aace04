package validate

import (
	"context"
	"encoding/json"
	"math"
	"strconv"
	"testing"

	"jplan/internal/plan"
)

// base is a hand-made truth record: 3 missions, 2 projects, 2 indicators,
// 3 document SDGs, 7 record fields given (kind, fiscal_year,
// fiscal_year_label, municipality, municipality_code, organization, dates.updated).
func base() *plan.Record {
	return &plan.Record{
		Schema: plan.SchemaID, ID: "doc1",
		Source:          plan.Source{URL: "https://www.city.maniwa.lg.jp/soshiki/1/1.html", Format: "html"},
		Publisher:       plan.Publisher{Municipality: "真庭市", MunicipalityCode: "332143", Organization: plan.Str("総合政策部")},
		Kind:            plan.KindDepartmentGoals,
		FiscalYear:      2023,
		FiscalYearLabel: "令和5年度",
		Dates:           &plan.Dates{Updated: "2023-06-22"},
		Missions: []plan.Mission{
			{ID: "M1", Title: "循環型経済の推進", SDGs: []int{8}, Description: "地域資源を生かした産業の振興に取り組みます。"},
			{ID: "M2", Title: "農業基盤の維持・強化", SDGs: []int{2}},
			{ID: "M3", Title: "持続可能な観光地域づくりの推進", SDGs: []int{11}},
		},
		Projects: []plan.Project{
			{ID: "P1", Code: "1-①", Title: "移住定住の促進"},
			{ID: "P2", Code: "1-②", Title: "関係人口の拡大"},
		},
		Indicators: []plan.Indicator{
			{ID: "I1", Name: "市内成婚数", ProjectID: "P1",
				Target: &plan.Quantity{Raw: "115組", Value: plan.Float(115), Unit: "組", FiscalYear: 2026},
				Actual: &plan.Quantity{Raw: "100組", Value: plan.Float(100), Unit: "組", FiscalYear: 2025, Estimated: true}},
			{ID: "I2", Name: "移住者数", ProjectID: "P1",
				Target: &plan.Quantity{Raw: "300人", Value: plan.Float(300), Unit: "人"}},
		},
		SDGs: []int{2, 8, 11},
	}
}

// perfect is what a perfect extractor returns for base: the same content,
// items in another order with other ids, and run fields the validator ignores.
func perfect() *plan.Record {
	r := clone(base())
	r.Source.Extractor, r.Source.SHA256, r.Source.FetchedAt = "maniwa", "ab12", "2026-11-21T00:00:00Z"
	r.Missions[0], r.Missions[2] = r.Missions[2], r.Missions[0]
	for i := range r.Missions {
		r.Missions[i].ID = "M" + strconv.Itoa(9-i)
	}
	r.Warnings = []string{"anything"}
	return r
}

func clone(r *plan.Record) *plan.Record {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	var c plan.Record
	if err := json.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	return &c
}

func run(t *testing.T, truth []*plan.Record, preds []*plan.Record) *Report {
	t.Helper()
	ts := make([]Truth, len(truth))
	for i, r := range truth {
		ts[i] = Truth{File: r.ID + ".json", Record: r}
	}
	rep, err := Run(context.Background(), ts, preds, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// counts returns the whole-set counts of group under mode.
func counts(r *Report, group string, mode Mode) Counts {
	return r.Total.Figures.Groups[group][mode.String()]
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// wantGroup checks a group's whole-set counts and fuzzy P/R/F1.
func wantGroup(t *testing.T, r *Report, group string, mode Mode, want Counts, p, rc, f1 float64) {
	t.Helper()
	got := counts(r, group, mode)
	if got != want {
		t.Errorf("%s/%s counts = %+v, want %+v", group, mode, got, want)
	}
	if !near(got.Precision(), p) || !near(got.Recall(), rc) || !near(got.F1(), f1) {
		t.Errorf("%s/%s P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", group, mode, got.Precision(), got.Recall(), got.F1(), p, rc, f1)
	}
}

func wantField(t *testing.T, r *Report, field string, correct, total int) {
	t.Helper()
	if got := r.Total.Figures.Fields[field]; got != (Accuracy{correct, total}) {
		t.Errorf("field %s = %d/%d, want %d/%d", field, got.Correct, got.Total, correct, total)
	}
}

// wantUntouched checks that every group other than skip still scores perfectly.
func wantUntouched(t *testing.T, r *Report, skip string) {
	t.Helper()
	full := map[string]int{"missions": 3, "projects": 2, "indicators": 2, "sdgs": 3}
	for g, n := range full {
		if g == skip {
			continue
		}
		for _, m := range Modes {
			wantGroup(t, r, g, m, Counts{TP: n}, 1, 1, 1)
		}
	}
}
