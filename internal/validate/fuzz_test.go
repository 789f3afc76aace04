package validate

import (
	"context"
	"os"
	"slices"
	"strconv"
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

// FuzzParseGates: a gate list either parses into named gates with values in
// [0,1] that print and parse back to the same gates, or fails with an error
// naming the gate.
func FuzzParseGates(f *testing.F) {
	for _, s := range []string{"missions=0.8,projects=0.7", " sdgs = 1 ,", "x=1e-3", "=0.5", "a=1.5", "a", "a=NaN", "a=0x1p-2", ",,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gates, err := ParseGates(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "validate: gate ") {
				t.Fatalf("error %q does not name the gate", err)
			}
			return
		}
		parts := make([]string, 0, len(gates))
		for _, g := range gates {
			if g.Name == "" || strings.ContainsAny(g.Name, "=,") || !(g.Min >= 0 && g.Min <= 1) {
				t.Fatalf("ParseGates(%q) accepted %+v", s, g)
			}
			parts = append(parts, g.Name+"="+strconv.FormatFloat(g.Min, 'g', -1, 64))
		}
		again, err := ParseGates(strings.Join(parts, ","))
		if err != nil || !slices.Equal(again, gates) {
			t.Fatalf("gates %+v printed as %q parse back as %+v, %v", gates, strings.Join(parts, ","), again, err)
		}
	})
}
