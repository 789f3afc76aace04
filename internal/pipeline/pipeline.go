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
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
	"jplan/internal/sniff"
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
	// MunicipalityCode is the publisher's code when provenance knows it (a
	// crawl source, a corpus entry): it fills the publisher when the document
	// itself does not say.
	MunicipalityCode string
}

// Error is a document that produced no record: it names the document and the
// stage that failed and wraps the cause.
type Error struct {
	Name  string
	Stage string // one of the Stage constants
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

// Stages of Error.Stage.
const (
	StageSniff   = "sniff"   // empty, or not HTML, PDF or text
	StageLayout  = "layout"  // the format's parser failed
	StageExtract = "extract" // the extractor failed
	StageCheck   = "check"   // the record breaks the plan/v1 contract
	StagePanic   = "panic"   // a bug met on this document: it costs one document, not the run
)

// Process turns one document into a plan/v1 record that passes the contract's
// checks. Layout warnings are kept in the record's warnings. A panic anywhere
// below is recovered into an *Error of StagePanic that says where it happened.
func Process(ctx context.Context, in Input, env *extract.Env) (rec *plan.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			rec, err = nil, &Error{Name: in.Name, Stage: StagePanic, Err: fmt.Errorf("panic: %v (in %s)", v, panicSite())}
		}
	}()
	if err := sniff.Document(in.Data); err != nil {
		return nil, &Error{Name: in.Name, Stage: StageSniff, Err: err}
	}
	digest := store.Sum(in.Data) // the name the raw store keeps these bytes under
	doc, err := layout.Parse(ctx, in.Data, layout.Options{Name: in.Name, URL: httpURL(in.URL), DeclaredCharset: in.DeclaredCharset})
	if err != nil {
		return nil, &Error{Name: in.Name, Stage: StageLayout, Err: err}
	}
	rec, err = extract.Run(ctx, doc, env, extract.RunOptions{Extractor: in.Extractor})
	if err != nil {
		return nil, &Error{Name: in.Name, Stage: StageExtract, Err: err}
	}
	stamp(rec, in, doc, digest)
	knownPublisher(rec, in.MunicipalityCode)
	if fails := plan.Validate(rec); len(fails) > 0 {
		return nil, &Error{Name: in.Name, Stage: StageCheck, Err: fmt.Errorf("extractor %s made an invalid record: %v (and %d more)",
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

// panicSite names the function and line that panicked: the innermost frame
// outside the runtime, called from a deferred recover.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s at %s:%d", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}
