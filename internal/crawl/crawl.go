package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"jplan/internal/fetch"
	"jplan/internal/plan"
	"jplan/internal/store"
)

// Fetched is a document's bytes and provenance, as handed to the extraction pipeline.
type Fetched struct {
	ID        string // the record id to give it
	Source    *Source
	URL       string // as requested ("file:" + path for a snapshot)
	FinalURL  string // after redirects
	Body      []byte
	SHA256    string
	FetchedAt time.Time // zero for a snapshot
	Header    http.Header
	Format    string // html | pdf | text, sniffed from Body
	Charset   string
}

// ProcessFunc turns a document into a record (bytes → layout → extractor).
type ProcessFunc func(ctx context.Context, doc Fetched) (*plan.Record, error)

// Config is one run's wiring. Registry, Store, State, Out and Process are required.
type Config struct {
	Registry *Registry
	Fetcher  *fetch.Fetcher // nil: one is made from fetch.Config{} (polite defaults)
	Store    *store.Store
	State    *State
	Out      string // directory of plans.jsonl and changes/
	Process  ProcessFunc
	// Pipeline names the extraction pipeline's version: a document whose record
	// was made by another pipeline is re-extracted even when its bytes are unchanged.
	Pipeline string
	Workers  int      // documents fetched at once across hosts (default 4)
	Offline  bool     // read each source's snapshot instead of fetching
	Only     []string // source ids to run (empty: all)
	Progress func(Event)
	Log      *slog.Logger
}

// Event reports one URL's outcome as the run goes.
type Event struct {
	Done, Total int
	URL         string
	Outcome     string // new | changed | not_modified | failed | gone | index
	Err         error
}

// Summary is a run's one-line result.
type Summary struct {
	Run         int64
	Fetched     int // 200 responses (or snapshots read)
	NotModified int // 304, or the same bytes again
	New         int
	Changed     int
	Gone        int
	Failed      int
	Extracted   int
	Duration    time.Duration
	Interrupted []int64 // earlier runs found killed, whose change logs this run wrote
}

func (s Summary) String() string {
	return fmt.Sprintf("run %d: fetched %d, not modified %d, new %d, changed %d, gone %d, failed %d, extracted %d, time %s",
		s.Run, s.Fetched, s.NotModified, s.New, s.Changed, s.Gone, s.Failed, s.Extracted, s.Duration.Round(time.Millisecond))
}

// task is one URL to visit.
type task struct {
	src   *Source
	url   string
	hop   int
	role  string // roleDocument | roleIndex
	docID string
	force bool // extract even when bytes and pipeline are unchanged
}

const (
	roleDocument = "document"
	roleIndex    = "index"
	statusOK     = "ok"
	statusFailed = "failed"
	statusGone   = "gone"
)

// runner is the state of one run.
type runner struct {
	cfg   Config
	run   int64
	mu    sync.Mutex
	sum   Summary
	done  int
	total int
	seen  map[string]bool
	prev  map[string]Doc // every row as the run found it
	// touched are unchanged documents waiting to be committed together.
	touched []Doc
	// startFailed marks sources whose index pages did not all load: their
	// unseen documents are not declared gone.
	startFailed map[string]bool
}

// Run performs one crawl (or, with cfg.Offline, one pass over the snapshots).
// It returns an error only when the run cannot proceed; per-document failures
// are counted in the Summary and recorded in the state.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	if err := cfg.check(); err != nil {
		return Summary{}, err
	}
	if cfg.Fetcher == nil && !cfg.Offline {
		f, err := fetch.New(fetch.Config{})
		if err != nil {
			return Summary{}, err
		}
		cfg.Fetcher = f
	}
	start := time.Now()
	kind := "crawl"
	if cfg.Offline {
		kind = "offline"
	}
	r := &runner{cfg: cfg, seen: map[string]bool{}, startFailed: map[string]bool{}}
	var err error
	if r.run, r.sum.Interrupted, err = cfg.State.BeginRun(ctx, kind, start); err != nil {
		return Summary{}, err
	}
	r.sum.Run = r.run
	if err := r.loadPrevious(ctx); err != nil {
		return r.sum, err
	}
	if n, _ := cfg.Store.RemoveStaleTemps(time.Hour); n > 0 {
		cfg.Log.Info("removed temp files left by killed runs", "count", n)
	}
	for _, id := range r.sum.Interrupted {
		if err := r.flushChangeLog(ctx, id); err != nil {
			return r.sum, err
		}
	}
	tasks := r.startTasks()
	for hop := 0; len(tasks) > 0; hop++ {
		tasks = r.visitAll(ctx, tasks)
		if ctx.Err() != nil {
			return r.sum, fmt.Errorf("crawl: run %d stopped: %w", r.run, ctx.Err())
		}
	}
	if err := r.markGone(ctx); err != nil {
		return r.sum, err
	}
	return r.finish(ctx, start)
}

func (c *Config) check() error {
	switch {
	case c.Registry == nil:
		return errors.New("crawl: no source registry")
	case c.Store == nil || c.State == nil:
		return errors.New("crawl: no store or state")
	case c.Out == "":
		return errors.New("crawl: no output directory")
	case c.Process == nil:
		return errors.New("crawl: no extraction pipeline (Process)")
	}
	if c.Workers <= 0 {
		c.Workers = 4
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// selected reports whether the run covers source id.
func (c *Config) selected(id string) bool {
	if len(c.Only) == 0 {
		return true
	}
	for _, o := range c.Only {
		if o == id {
			return true
		}
	}
	return false
}

// startTasks are the registry's start URLs (or, offline, its snapshots).
func (r *runner) startTasks() []task {
	var out []task
	for i := range r.cfg.Registry.Sources {
		src := &r.cfg.Registry.Sources[i]
		if !r.cfg.selected(src.ID) {
			continue
		}
		if r.cfg.Offline {
			if src.Snapshot != "" {
				out = append(out, task{src: src, url: "file:" + src.Snapshot, role: roleDocument, docID: src.ID})
			}
			continue
		}
		for _, u := range src.Start {
			t := task{src: src, url: u, role: roleDocument, docID: src.ID}
			if src.Links != nil {
				t.role, t.docID = roleIndex, ""
			} else if len(src.Start) > 1 {
				t.docID = discoveredID(src.ID, u)
			}
			out = append(out, t)
		}
	}
	return r.dedupe(out)
}

// discoveredID is the stable record id of a document found through a source:
// the source id and 12 hex digits of the URL's sha256.
func discoveredID(sourceID, u string) string {
	h := sha256.Sum256([]byte(u))
	return sourceID + "/" + hex.EncodeToString(h[:6])
}

// dedupe drops tasks whose URL this run has already queued.
func (r *runner) dedupe(ts []task) []task {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := ts[:0]
	for _, t := range ts {
		if !r.seen[t.url] {
			r.seen[t.url] = true
			out = append(out, t)
		}
	}
	r.total += len(out)
	return out
}

// visitAll visits tasks with cfg.Workers workers and returns the next hop's tasks.
func (r *runner) visitAll(ctx context.Context, tasks []task) []task {
	ch := make(chan task)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next []task
	)
	for range min(r.cfg.Workers, len(tasks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range ch {
				found := r.visit(ctx, t)
				mu.Lock()
				next = append(next, found...)
				mu.Unlock()
			}
		}()
	}
	for _, t := range tasks {
		if ctx.Err() != nil {
			break
		}
		ch <- t
	}
	close(ch)
	wg.Wait()
	r.flushTouches(ctx)
	return r.dedupe(next)
}

// report counts an outcome and tells the progress callback and the log.
func (r *runner) report(t task, outcome string, err error) {
	r.mu.Lock()
	r.done++
	ev := Event{Done: r.done, Total: r.total, URL: t.url, Outcome: outcome, Err: err}
	r.mu.Unlock()
	if err != nil {
		r.cfg.Log.Warn("document failed", "run", r.run, "url", t.url, "source", t.src.ID, "error", err.Error())
	} else {
		r.cfg.Log.Info("document", "run", r.run, "url", t.url, "source", t.src.ID, "outcome", outcome)
	}
	if r.cfg.Progress != nil {
		r.cfg.Progress(ev)
	}
}

func (r *runner) count(f func(s *Summary)) {
	r.mu.Lock()
	f(&r.sum)
	r.mu.Unlock()
}
