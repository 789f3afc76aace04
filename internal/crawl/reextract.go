package crawl

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"jplan/internal/store"
)

// ReextractConfig wires a re-extraction from the raw store, without fetching.
type ReextractConfig struct {
	Registry *Registry // optional: gives Process the source entry
	Store    *store.Store
	State    *State
	Out      string
	Process  ProcessFunc
	Pipeline string
	// All re-extracts every document; otherwise only those whose record was made
	// by another pipeline version, or that have none.
	All      bool
	Only     []string
	Progress func(Event)
	Log      *slog.Logger
}

// Reextract re-runs extraction on the stored bytes of every known document,
// logs the records whose fields changed, and rewrites the dataset.
func Reextract(ctx context.Context, cfg ReextractConfig) (Summary, error) {
	c := Config{Registry: cfg.Registry, Store: cfg.Store, State: cfg.State, Out: cfg.Out,
		Process: cfg.Process, Pipeline: cfg.Pipeline, Only: cfg.Only, Progress: cfg.Progress, Log: cfg.Log}
	if c.Registry == nil {
		c.Registry = &Registry{Version: 1}
	}
	if err := c.check(); err != nil {
		return Summary{}, err
	}
	start := time.Now()
	r := &runner{cfg: c, seen: map[string]bool{}, startFailed: map[string]bool{}}
	var err error
	if r.run, r.sum.Interrupted, err = c.State.BeginRun(ctx, "reextract", start); err != nil {
		return Summary{}, err
	}
	r.sum.Run = r.run
	docs, err := c.State.Docs(ctx, `role = 'document' AND status != 'gone' AND sha256 != ''`)
	if err != nil {
		return r.sum, err
	}
	sources := map[string]*Source{}
	for i := range c.Registry.Sources {
		sources[c.Registry.Sources[i].ID] = &c.Registry.Sources[i]
	}
	for _, d := range docs {
		if ctx.Err() != nil {
			return r.sum, fmt.Errorf("crawl: reextract run %d stopped: %w", r.run, ctx.Err())
		}
		if !c.selected(d.SourceID) || (!cfg.All && d.Pipeline == c.Pipeline && d.Record != nil) {
			continue
		}
		r.reextractOne(ctx, d, sources[d.SourceID])
	}
	return r.finish(ctx, start)
}

func (r *runner) reextractOne(ctx context.Context, d Doc, src *Source) {
	if src == nil { // not in the registry given: keep what the last record knew
		src = &Source{ID: d.SourceID}
		var old struct {
			Publisher struct {
				Code string `json:"municipality_code"`
			} `json:"publisher"`
		}
		if json.Unmarshal(d.Record, &old) == nil {
			src.MunicipalityCode = old.Publisher.Code
		}
	}
	t := task{src: src, url: d.URL, role: roleDocument, docID: d.DocID, force: true}
	body, err := r.cfg.Store.Get(d.SHA256)
	if err != nil {
		r.count(func(s *Summary) { s.Failed++ })
		r.report(t, "failed", err)
		return
	}
	m, _ := r.cfg.Store.Meta(d.SHA256)
	fd := Fetched{ID: d.DocID, Source: src, URL: d.URL, FinalURL: m.FinalURL, Body: body, SHA256: d.SHA256,
		Header: m.Header, Format: m.Format, Charset: m.Charset}
	if ft, err := time.Parse(time.RFC3339Nano, d.FetchedAt); err == nil && len(d.URL) > 5 && d.URL[:5] != "file:" {
		fd.FetchedAt = ft
	}
	prev := d
	d.LastRun = r.run
	r.document(ctx, t, prev, d, fd, false, true)
}
