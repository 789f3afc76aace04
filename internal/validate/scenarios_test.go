package validate

import (
	"slices"
	"testing"

	"jplan/internal/plan"
)

// Each test changes one thing in a perfect prediction and checks, with figures
// worked out by hand, that exactly the figures it should move do.

func TestPerfectPrediction(t *testing.T) {
	r := run(t, []*plan.Record{base()}, []*plan.Record{perfect()})
	wantUntouched(t, r, "")
	for _, f := range []string{"kind", "fiscal_year", "fiscal_year_label", "municipality", "municipality_code", "organization", "dates.updated"} {
		wantField(t, r, f, 1, 1)
	}
	wantField(t, r, "missions.sdgs", 3, 3)
	wantField(t, r, "projects.code", 2, 2)
	wantField(t, r, "indicators.target.value", 2, 2)
	wantField(t, r, "indicators.target.fiscal_year", 1, 1)
	wantField(t, r, "indicators.actual.estimated", 1, 1)
	// Both sides leave these out: nothing to count.
	for _, f := range []string{"vision", "head", "indicators.target.estimated", "missions.organization"} {
		if a, ok := r.Total.Figures.Fields[f]; ok {
			t.Errorf("field %s counted %+v, want not counted", f, a)
		}
	}
	if m := r.Total.Figures.Similarity["missions.description"]; m != (Mean{Sum: 1, N: 1}) {
		t.Errorf("missions.description similarity = %+v, want 1 over 1 pair", m)
	}
	if d := r.Documents[0]; len(d.Diffs) != 0 || d.Extractor != "maniwa" {
		t.Errorf("perfect document: extractor %q, diffs %+v", d.Extractor, d.Diffs)
	}
}

func TestMissingItem(t *testing.T) {
	p := perfect()
	p.Missions = slices.DeleteFunc(p.Missions, func(m plan.Mission) bool { return m.Title == "農業基盤の維持・強化" })
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	for _, m := range Modes {
		wantGroup(t, r, "missions", m, Counts{TP: 2, FN: 1}, 1, 2.0/3, 0.8)
	}
	wantUntouched(t, r, "missions")
	wantField(t, r, "missions.sdgs", 2, 2) // the missing mission's SDGs are not a field error
	want := []Diff{{Kind: "missing", Group: "missions", Item: "農業基盤の維持・強化"}}
	if got := r.Documents[0].Diffs; !slices.Equal(got, want) {
		t.Errorf("diffs = %+v, want %+v", got, want)
	}
}

func TestExtraItem(t *testing.T) {
	p := perfect()
	p.Missions = append(p.Missions, plan.Mission{ID: "M4", Title: "広報広聴の充実"})
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	for _, m := range Modes {
		wantGroup(t, r, "missions", m, Counts{TP: 3, FP: 1}, 0.75, 1, 6.0/7)
	}
	wantUntouched(t, r, "missions")
	want := []Diff{{Kind: "extra", Group: "missions", Item: "広報広聴の充実"}}
	if got := r.Documents[0].Diffs; !slices.Equal(got, want) {
		t.Errorf("diffs = %+v, want %+v", got, want)
	}
}

func TestNearMissTitle(t *testing.T) {
	p := perfect()
	i := slices.IndexFunc(p.Missions, func(m plan.Mission) bool { return m.Title == "持続可能な観光地域づくりの推進" })
	// One character dropped: Dice of the bigrams = 2·12/(14+13) ≈ 0.889 ≥ 0.8.
	p.Missions[i].Title = "持続可能な観光地域づくり推進"
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	wantGroup(t, r, "missions", ModeStrict, Counts{TP: 2, FP: 1, FN: 1}, 2.0/3, 2.0/3, 2.0/3)
	wantGroup(t, r, "missions", ModeSoft, Counts{TP: 2, FP: 1, FN: 1}, 2.0/3, 2.0/3, 2.0/3)
	wantGroup(t, r, "missions", ModeFuzzy, Counts{TP: 3}, 1, 1, 1)
	wantUntouched(t, r, "missions")
	wantField(t, r, "missions.sdgs", 3, 3) // the fuzzy pair's SDGs are compared, and agree
	want := []Diff{{Kind: "wrong", Group: "missions", Item: "持続可能な観光地域づくりの推進", Field: "title",
		Truth: "持続可能な観光地域づくりの推進", Pred: "持続可能な観光地域づくり推進"}}
	if got := r.Documents[0].Diffs; !slices.Equal(got, want) {
		t.Errorf("diffs = %+v, want %+v", got, want)
	}
}

func TestNumberedTitleMatchesSoft(t *testing.T) {
	p := perfect()
	p.Projects[0].Title = "① 移住定住の促進。"
	p.Projects[1].Title = "(2)関係人口の　拡大"
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	wantGroup(t, r, "projects", ModeStrict, Counts{FP: 2, FN: 2}, 0, 0, 0)
	wantGroup(t, r, "projects", ModeSoft, Counts{TP: 2}, 1, 1, 1)
	wantGroup(t, r, "projects", ModeFuzzy, Counts{TP: 2}, 1, 1, 1)
	wantUntouched(t, r, "projects")
}

func TestWrongTargetValue(t *testing.T) {
	p := perfect()
	p.Indicators[0].Target.Value = plan.Float(150)
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	wantUntouched(t, r, "")
	wantField(t, r, "indicators.target.value", 1, 2)
	wantField(t, r, "indicators.target.unit", 2, 2)
	wantField(t, r, "indicators.actual.value", 1, 1)
	want := []Diff{{Kind: "wrong", Group: "indicators", Item: "市内成婚数", Field: "target.value", Truth: "115", Pred: "150"}}
	if got := r.Documents[0].Diffs; !slices.Equal(got, want) {
		t.Errorf("diffs = %+v, want %+v", got, want)
	}
}

func TestWrongFiscalYear(t *testing.T) {
	p := perfect()
	p.FiscalYear = 2024
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	wantUntouched(t, r, "")
	wantField(t, r, "fiscal_year", 0, 1)
	wantField(t, r, "fiscal_year_label", 1, 1)
	wantField(t, r, "kind", 1, 1)
	want := []Diff{{Kind: "wrong", Group: "record", Field: "fiscal_year", Truth: "2023", Pred: "2024"}}
	if got := r.Documents[0].Diffs; !slices.Equal(got, want) {
		t.Errorf("diffs = %+v, want %+v", got, want)
	}
}

func TestEmptyTruthListWithExtraPredictions(t *testing.T) {
	empty := &plan.Record{Schema: plan.SchemaID, ID: "doc2", Kind: plan.KindOther}
	pred := clone(empty)
	pred.Missions = []plan.Mission{{ID: "M1", Title: "安全・安心なまちづくり"}, {ID: "M2", Title: "子育て支援の充実"}}
	r := run(t, []*plan.Record{base(), empty}, []*plan.Record{perfect(), pred})
	// Micro: doc1 3 TP; doc2 2 FP → P 3/5, R 1, F1 6/8.
	wantGroup(t, r, "missions", ModeFuzzy, Counts{TP: 3, FP: 2}, 0.6, 1, 0.75)
	doc2 := r.Documents[1].Figures.Groups["missions"]["fuzzy"]
	if doc2 != (Counts{FP: 2}) || doc2.Precision() != 0 || doc2.Recall() != 1 || doc2.F1() != 0 {
		t.Errorf("doc2 missions = %+v P %.2f R %.2f F1 %.2f, want 2 FP, P 0, R 1, F1 0", doc2, doc2.Precision(), doc2.Recall(), doc2.F1())
	}
	// Macro over the two documents: F1 (1 + 0)/2, P (1 + 0)/2, R (1 + 1)/2.
	if m := r.Total.Macro["missions"]["fuzzy"]; !near(m.F1, 0.5) || !near(m.Precision, 0.5) || !near(m.Recall, 1) || m.Docs != 2 {
		t.Errorf("macro missions = %+v, want P 0.5 R 1 F1 0.5 over 2 docs", m)
	}
	// doc2 has no projects on either side, so it stays out of the projects macro.
	if m := r.Total.Macro["projects"]["fuzzy"]; m.Docs != 1 || m.F1 != 1 {
		t.Errorf("macro projects = %+v, want F1 1 over 1 doc", m)
	}
	wantGroup(t, r, "projects", ModeFuzzy, Counts{TP: 2}, 1, 1, 1)
	wantField(t, r, "kind", 2, 2)
}

func TestRecordMissingEntirely(t *testing.T) {
	other := &plan.Record{Schema: plan.SchemaID, ID: "doc2", FiscalYear: 2012, Kind: plan.KindNewsletterDigest,
		Missions: []plan.Mission{{ID: "M1", Title: "市民の安全を守る"}}, SDGs: []int{3}}
	r := run(t, []*plan.Record{base(), other}, []*plan.Record{perfect()})
	// Micro: doc1 3 TP; doc2 1 FN → P 1, R 3/4, F1 6/7.
	wantGroup(t, r, "missions", ModeFuzzy, Counts{TP: 3, FN: 1}, 1, 0.75, 6.0/7)
	wantGroup(t, r, "sdgs", ModeFuzzy, Counts{TP: 3, FN: 1}, 1, 0.75, 6.0/7)
	wantGroup(t, r, "projects", ModeFuzzy, Counts{TP: 2}, 1, 1, 1)
	wantField(t, r, "fiscal_year", 1, 2)
	wantField(t, r, "kind", 1, 2)
	wantField(t, r, "municipality", 1, 1) // doc2's truth gives no municipality
	if r.Total.Missing != 1 || !r.Documents[1].Missing || r.Documents[1].Extractor != ExtractorMissing {
		t.Errorf("missing = %d, doc2 = %+v", r.Total.Missing, r.Documents[1])
	}
	if s := r.ByExtractor[ExtractorMissing]; s.Documents != 1 || s.Figures.Groups["missions"]["fuzzy"] != (Counts{FN: 1}) {
		t.Errorf("by extractor %q = %+v", ExtractorMissing, s)
	}
	if s := r.ByExtractor["maniwa"]; s.Documents != 1 || s.Figures.Groups["missions"]["fuzzy"] != (Counts{TP: 3}) {
		t.Errorf("by extractor maniwa = %+v", s)
	}
	if d := r.Documents[1].Diffs; len(d) != 1 || d[0] != (Diff{Kind: "record", Group: "record", Item: "doc2"}) {
		t.Errorf("doc2 diffs = %+v, want only the record-missing diff", d)
	}
}

func TestExtraRecordIsListedNotScored(t *testing.T) {
	stray := clone(perfect())
	stray.ID = "doc9"
	r := run(t, []*plan.Record{base()}, []*plan.Record{perfect(), stray})
	if !slices.Equal(r.ExtraRecords, []string{"doc9"}) {
		t.Errorf("extra records = %v", r.ExtraRecords)
	}
	wantUntouched(t, r, "")
}
