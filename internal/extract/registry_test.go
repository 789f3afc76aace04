package extract

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

// fixed returns a spec whose Match gives conf whenever the document's name is doc.
func fixed(name, doc string, conf float64) Spec {
	return Spec{
		Name: name, Version: "1", Description: "test",
		Match: func(d *layout.Document) float64 {
			if d.Name == doc {
				return conf
			}
			return 0
		},
		Extract: func(ctx context.Context, d *layout.Document, env *Env) (*plan.Record, error) {
			return &plan.Record{Title: name}, nil
		},
	}
}

func init() {
	Register(fixed("t-high", "pick", 0.9))
	Register(fixed("t-low", "pick", 0.5))
	Register(fixed("t-tie-a", "tie", 0.8))
	Register(fixed("t-tie-b", "tie", 0.8))
	Register(fixed("t-weak-tie-a", "weak", 0.4))
	Register(fixed("t-weak-tie-b", "weak", 0.4))
	Register(fixed(GenericName, "never", 0.1))
}

func TestRegisterPanics(t *testing.T) {
	cases := map[string]Spec{
		"empty name": {Version: "1", Match: fixed("x", "", 0).Match, Extract: fixed("x", "", 0).Extract},
		"no version": {Name: "t-nov", Match: fixed("x", "", 0).Match, Extract: fixed("x", "", 0).Extract},
		"no match":   {Name: "t-nom", Version: "1", Extract: fixed("x", "", 0).Extract},
		"duplicate":  fixed("t-high", "", 0),
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatalf("Register(%s) did not panic", name)
				}
			}()
			Register(s)
		})
	}
}

func TestNamesSorted(t *testing.T) {
	got := Names()
	want := []string{GenericName, "t-high", "t-low", "t-tie-a", "t-tie-b", "t-weak-tie-a", "t-weak-tie-b"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
}

func TestSelect(t *testing.T) {
	sel, err := Select(&layout.Document{Name: "pick"})
	if err != nil || sel.Spec.Name != "t-high" || sel.Confidence != 0.9 {
		t.Fatalf("Select(pick) = %s %.2f %v, want t-high 0.90", sel.Spec.Name, sel.Confidence, err)
	}
	_, err = Select(&layout.Document{Name: "tie"})
	var tie *TieError
	if !errors.As(err, &tie) || tie.A != "t-tie-a" || tie.B != "t-tie-b" {
		t.Fatalf("Select(tie) err = %v, want a TieError naming t-tie-a and t-tie-b", err)
	}
	// A tie below Likely is not an error: the first by name wins.
	if sel, err := Select(&layout.Document{Name: "weak"}); err != nil || sel.Spec.Name != "t-weak-tie-a" {
		t.Fatalf("Select(weak) = %s, %v", sel.Spec.Name, err)
	}
	// Nothing reaches Possible: generic.
	if sel, err := Select(&layout.Document{Name: "unknown"}); err != nil || sel.Spec.Name != GenericName {
		t.Fatalf("Select(unknown) = %s, %v, want generic", sel.Spec.Name, err)
	}
}

func TestRunStampsSourceAndFallsBackOnTie(t *testing.T) {
	rec, err := Run(context.Background(), &layout.Document{Name: "tie"}, &Env{}, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Source.Extractor != GenericName || rec.Source.ExtractorVersion != "1" || rec.Schema != plan.SchemaID {
		t.Fatalf("source = %+v schema %q", rec.Source, rec.Schema)
	}
	if len(rec.Warnings) == 0 || !strings.Contains(rec.Warnings[0], "tie between") {
		t.Fatalf("warnings = %q, want the tie reported", rec.Warnings)
	}
	if _, err := Run(context.Background(), &layout.Document{Name: "x"}, &Env{}, RunOptions{Extractor: "nope"}); err == nil {
		t.Fatal("Run with an unknown extractor name succeeded")
	}
}

func TestBuilderIDsAndSDGUnion(t *testing.T) {
	b := NewBuilder()
	m := b.AddMission(plan.Mission{Title: "a", SDGs: []int{17, 11, 17}})
	p := b.AddProject(plan.Project{Title: "b", MissionID: m, SDGs: []int{4}})
	i := b.AddIndicator(plan.Indicator{Name: "c", ProjectID: p})
	rec := b.Finish()
	if m != "M1" || p != "P1" || i != "I1" {
		t.Fatalf("ids = %s %s %s", m, p, i)
	}
	if !reflect.DeepEqual(rec.Missions[0].SDGs, []int{11, 17}) || !reflect.DeepEqual(rec.SDGs, []int{4, 11, 17}) {
		t.Fatalf("sdgs mission %v record %v", rec.Missions[0].SDGs, rec.SDGs)
	}
}
