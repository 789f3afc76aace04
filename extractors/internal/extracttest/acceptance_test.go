package extracttest_test

import (
	"strings"
	"testing"

	_ "jplan/extractors/all"
	"jplan/extractors/internal/extracttest"
	"jplan/internal/extract"
	"jplan/internal/validate"
)

// seedsAndDevset splits the corpus entries with truth records into the seed
// forms (ids s000-…) and the rest (devset documents of other cities).
func seedsAndDevset(t *testing.T) (seeds, devset []string) {
	for _, id := range extracttest.Load(t).WithTruth() {
		if strings.HasPrefix(id, "s0") {
			seeds = append(seeds, id)
		} else {
			devset = append(devset, id)
		}
	}
	if len(seeds) == 0 || len(devset) == 0 {
		t.Fatalf("corpus: %d seed forms, %d devset documents", len(seeds), len(devset))
	}
	return seeds, devset
}

// TestAcceptanceSeeds is issue 5's first gate: every form of every seed,
// extracted with the extractor the registry selects, scores micro F1 ≥ 0.98
// per group with the record fields and indicator values exact.
func TestAcceptanceSeeds(t *testing.T) {
	seeds, _ := seedsAndDevset(t)
	r := extracttest.Score(t, "", seeds...)
	extracttest.RequireGates(t, r, extracttest.SeedGates)
	for _, d := range r.Documents {
		if d.Extractor == extract.GenericName {
			t.Errorf("%s: selected the generic extractor, want its family's", d.ID)
		}
	}
}

// TestAcceptanceGeneric is issue 5's second gate: the generic extractor alone
// (seed extractors switched off) scores ≥ 0.85 F1 per group on the seeds and
// on the devset.
func TestAcceptanceGeneric(t *testing.T) {
	seeds, devset := seedsAndDevset(t)
	gates := []validate.Gate{{Name: "missions", Min: 0.85}, {Name: "projects", Min: 0.85}, {Name: "indicators", Min: 0.85}, {Name: "sdgs", Min: 0.85}}
	for name, ids := range map[string][]string{"seeds": seeds, "devset": devset} {
		t.Run(name, func(t *testing.T) {
			extracttest.RequireGates(t, extracttest.Score(t, extract.GenericName, ids...), gates)
		})
	}
}
