package niigata

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"jplan/internal/corpus"
	"jplan/internal/pdf"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// familyIDs are the corpus entries of this family, with their truth records.
var familyIDs = map[string]string{
	"s004-text":            "../../testdata/truth/s004-text.json",
	"s004-chromium-pdf":    "../../testdata/truth/s004-chromium-pdf.json",
	"s004-libreoffice-pdf": "../../testdata/truth/s004-libreoffice-pdf.json",
}

// process runs one corpus entry through layout and extraction.
func process(t *testing.T, e corpus.Entry, extractor string) *plan.Record {
	t.Helper()
	data, err := os.ReadFile(e.Path)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{
		Data: data, Name: e.Rel, URL: e.SourceURL(), ID: e.ID, Extractor: extractor,
	}, nil)
	if err != nil {
		t.Fatalf("%s: %v", e.ID, err)
	}
	return rec
}

func loadCorpus(t *testing.T) map[string]corpus.Entry {
	t.Helper()
	entries, err := corpus.Load(filepath.Join("..", "..", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	return corpus.ByID(entries)
}

func readTruth(t *testing.T, path string) *plan.Record {
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

// TestAgainstTruth extracts every form of the family and compares it with its
// hand-made truth record field by field.
func TestAgainstTruth(t *testing.T) {
	byID := loadCorpus(t)
	for id, truthPath := range familyIDs {
		t.Run(id, func(t *testing.T) {
			e, ok := byID[id]
			if !ok {
				t.Fatalf("corpus has no entry %s", id)
			}
			got := process(t, e, Name)
			want := readTruth(t, truthPath)
			compareRecords(t, got, want)
		})
	}
}

// compareRecords checks the document fields exactly and the lists by F1 of
// fuzzy title matches (≥ 0.98 required), then the matched items' fields:
// titles, codes, tags, SDGs and quantities exactly, texts within 5%.
func compareRecords(t *testing.T, got, want *plan.Record) {
	t.Helper()
	exact := func(field string, g, w any) {
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s = %v, want %v", field, show(g), show(w))
		}
	}
	exact("publisher", got.Publisher, want.Publisher)
	exact("title", got.Title, want.Title)
	exact("kind", got.Kind, want.Kind)
	exact("fiscal_year", got.FiscalYear, want.FiscalYear)
	exact("fiscal_year_label", got.FiscalYearLabel, want.FiscalYearLabel)
	exact("dates", got.Dates, want.Dates)
	exact("vision", got.Vision, want.Vision)
	exact("sdgs", got.SDGs, want.SDGs)
	exact("evaluation", got.Evaluation, want.Evaluation)

	var gm, wm []string
	for _, m := range got.Missions {
		gm = append(gm, m.Title)
	}
	for _, m := range want.Missions {
		wm = append(wm, m.Title)
	}
	pairs := checkF1(t, "missions", gm, wm)
	for _, p := range pairs {
		g, w := got.Missions[p[0]], want.Missions[p[1]]
		exact("mission title", g.Title, w.Title)
		exact("mission "+w.Title+" sdgs", g.SDGs, w.SDGs)
		similar(t, "mission "+w.Title+" description", g.Description, w.Description)
		similar(t, "mission "+w.Title+" result", g.Result, w.Result)
		similar(t, "mission "+w.Title+" outlook", g.Outlook, w.Outlook)
	}

	var gp, wp []string
	for _, p := range got.Projects {
		gp = append(gp, p.Title)
	}
	for _, p := range want.Projects {
		wp = append(wp, p.Title)
	}
	for _, p := range checkF1(t, "projects", gp, wp) {
		g, w := got.Projects[p[0]], want.Projects[p[1]]
		exact("project title", g.Title, w.Title)
		exact("project "+w.Title+" code", g.Code, w.Code)
		exact("project "+w.Title+" tags", g.Tags, w.Tags)
		exact("project "+w.Title+" sdgs", g.SDGs, w.SDGs)
		similar(t, "project "+w.Title+" description", g.Description, w.Description)
	}

	var gi, wi []string
	for _, in := range got.Indicators {
		gi = append(gi, in.Name)
	}
	for _, in := range want.Indicators {
		wi = append(wi, in.Name)
	}
	for _, p := range checkF1(t, "indicators", gi, wi) {
		g, w := got.Indicators[p[0]], want.Indicators[p[1]]
		exact("indicator name", g.Name, w.Name)
		exact("indicator "+w.Name+" target", g.Target, w.Target)
		exact("indicator "+w.Name+" actual", g.Actual, w.Actual)
		exact("indicator "+w.Name+" project_id", g.ProjectID, w.ProjectID)
		exact("indicator "+w.Name+" mission_id", g.MissionID, w.MissionID)
	}
}

func show(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// checkF1 pairs got and want titles greedily by similarity (≥ 0.8) and fails
// when the F1 of the pairing is below 0.98. It returns the pairs.
func checkF1(t *testing.T, group string, got, want []string) [][2]int {
	t.Helper()
	used := make([]bool, len(got))
	var pairs [][2]int
	for wi, w := range want {
		best, bestSim := -1, 0.8
		for gi, g := range got {
			if s := similarity(g, w); !used[gi] && s >= bestSim {
				best, bestSim = gi, s
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, [2]int{best, wi})
		} else {
			t.Errorf("%s: missing %q", group, w)
		}
	}
	for gi, u := range used {
		if !u {
			t.Errorf("%s: extra %q", group, got[gi])
		}
	}
	if len(got)+len(want) > 0 {
		f1 := 2 * float64(len(pairs)) / float64(len(got)+len(want))
		if f1 < 0.98 {
			t.Errorf("%s: F1 %.3f < 0.98 (%d matched, %d extracted, %d true)", group, f1, len(pairs), len(got), len(want))
		}
	}
	return pairs
}

// similar fails when two texts differ by more than 5% of their length.
func similar(t *testing.T, what, got, want string) {
	t.Helper()
	if s := similarity(got, want); s < 0.95 {
		t.Errorf("%s: similarity %.2f\n got: %q\nwant: %q", what, s, got, want)
	}
}

// similarity is 1 - edit distance / length of the longer text, on runes.
func similarity(a, b string) float64 {
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

var _ = fmt.Sprintf
