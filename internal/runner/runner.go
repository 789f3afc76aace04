// Package runner is the engine of `jplan run`: it turns a list of inputs (the
// bundled corpus manifest, or local files and directories) into plan/v1
// records with a bounded pool of workers, each calling pipeline.Process, and
// hands the records and the failures to a Sink in input order, whatever order
// the workers finish in.
//
// Memory stays flat: a worker reads its file only when it starts on it and
// drops the bytes when the record is made, and at most Window records wait
// for an earlier document to finish. Failures never
// stop the run; only the context or a Sink error does.
package runner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	"jplan/internal/extract"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

// Item is one document to process.
type Item struct {
	ID   string // record id; empty: "sha256:" + the first 16 hex digits of the bytes
	Path string // the file to read
	URL  string // source.url: the public URL, or "file:" + a path
	// MunicipalityCode is the publisher's code when the corpus knows it.
	MunicipalityCode string
}

// Failure is a document that produced no record: one line of errors.jsonl.
type Failure struct {
	ID     string `json:"id,omitempty"`
	Path   string `json:"path,omitempty"`
	URL    string `json:"url,omitempty"`
	Stage  string `json:"stage"` // read, sniff, layout, extract, check, panic or duplicate
	Reason string `json:"reason"`
}

// Stages of a Failure besides pipeline.Error's layout, extract and check.
const (
	StageRead      = "read"
	StageSniff     = pipeline.StageSniff // empty, or not HTML, PDF or text
	StagePanic     = pipeline.StagePanic // a bug in the pipeline, met on this document
	StageDuplicate = "duplicate"
)

// Sink receives the outcome of every item, in input order, from one goroutine.
type Sink interface {
	Record(rec *plan.Record) error
	Failure(f Failure) error
}

// Options tune Run. The zero value is usable.
type Options struct {
	Workers int // documents processed at once (default GOMAXPROCS)
	// Window bounds how far workers may run ahead of the oldest document
	// still in progress (default max(64, 8×Workers)): a slow PDF holds up the
	// output, not the workers. Only finished records wait, never the bytes.
	Window    int
	Extractor string // force an extractor by name; empty selects by confidence
	// Progress, when set, is called from the sink goroutine after each item.
	Progress func(done, total int)
}

// Stats counts what Run did.
type Stats struct {
	Documents int // items handed to the sink
	Records   int
	Failures  int
}

// result is the outcome of one item.
type result struct {
	rec  *plan.Record
	fail *Failure
}

// Run processes items and reports each outcome to sink in input order. It
// returns early with the context's error when ctx is cancelled, or with the
// first error the sink returns; items not yet reported are then dropped.
func Run(ctx context.Context, items []Item, sink Sink, opt Options) (Stats, error) {
	workers, window := opt.Workers, opt.Window
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if window < workers {
		window = max(64, 8*workers)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		item Item
		out  chan<- result
	}
	jobs := make(chan job)
	pending := make(chan chan result, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- processItem(ctx, j.item, opt.Extractor)
			}
		}()
	}
	go func() { // dispatcher: hands out items in order, at most window ahead of the sink
		defer close(pending)
		defer close(jobs)
		for _, it := range items {
			ch := make(chan result, 1)
			select {
			case pending <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{it, ch}:
			case <-ctx.Done():
				return
			}
		}
	}()
	st, err := drain(ctx, pending, sink, len(items), opt.Progress)
	cancel()
	for range pending { // let the dispatcher finish
	}
	wg.Wait()
	return st, err
}

// drain hands results to the sink in order.
func drain(ctx context.Context, pending <-chan chan result, sink Sink, total int, progress func(int, int)) (Stats, error) {
	var st Stats
	seen := map[string]string{} // record id → path, to drop the same bytes twice
	for ch := range pending {
		var r result
		select {
		case r = <-ch:
		case <-ctx.Done():
			return st, ctx.Err()
		}
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if r.rec != nil {
			if first, dup := seen[r.rec.ID]; dup {
				r = result{fail: &Failure{ID: r.rec.ID, URL: r.rec.Source.URL, Stage: StageDuplicate,
					Reason: fmt.Sprintf("runner: record id %s already made from %s", r.rec.ID, first)}}
			} else {
				seen[r.rec.ID] = r.rec.Source.URL
			}
		}
		var err error
		if r.rec != nil {
			st.Records++
			err = sink.Record(r.rec)
		} else {
			st.Failures++
			err = sink.Failure(*r.fail)
		}
		if err != nil {
			return st, err
		}
		st.Documents++
		if progress != nil {
			progress(st.Documents, total)
		}
	}
	return st, ctx.Err()
}

// processItem reads one item and runs it through the pipeline. A panic in
// the pipeline (an extractor's bug meeting an unforeseen document) costs that
// document only: it becomes a Failure naming where it happened.
func processItem(ctx context.Context, it Item, extractor string) (res result) {
	defer func() {
		if v := recover(); v != nil {
			res = result{fail: &Failure{ID: it.ID, Path: it.Path, URL: it.URL, Stage: StagePanic,
				Reason: fmt.Sprintf("runner: %s: panic: %v", it.Path, v)}}
		}
	}()
	if err := ctx.Err(); err != nil {
		return result{fail: &Failure{ID: it.ID, Path: it.Path, URL: it.URL, Stage: StageRead, Reason: err.Error()}}
	}
	data, err := os.ReadFile(it.Path)
	if err != nil {
		return result{fail: &Failure{ID: it.ID, Path: it.Path, URL: it.URL, Stage: StageRead, Reason: "runner: " + err.Error()}} // *fs.PathError names the file
	}
	id := it.ID
	if id == "" {
		sum := sha256.Sum256(data)
		id = "sha256:" + hex.EncodeToString(sum[:8])
	}
	rec, err := pipeline.Process(ctx, pipeline.Input{Data: data, Name: it.Path, URL: it.URL, ID: id, Extractor: extractor, MunicipalityCode: it.MunicipalityCode}, &extract.Env{})
	if err != nil {
		return result{fail: failureOf(id, it, err)}
	}
	return result{rec: rec}
}

// failureOf describes a pipeline error as a Failure.
func failureOf(id string, it Item, err error) *Failure {
	f := &Failure{ID: id, Path: it.Path, URL: it.URL, Stage: "pipeline", Reason: err.Error()}
	var pe *pipeline.Error
	if errors.As(err, &pe) {
		f.Stage = pe.Stage
	}
	return f
}
