package validate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"jplan/internal/plan"
)

func TestParseGates(t *testing.T) {
	g, err := ParseGates("missions=0.8, projects = 0.7,,fiscal_year=1")
	want := []Gate{{"missions", 0.8}, {"projects", 0.7}, {"fiscal_year", 1}}
	if err != nil || len(g) != 3 || g[0] != want[0] || g[1] != want[1] || g[2] != want[2] {
		t.Errorf("ParseGates = %v, %v", g, err)
	}
	for _, bad := range []string{"missions", "missions=", "=0.5", "missions=1.5", "missions=-0.1", "missions=abc"} {
		if _, err := ParseGates(bad); err == nil {
			t.Errorf("ParseGates(%q) accepted", bad)
		}
	}
}

func TestCheckGates(t *testing.T) {
	p := perfect()
	p.Missions = p.Missions[:2] // missions F1 0.8
	p.FiscalYear = 2024         // fiscal_year accuracy 0
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	gates, _ := ParseGates("missions=0.8,projects=1,fiscal_year=0.5,indicators.target.value=1")
	res, err := r.CheckGates(gates)
	if err != nil {
		t.Fatal(err)
	}
	passed := map[string]bool{}
	for _, g := range res {
		passed[g.Name] = g.Passed
	}
	want := map[string]bool{"missions": true, "projects": true, "fiscal_year": false, "indicators.target.value": true}
	for k, v := range want {
		if passed[k] != v {
			t.Errorf("gate %s passed = %v, want %v", k, passed[k], v)
		}
	}
	gates, _ = ParseGates("missions=0.81")
	if res, _ := r.CheckGates(gates); res[0].Passed || !near(res[0].Got, 0.8) {
		t.Errorf("missions=0.81 → %+v, want failed at 0.8", res[0])
	}
	gates, _ = ParseGates("mission=0.5")
	if _, err := r.CheckGates(gates); err == nil || !strings.Contains(err.Error(), `"mission"`) {
		t.Errorf("unknown gate name: err = %v", err)
	}
}

func TestWriteJSONStableAndComplete(t *testing.T) {
	p := perfect()
	p.Indicators[0].Target.Value = plan.Float(150)
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	var a, b bytes.Buffer
	if err := r.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two writes of one report differ")
	}
	var v struct {
		Summary struct {
			Groups map[string]map[string]struct {
				Micro struct {
					F1 float64
					TP int
				}
			}
			Fields map[string]struct {
				Accuracy       float64
				Correct, Total int
			}
		}
		Documents []struct {
			ID    string
			Diffs []Diff
		}
	}
	if err := json.Unmarshal(a.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if g := v.Summary.Groups["missions"]["strict"].Micro; g.TP != 3 || g.F1 != 1 {
		t.Errorf("json missions strict = %+v", g)
	}
	if f := v.Summary.Fields["indicators.target.value"]; f.Correct != 1 || f.Total != 2 || f.Accuracy != 0.5 {
		t.Errorf("json target.value = %+v", f)
	}
	if len(v.Documents) != 1 || len(v.Documents[0].Diffs) != 1 || v.Documents[0].Diffs[0].Pred != "150" {
		t.Errorf("json documents = %+v", v.Documents)
	}
	// Keys sorted: "by_extractor" < "documents" < "extra_records" < "headline" < "summary".
	s := a.String()
	if !(strings.Index(s, `"by_extractor"`) < strings.Index(s, `"documents"`) && strings.Index(s, `"headline"`) < strings.Index(s, `"summary"`)) {
		t.Error("top-level keys not sorted")
	}
}

func TestWriteText(t *testing.T) {
	p := perfect()
	p.Missions = p.Missions[:2]
	r := run(t, []*plan.Record{base()}, []*plan.Record{p})
	var b bytes.Buffer
	if err := r.WriteText(&b, TextOptions{Diffs: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"missions", "0.800", "missing missions: 循環型経済の推進", "fiscal_year_label", "maniwa"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

func TestClipDiffKeepsTheDifferenceInView(t *testing.T) {
	shared := strings.Repeat("農業基盤の維持", 20)
	a, b := clipDiff(shared+"と強化", shared+"の強化", 40)
	if !strings.HasSuffix(a, "と強化") || !strings.HasSuffix(b, "の強化") || !strings.HasPrefix(a, "…") {
		t.Errorf("clipDiff = %q, %q", a, b)
	}
	if a, b := clipDiff("短い", "短く", 40); a != "短い" || b != "短く" {
		t.Errorf("short texts changed: %q, %q", a, b)
	}
}
