package main

import (
	"context"
	"fmt"
	"os"
	"sync"

	"jplan/internal/corpus"
	"jplan/internal/extract"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

// corpusDir is where `jplan validate` without --pred finds the manifest that
// maps a truth record's id to its input.
var corpusDir = "corpus"

// validateExtractor forces one extractor for every input (empty: select by
// confidence), e.g. to score the generic extractor alone.
var validateExtractor string

var (
	corpusOnce    sync.Once
	corpusEntries map[string]corpus.Entry
	corpusErr     error
)

func init() {
	validateExtract = extractTruthInput
}

// extractTruthInput finds the bundled input of a truth record by its id in
// corpus/corpus.tsv and runs it through the pipeline.
func extractTruthInput(ctx context.Context, truth *plan.Record) (*plan.Record, error) {
	corpusOnce.Do(func() {
		var es []corpus.Entry
		es, corpusErr = corpus.Load(corpusDir)
		corpusEntries = corpus.ByID(es)
	})
	if corpusErr != nil {
		return nil, corpusErr
	}
	e, ok := corpusEntries[truth.ID]
	if !ok {
		return nil, fmt.Errorf("validate: no entry with id %q in %s/%s", truth.ID, corpusDir, corpus.ManifestName)
	}
	data, err := os.ReadFile(e.Path)
	if err != nil {
		return nil, err
	}
	return pipeline.Process(ctx, pipeline.Input{Data: data, Name: e.Path, URL: e.SourceURL(), ID: e.ID, Extractor: validateExtractor, MunicipalityCode: e.MunicipalityCode}, &extract.Env{})
}
