package extract

import (
	"slices"
	"testing"

	"jplan/internal/plan"
)

// TestBuilderIDsAndSDGs: ids follow document order per list, and the record's
// sdgs are the sorted union of every goal on it, its missions and projects.
func TestBuilderIDsAndSDGs(t *testing.T) {
	b := NewBuilder()
	b.Rec.SDGs = []int{17, 3}
	if id := b.AddMission(plan.Mission{Title: "a", SDGs: []int{11, 3, 11}}); id != "M1" {
		t.Errorf("first mission id %s", id)
	}
	if id := b.AddMission(plan.Mission{Title: "b"}); id != "M2" {
		t.Errorf("second mission id %s", id)
	}
	if id := b.AddProject(plan.Project{Title: "p", SDGs: []int{8, 1}}); id != "P1" {
		t.Errorf("project id %s", id)
	}
	if id := b.AddIndicator(plan.Indicator{Name: "i", ProjectID: "P1"}); id != "I1" {
		t.Errorf("indicator id %s", id)
	}
	rec := b.Finish()
	if got := rec.Missions[0].SDGs; !slices.Equal(got, []int{3, 11}) {
		t.Errorf("mission sdgs %v, want [3 11]", got)
	}
	if rec.Missions[1].SDGs != nil {
		t.Errorf("mission without goals has sdgs %v", rec.Missions[1].SDGs)
	}
	if !slices.Equal(rec.SDGs, []int{1, 3, 8, 11, 17}) {
		t.Errorf("record sdgs %v, want [1 3 8 11 17]", rec.SDGs)
	}
	rec.ID = "t1" // the caller stamps the id
	if fails := plan.Validate(rec); len(fails) > 0 {
		t.Errorf("built record invalid: %v", fails)
	}
}
