// Package extract is the extension point: an extractor is a named, versioned Spec
// that scores a document cheaply (Match) and turns its blocks into a plan/v1 record
// (Extract). Extractors register in init, like image.RegisterFormat and sql.Register;
// Select picks the most confident one and falls back to the generic extractor.
//
// Extractors import only this package, internal/plan, internal/layout and the
// Japanese toolkit (internal/ja/...): never fetching, storage or the CLI.
package extract

import (
	"context"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Confidence levels for Match. A score is in [0, 1].
const (
	None     = 0.0
	Possible = 0.3  // a few cues of the family
	Likely   = 0.7  // the family's structure is there; ties at or above this are errors
	Certain  = 0.95 // the family's fixed wording and structure
)

// Spec describes one extractor.
type Spec struct {
	Name        string // unique, lower-case: "maniwa", "generic"
	Version     string // bumped whenever the output changes
	Description string // one line: what it handles (for SUPPORTED.md)
	// Match scores how well the extractor fits doc, cheaply and without I/O.
	Match func(doc *layout.Document) float64
	// Extract turns doc into a record. It fills what the document states; the
	// caller sets id, source.url/format/sha256 and source.extractor/_version.
	Extract func(ctx context.Context, doc *layout.Document, env *Env) (*plan.Record, error)
}

// Env carries the expensive shared things an extractor may use, made once per
// process by the caller and passed in.
type Env struct {
	// Fields are added as the toolkit needs them (e.g. the kagome tokenizer).
}
