package validate

import (
	"context"
	"os"
	"strings"
	"testing"

	"jplan/internal/plan"
)

// FuzzRun feeds arbitrary JSONL as predictions against the devset truth: no
// panic, and the counts always add up (matched + missing = truth items,
// matched + extra = extracted items, accuracy within its total).
func FuzzRun(f *testing.F) {
	sample, err := os.ReadFile("testdata/sample.pred.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(sample)) {
		f.Add(line)
	}
	f.Add(`{"schema":"plan/v1","id":"sha256:84bfdfe570af30a0","source":{},"publisher":{},"indicators":[{"id":"I1","name":"待機児童","target":{"raw":"-"}}],"sdgs":[0,99]}`)
	truth, err := LoadTruth("testdata/devset")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, jsonl string) {
		preds, err := ReadPredictions(strings.NewReader(jsonl), "fuzz")
		if err != nil {
			return
		}
		rep, err := Run(context.Background(), truth, preds, Options{})
		if err != nil {
			return // e.g. a duplicate id
		}
		byID := map[string]*plan.Record{}
		for _, p := range preds {
			byID[p.ID] = p
		}
		for i, d := range rep.Documents {
			tr, pr := truth[i].Record, byID[d.ID]
			if pr == nil {
				pr = &plan.Record{}
			}
			sizes := map[string][2]int{
				"missions":   {len(tr.Missions), len(pr.Missions)},
				"projects":   {len(tr.Projects), len(pr.Projects)},
				"indicators": {len(tr.Indicators), len(pr.Indicators)},
			}
			for g, n := range sizes {
				for mode, c := range d.Figures.Groups[g] {
					if c.TP < 0 || c.TP+c.FN != n[0] || c.TP+c.FP != n[1] {
						t.Fatalf("%s %s/%s: counts %+v do not add up to %d truth, %d extracted", d.ID, g, mode, c, n[0], n[1])
					}
				}
			}
			for name, a := range d.Figures.Fields {
				if a.Correct < 0 || a.Correct > a.Total {
					t.Fatalf("%s %s: accuracy %+v", d.ID, name, a)
				}
			}
		}
		var b strings.Builder
		if err := rep.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
	})
}
