package truthcmp

import (
	"encoding/json"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/internal/plan"
)

// truth reads a bundled truth record (seed 001's form: missions, projects and
// indicators with values).
func truth(t *testing.T) *plan.Record {
	t.Helper()
	root, err := extracttest.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	return ReadRecord(t, filepath.Join(root, "testdata", "truth", "s001-text.json"))
}

// clone is a deep copy of rec.
func clone(t *testing.T, rec *plan.Record) *plan.Record {
	t.Helper()
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var out plan.Record
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func TestDiffSameRecord(t *testing.T) {
	want := truth(t)
	if len(want.Missions) == 0 || len(want.Projects) == 0 || len(want.Indicators) == 0 {
		t.Fatal("the truth record lost its items; pick another")
	}
	if d := Diff(clone(t, want), want); len(d) != 0 {
		t.Errorf("Diff of a record with itself = %q, want none", d)
	}
}

func TestDiffFindsEachChange(t *testing.T) {
	want := truth(t)
	tests := []struct {
		name   string
		change func(r *plan.Record)
		diff   []string // each must start one difference message
	}{
		{"fiscal year", func(r *plan.Record) { r.FiscalYear++ }, []string{"fiscal_year = "}},
		{"organization", func(r *plan.Record) { r.Publisher.Organization = plan.Str("建設部") }, []string{"publisher = "}},
		{"a mission missing", func(r *plan.Record) { r.Missions = r.Missions[1:] },
			[]string{"missions: missing " + strconv.Quote(want.Missions[0].Title), "missions: F1 "}},
		{"an extra project", func(r *plan.Record) {
			r.Projects = append(r.Projects, plan.Project{ID: "P99", Title: "まったく別の事業の名前"})
		}, []string{`projects: extra "まったく別の事業の名前"`, "projects: F1 "}},
		{"a project code", func(r *plan.Record) { r.Projects[0].Code = "9-⑨" },
			[]string{"project " + want.Projects[0].Title + " code = "}},
		{"an indicator target", func(r *plan.Record) {
			r.Indicators[0].Target = &plan.Quantity{Raw: "1件", Value: ptr(1.0), Unit: "件"}
		}, []string{"indicator " + want.Indicators[0].Name + " target = "}},
		{"a description rewritten", func(r *plan.Record) { r.Missions[0].Description = "別の説明です。" },
			[]string{"mission " + want.Missions[0].Title + " description: similarity "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clone(t, want)
			tt.change(got)
			d := Diff(got, want)
			if len(d) != len(tt.diff) {
				t.Fatalf("Diff = %q, want %d differences %q", d, len(tt.diff), tt.diff)
			}
			for i, prefix := range tt.diff {
				if !strings.HasPrefix(d[i], prefix) {
					t.Errorf("difference %d = %q, want it to start %q", i, d[i], prefix)
				}
			}
		})
	}
}

func TestDiffToleratesSmallTextChanges(t *testing.T) {
	want := truth(t)
	got := clone(t, want)
	changed := 0
	for i := range got.Projects {
		if d := got.Projects[i].Description; len([]rune(d)) >= 40 && strings.Contains(d, "。") {
			got.Projects[i].Description = strings.Replace(d, "。", "", 1) // one character of 40 or more
			changed++
		}
	}
	if changed == 0 {
		t.Fatal("no project description of 40 characters with a 。 to change; pick another record")
	}
	if d := Diff(got, want); len(d) != 0 {
		t.Errorf("Diff = %q, want none for texts within 5%%", d)
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"移住定住", "移住定住", 1},
		{"移住定住", "", 0},
		{"移住定住", "移住定着", 0.75},
		{"abcd", "wxyz", 0},
		{"交流人口", "交流人口の創出", 4.0 / 7},
	}
	for _, tt := range tests {
		if got := Similarity(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Similarity(%q, %q) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
		}
		if got, back := Similarity(tt.a, tt.b), Similarity(tt.b, tt.a); got != back {
			t.Errorf("Similarity(%q, %q) = %v but %v the other way", tt.a, tt.b, got, back)
		}
	}
}

func TestWantFor(t *testing.T) {
	tests := map[string]string{
		"testdata/soumu-section.chromium.pdf": "testdata/soumu-section.want.json",
		"testdata/nishi-ward.txt":             "testdata/nishi-ward.want.json",
		"testdata/plain":                      "testdata/plain.want.json",
	}
	for in, want := range tests {
		if got := WantFor(in); got != filepath.FromSlash(want) {
			t.Errorf("WantFor(%q) = %q, want %q", in, got, want)
		}
	}
}

func ptr[T any](v T) *T { return &v }
