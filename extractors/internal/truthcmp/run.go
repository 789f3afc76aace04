package truthcmp

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/internal/corpus"
	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

// CertainMin is the confidence a form of an extractor's own family must get.
const CertainMin = 0.95

// lookup is the registered extractor name, failing t when there is none.
func lookup(t testing.TB, name string) extract.Spec {
	t.Helper()
	spec, ok := extract.Lookup(name)
	if !ok {
		t.Fatalf("truthcmp: no extractor %q registered", name)
	}
	return spec
}

// CheckCorpus extracts every corpus entry of family (id → its truth record's
// path) with the named extractor, through the real layout and pipeline, and
// compares each record with its truth record (Compare), one subtest an entry.
func CheckCorpus(t *testing.T, extractor string, family map[string]string) {
	c := extracttest.Load(t)
	for _, id := range sortedKeys(family) {
		t.Run(id, func(t *testing.T) {
			got, err := c.Extract(context.Background(), id, extractor)
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			Compare(t, got, ReadRecord(t, family[id]))
		})
	}
}

// CheckMatchCorpus checks the named extractor's Match on every bundled corpus
// entry: Certain for the forms of family, below Likely for every other
// document (other seeds, the devset of other families), so that its own
// extractor or the generic one takes it.
func CheckMatchCorpus(t *testing.T, extractor string, family map[string]string) {
	match := lookup(t, extractor).Match
	c := extracttest.Load(t)
	for _, id := range corpusIDs(t) {
		t.Run(id, func(t *testing.T) {
			doc, err := c.Layout(context.Background(), id)
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			got := match(doc)
			_, own := family[id]
			switch {
			case own && got < extract.Certain:
				t.Errorf("Match = %.2f, want Certain for a form of the family", got)
			case !own && got >= extract.Likely:
				t.Errorf("Match = %.2f, want < Likely for a document of another family", got)
			}
		})
	}
}

// corpusIDs lists every entry of corpus/corpus.tsv.
func corpusIDs(t testing.TB) []string {
	t.Helper()
	root, err := extracttest.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := corpus.Load(filepath.Join(root, "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(entries))
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	return ids
}

// Cue is a small document that shows one Match cue alone, with the
// confidence it must get.
type Cue struct {
	Name, Text, URL string
	Want            float64
}

// CheckMatchCues lays out each cue's text (under its URL) and checks the
// named extractor's Match gives exactly its Want.
func CheckMatchCues(t *testing.T, extractor string, cues []Cue) {
	match := lookup(t, extractor).Match
	for _, tt := range cues {
		t.Run(tt.Name, func(t *testing.T) {
			doc, err := layout.Parse(context.Background(), []byte(tt.Text), layout.Options{Name: tt.Name, URL: tt.URL})
			if err != nil {
				t.Fatal(err)
			}
			if got := match(doc); got != tt.Want {
				t.Errorf("Match = %.2f, want %.2f", got, tt.Want)
			}
		})
	}
}

// CheckInput runs one hand-made input of the family (a file, laid out under
// url) through the named extractor: Match must be Certain, and the record
// must agree with the hand-checked record at wantPath (Compare).
func CheckInput(t *testing.T, extractor, input, url, wantPath string) {
	t.Helper()
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Parse(context.Background(), data, layout.Options{Name: input, URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if c := lookup(t, extractor).Match(doc); c < CertainMin {
		t.Errorf("Match = %.2f, want Certain", c)
	}
	got, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: input, URL: url, ID: "variant", Extractor: extractor}, nil)
	if err != nil {
		t.Fatal(err)
	}
	Compare(t, got, ReadRecord(t, wantPath))
}

// WantFor is the hand-checked record of an input: testdata/<name>.want.json
// for testdata/<name>.<anything>.
func WantFor(input string) string {
	base := filepath.Base(input)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	return filepath.Join(filepath.Dir(input), base+".want.json")
}

// Fuzz is the body of an extractor's fuzz target: seeds (small excerpts of
// the family's forms; the fuzzer minimises every new input, which takes its
// whole time budget on whole documents) and arbitrary text and HTML go
// through the layout to the named extractor's Match and Extract. Nothing may
// panic, Extract may not fail, and every record must pass the plan/v1 checks.
func Fuzz(f *testing.F, extractor string, seeds ...string) {
	spec := lookup(f, extractor)
	for _, seed := range seeds {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: "fuzz"})
		if err != nil {
			return
		}
		spec.Match(doc)
		rec, err := spec.Extract(context.Background(), doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		rec.ID = "fuzz"
		if fails := plan.Validate(rec); len(fails) > 0 {
			t.Fatalf("invalid record: %v", fails)
		}
	})
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
