// Package extracttest runs extractors over the bundled corpus and scores them
// against the hand-made truth records, for the tests of every extractor and
// for the generator of extractors/SUPPORTED.md.
//
// The corpus is corpus/corpus.tsv (id, file, URL); the truth records are
// testdata/truth/<id>.json and testdata/devset/*/golden.json, paired with a
// corpus entry by id. Every document goes through pipeline.Process — the real
// layout (PDFs through the isolated child, so a test binary must call
// pdf.ServeChildIfRequested first in TestMain) and the real extractor — and is
// scored by internal/validate: items matched one-to-one by fuzzy title
// (character-bigram Dice ≥ 0.8), precision/recall/F1 per group, exact fields.
//
// A typical extractor test:
//
//	func TestMain(m *testing.M) { pdf.ServeChildIfRequested(); os.Exit(m.Run()) }
//
//	func TestScore(t *testing.T) {
//		r := extracttest.Score(t, "mitaka", "s002-text", "sha256:a31318d73a13e033")
//		extracttest.RequireGates(t, r, extracttest.SeedGates)
//	}
package extracttest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"jplan/internal/corpus"
	"jplan/internal/layout"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
	"jplan/internal/validate"

	_ "jplan/internal/pdf" // the PDF layout
)

// Corpus is the bundled corpus with its truth records.
type Corpus struct {
	Root    string                    // the repository root
	IDs     []string                  // every entry id, in manifest order
	Entries map[string]corpus.Entry   // by id
	Truth   map[string]validate.Truth // truth records by id (entries without one are absent)
}

// FindRoot returns the repository root: the nearest directory at or above the
// working directory that holds go.mod and corpus/corpus.tsv.
func FindRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("extracttest: %w", err)
	}
	for {
		if isRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("extracttest: no repository root (go.mod beside corpus/) above the working directory")
		}
		dir = parent
	}
}

func isRoot(dir string) bool {
	_, e1 := os.Stat(filepath.Join(dir, "go.mod"))
	_, e2 := os.Stat(filepath.Join(dir, "corpus", corpus.ManifestName))
	return e1 == nil && e2 == nil
}

// Open reads the corpus manifest and the truth records under root.
func Open(root string) (*Corpus, error) {
	entries, err := corpus.Load(filepath.Join(root, "corpus"))
	if err != nil {
		return nil, fmt.Errorf("extracttest: %w", err)
	}
	truth, err := validate.LoadTruth(filepath.Join(root, "testdata", "truth"), filepath.Join(root, "testdata", "devset"))
	if err != nil {
		return nil, fmt.Errorf("extracttest: %w", err)
	}
	c := &Corpus{Root: root, Entries: corpus.ByID(entries), Truth: map[string]validate.Truth{}}
	for _, e := range entries {
		c.IDs = append(c.IDs, e.ID)
	}
	for _, t := range truth {
		c.Truth[t.Record.ID] = t
	}
	return c, nil
}

// entry returns the corpus entry id.
func (c *Corpus) entry(id string) (corpus.Entry, error) {
	e, ok := c.Entries[id]
	if !ok {
		return corpus.Entry{}, fmt.Errorf("extracttest: corpus/%s has no entry %q", corpus.ManifestName, id)
	}
	return e, nil
}

// Layout parses the entry id into blocks, as an extractor sees it.
func (c *Corpus) Layout(ctx context.Context, id string) (*layout.Document, error) {
	e, err := c.entry(id)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(e.Path)
	if err != nil {
		return nil, fmt.Errorf("extracttest: %s: %w", id, err)
	}
	return layout.Parse(ctx, data, layout.Options{Name: e.Rel, URL: e.URL})
}

// Extract runs the entry id through the pipeline. extractor forces an
// extractor by name; "" lets the registry select one by confidence.
func (c *Corpus) Extract(ctx context.Context, id, extractor string) (*plan.Record, error) {
	e, err := c.entry(id)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(e.Path)
	if err != nil {
		return nil, fmt.Errorf("extracttest: %s: %w", id, err)
	}
	return pipeline.Process(ctx, pipeline.Input{
		Data: data, Name: e.Rel, URL: e.SourceURL(), ID: e.ID, Extractor: extractor,
	}, nil)
}

// Score extracts every entry of ids (forcing extractor; "" selects) and scores
// the records against their truth records. Every id needs a truth record.
func (c *Corpus) Score(ctx context.Context, extractor string, ids ...string) (*validate.Report, error) {
	if len(ids) == 0 {
		return nil, errors.New("extracttest: score: no corpus ids given")
	}
	truth := make([]validate.Truth, 0, len(ids))
	for _, id := range ids {
		if _, err := c.entry(id); err != nil {
			return nil, err
		}
		t, ok := c.Truth[id]
		if !ok {
			return nil, fmt.Errorf("extracttest: %s has no truth record in testdata/truth or testdata/devset", id)
		}
		truth = append(truth, t)
	}
	return validate.Run(ctx, truth, nil, validate.Options{
		Extract: func(ctx context.Context, t *plan.Record) (*plan.Record, error) {
			return c.Extract(ctx, t.ID, extractor)
		},
	})
}

// WithTruth returns the ids of the entries that have a truth record, in
// manifest order.
func (c *Corpus) WithTruth() []string {
	var ids []string
	for _, id := range c.IDs {
		if _, ok := c.Truth[id]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// ExtractFile runs the file rel (relative to corpus/) through the pipeline
// under id, for a form of a document that has no manifest entry of its own.
func (c *Corpus) ExtractFile(ctx context.Context, rel, id, extractor string) (*plan.Record, error) {
	data, err := os.ReadFile(filepath.Join(c.Root, "corpus", filepath.FromSlash(rel)))
	if err != nil {
		return nil, fmt.Errorf("extracttest: %w", err)
	}
	return pipeline.Process(ctx, pipeline.Input{
		Data: data, Name: rel, URL: "file:" + rel, ID: id, Extractor: extractor,
	}, nil)
}

// ScoreAgainst extracts the file rel (relative to corpus/) and scores it
// against the truth record truthID: for another form (HTML, PDF) of a document
// whose content is the same as the form the truth record was made from.
func (c *Corpus) ScoreAgainst(ctx context.Context, extractor, rel, truthID string) (*validate.Report, error) {
	t, ok := c.Truth[truthID]
	if !ok {
		return nil, fmt.Errorf("extracttest: no truth record %q", truthID)
	}
	rec, err := c.ExtractFile(ctx, rel, truthID, extractor)
	if err != nil {
		return nil, err
	}
	return validate.Run(ctx, []validate.Truth{t}, []*plan.Record{rec}, validate.Options{})
}
