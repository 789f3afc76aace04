// Package pipeline runs one document through the data flow after fetching:
// raw bytes → layout (format and charset sniffed from the bytes) → extractor
// selection → plan/v1 record → contract check. Crawls, `jplan extract`,
// `jplan run` and the validator all call Process, so a document is turned into
// a record the same way everywhere.
//
// The caller decides which formats and extractors exist by importing their
// packages (internal/pdf registers the PDF layout; extractors/all every
// extractor); this package imports none of them.
package pipeline

import (
	"context"
	"fmt"
	"strings"
	"time"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
	"jplan/internal/store"
)

// Input is one document's bytes and what is known about where they came from.
type Input struct {
	Data []byte
	// Name identifies the document in messages (a path or URL).
	Name string
	// URL is the source URL recorded in source.url: the fetched URL, or
	// "file:" + a path relative to the corpus. It also lets extractors identify
	// the municipality by its domain.
	URL string
	// ID is the record id: the corpus or registry id. Empty means
	// "sha256:" + the first 16 hex digits of the bytes.
	ID string
	// DeclaredCharset is the charset of an HTTP Content-Type header, if any.
	DeclaredCharset string
	// FetchedAt is when the bytes were fetched; zero for local files.
	FetchedAt time.Time
	// Extractor forces an extractor by name; empty selects by confidence.
	Extractor string
}

// Error is a document that produced no record: it names the document and the
// stage that failed and wraps the cause.
type Error struct {
	Name  string
	Stage string // "layout", "extract" or "check"
	Err   error
}

func (e *Error) Error() string {
	msg := e.Err.Error()
	if strings.Contains(msg, e.Name) { // layout and extract errors name the document already
		return msg
	}
	return fmt.Sprintf("%s: %s: %s", e.Name, e.Stage, msg)
}
func (e *Error) Unwrap() error { return e.Err }

// Process turns one document into a plan/v1 record that passes the contract's
// checks. Layout warnings are kept in the record's warnings.
func Process(ctx context.Context, in Input, env *extract.Env) (*plan.Record, error) {
	digest := store.Sum(in.Data) // the name the raw store keeps these bytes under
	doc, err := layout.Parse(ctx, in.Data, layout.Options{Name: in.Name, URL: httpURL(in.URL), DeclaredCharset: in.DeclaredCharset})
	if err != nil {
		return nil, &Error{Name: in.Name, Stage: "layout", Err: err}
	}
	rec, err := extract.Run(ctx, doc, env, extract.RunOptions{Extractor: in.Extractor})
	if err != nil {
		return nil, &Error{Name: in.Name, Stage: "extract", Err: err}
	}
	stamp(rec, in, doc, digest)
	if fails := plan.Validate(rec); len(fails) > 0 {
		return nil, &Error{Name: in.Name, Stage: "check", Err: fmt.Errorf("extractor %s made an invalid record: %v (and %d more)",
			rec.Source.Extractor, fails[0], len(fails)-1)}
	}
	return rec, nil
}

// stamp sets the fields that describe the run rather than the document.
func stamp(rec *plan.Record, in Input, doc *layout.Document, digest string) {
	rec.ID = in.ID
	if rec.ID == "" {
		rec.ID = "sha256:" + digest[:16]
	}
	rec.Source.URL = in.URL
	rec.Source.Format = doc.Format
	rec.Source.SHA256 = digest
	if !in.FetchedAt.IsZero() {
		rec.Source.FetchedAt = in.FetchedAt.UTC().Format(time.RFC3339)
	}
	for _, w := range doc.Warnings {
		rec.Warnings = append(rec.Warnings, "layout: "+w)
	}
}

// httpURL returns u when it is a web URL (useful to extractors), else "".
func httpURL(u string) string {
	if len(u) > 7 && (u[:7] == "http://" || (len(u) > 8 && u[:8] == "https://")) {
		return u
	}
	return ""
}
