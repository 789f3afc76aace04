package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	_ "jplan/extractors/all" // every extractor registers itself
	"jplan/internal/crawl"
	"jplan/internal/dataset"
	"jplan/internal/extract"
	_ "jplan/internal/pdf" // the PDF layout (isolated child process)
	"jplan/internal/plan"
	"jplan/internal/runner"
	"jplan/internal/store"
	"jplan/internal/validate"
)

// reportFile is the validator's HTML report, written beside the dataset.
const reportFile = "report.html"

// defaultTruth are the truth directories `jplan run` scores against when they exist.
var defaultTruth = []string{"testdata/truth", "testdata/devset"}

type runFlags struct {
	corpus, out, sources, extractor string
	truth                           []string
	workers                         int
	excel, offline, noReport, quiet bool
}

func init() {
	var f runFlags
	c := &cobra.Command{
		Use:   "run [--corpus DIR | --sources FILE | FILE|DIR...] [--out DIR]",
		Short: "Turn the corpus (or local files) into the research dataset in out/",
		Long: `Run is the main job. With no arguments it processes the bundled corpus offline
(the documents listed in corpus/corpus.tsv, with their ids and public URLs) and
writes into --out (default out/):

  plans.jsonl     one plan/v1 record per document, canonical JSON, corpus order
  documents.csv   one row per document        } every row carries document_id,
  missions.csv    one row per mission          } municipality_code and fiscal_year;
  projects.csv    one row per project          } UTF-8 (--excel: with a BOM and
  indicators.csv  one row per indicator        } CRLF, for Excel)
  sdgs.csv        document/mission/project → SDG goal, long form
  plans.sqlite    the same five tables, indexed on municipality_code and fiscal_year
  errors.jsonl    every document that made no record: id, path, url, stage, reason
  report.html     the validator's report against the truth records

and prints the validator's score table (records whose id has a truth record in
--truth, by default testdata/truth and testdata/devset) and one summary line.

With FILE or DIR arguments it processes those local files instead (every file
under a directory, hidden ones skipped); their ids are sha256: + the first 16
hex digits of the bytes. With --sources it first crawls the registry (see
jplan crawl; --offline reads its snapshots) into OUT/crawl and builds the
dataset from the crawled records.

Documents are processed by --workers at once and written in input order as
they finish; memory does not grow with the corpus. Every output is written to a
temporary file and renamed at the end: an interrupted run (Ctrl-C) leaves the
previous outputs untouched and exits 3. A document that fails (a broken PDF,
an empty file, an image) is listed in errors.jsonl; the others are still
written and the exit status is 1.`,
		Example: `  jplan run                                   # the bundled corpus → out/ (what make run does)
  jplan run --out /tmp/ds --excel             # CSVs that Excel opens with the Japanese intact
  jplan run ~/downloads/plans/                # every file under a directory
  jplan run a.pdf b.html --truth my-truth/    # local files, scored against your truth records
  jplan run --sources corpus/sources.yaml --offline`,
		RunE: func(c *cobra.Command, args []string) error { return runRun(c, f, args) },
	}
	fl := c.Flags()
	fl.StringVar(&f.corpus, "corpus", "corpus", "corpus directory whose corpus.tsv lists the documents (when no FILE is given)")
	fl.StringVar(&f.out, "out", "out", "output directory")
	fl.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "documents processed at once")
	fl.BoolVar(&f.excel, "excel", false, "write the CSVs as UTF-8 with a BOM and CRLF line ends, for Excel")
	fl.StringSliceVar(&f.truth, "truth", nil, "truth record directories to score against (default testdata/truth and testdata/devset when present)")
	fl.BoolVar(&f.noReport, "no-report", false, "skip the validator's report")
	fl.StringVar(&f.sources, "sources", "", "crawl this source registry (YAML) first and build the dataset from what it fetched")
	fl.BoolVar(&f.offline, "offline", false, "with --sources: read each source's bundled snapshot instead of fetching")
	fl.StringVar(&f.extractor, "extractor", "", "use this extractor for every document instead of selecting by confidence")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress on stderr")
	register(c)
}

func runRun(c *cobra.Command, f runFlags, args []string) error {
	if f.sources != "" && len(args) > 0 {
		return &exitError{code: exitUsage, err: errors.New("run: --sources and FILE arguments exclude each other")}
	}
	if _, ok := extract.Lookup(f.extractor); f.extractor != "" && !ok {
		return &exitError{code: exitUsage, err: fmt.Errorf("run: --extractor %q: no such extractor (have %v)", f.extractor, extract.Names())}
	}
	ctx, stop := signal.NotifyContext(commandContext(c), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C kills at once
	tuneGC()
	truth, err := loadRunTruth(f)
	if err != nil && len(f.truth) > 0 {
		return fatal(err)
	}
	if err != nil { // the default truth directories: score nothing rather than stop the job
		fmt.Fprintf(c.ErrOrStderr(), "jplan: run: no score: %v\n", err)
		truth = nil
	}
	w, err := dataset.Create(ctx, f.out, dataset.Options{Excel: f.excel})
	if err != nil {
		return fatal(err)
	}
	sink := newRunSink(w, truth)
	start := time.Now()
	var st runner.Stats
	if f.sources != "" {
		st, err = runSources(ctx, f, sink)
	} else {
		st, err = runItems(ctx, f, args, sink)
	}
	if err != nil {
		w.Abort()
		if ctx.Err() != nil {
			return fatal(fmt.Errorf("run: interrupted after %d documents; the dataset in %s was not changed", st.Documents, f.out))
		}
		return fatal(err)
	}
	if err := w.Close(); err != nil {
		return fatal(err)
	}
	elapsed := time.Since(start)
	if err := writeRunReport(ctx, c.OutOrStdout(), f, truth, sink); err != nil {
		return fatal(err)
	}
	fmt.Fprintf(c.ErrOrStderr(), "run: %d documents → %d records, %d failed, in %.1fs (%.1f docs/s); wrote %s\n",
		st.Documents, st.Records, st.Failures, elapsed.Seconds(), float64(st.Documents)/elapsed.Seconds(), f.out)
	if st.Failures > 0 {
		return failures("run: %d of %d documents failed: see %s", st.Failures, st.Documents,
			filepath.Join(f.out, dataset.ErrorsFile))
	}
	return nil
}

// Garbage collector settings for a run, unless GOGC / GOMEMLIMIT say
// otherwise. Extraction allocates a few hundred kilobytes per document that
// are garbage a moment later; collecting at 5× the live heap instead of 2×
// cuts the CPU per document by a quarter. The soft limit keeps the heap, the
// tokenizer's dictionary (≈ 30 MB) included, well inside the 200 MB budget
// whatever happens: 100 MiB gives ≈ 130 MB peak RSS on text, where 150 MiB
// gave ≈ 175 MB for no CPU measurably saved (2,400 documents, /usr/bin/time).
const (
	runGCPercent   = 400
	runMemoryLimit = 100 << 20
)

func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(runGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(runMemoryLimit)
	}
}

// runItems processes the corpus manifest or the FILE/DIR arguments.
func runItems(ctx context.Context, f runFlags, args []string, sink *runSink) (runner.Stats, error) {
	var items []runner.Item
	var err error
	if len(args) > 0 {
		items, err = runner.FromPaths(args)
	} else {
		items, err = runner.FromCorpus(f.corpus)
	}
	if err != nil {
		return runner.Stats{}, err
	}
	opt := runner.Options{Workers: f.workers, Extractor: f.extractor}
	if !f.quiet && term.IsTerminal(int(os.Stderr.Fd())) {
		opt.Progress = func(done, total int) {
			fmt.Fprintf(os.Stderr, "\rrun: %d/%d documents", done, total)
			if done == total {
				fmt.Fprint(os.Stderr, "\r\033[K")
			}
		}
	}
	return runner.Run(ctx, items, sink, opt)
}

// runSources crawls the registry into OUT/crawl and feeds its documents'
// records and failures to the sink.
func runSources(ctx context.Context, f runFlags, sink *runSink) (runner.Stats, error) {
	var st runner.Stats
	reg, err := crawl.LoadSources(f.sources)
	if err != nil {
		return st, err
	}
	dir := filepath.Join(f.out, "crawl")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("run: %w", err)
	}
	raw, err := store.Open(filepath.Join(dir, "raw"))
	if err != nil {
		return st, err
	}
	state, err := crawl.OpenState(filepath.Join(dir, "state.db"))
	if err != nil {
		return st, err
	}
	defer state.Close()
	if _, err := crawl.Run(ctx, crawl.Config{Registry: reg, Store: raw, State: state, Out: dir, Process: processDocument,
		Pipeline: pipelineVersion(), Offline: f.offline}); err != nil {
		return st, err
	}
	docs, err := state.Docs(ctx, "status IN ('ok', 'failed')")
	if err != nil {
		return st, err
	}
	seen := map[string]bool{}
	for _, d := range docs {
		switch {
		case seen[d.DocID]:
			continue // one URL's record under an id already written (the dataset keys on it)
		case d.Status == "failed":
			st.Failures++
			err = sink.Failure(runner.Failure{ID: d.DocID, URL: d.URL, Stage: "crawl", Reason: d.Error})
		case d.Record != nil:
			var rec *plan.Record
			if rec, err = plan.Decode(bytes.NewReader(d.Record)); err == nil {
				seen[rec.ID] = true
				st.Records++
				err = sink.Record(rec)
			}
		default:
			continue // a listing page: no record of its own
		}
		if err != nil {
			return st, err
		}
		st.Documents++
	}
	return st, nil
}

// runSink writes every outcome to the dataset and keeps the records the
// validator will score: only those with a truth record, so memory stays flat.
type runSink struct {
	w      *dataset.Writer
	truth  map[string]bool // truth id → processed
	scored []*plan.Record
}

func newRunSink(w *dataset.Writer, truth []validate.Truth) *runSink {
	s := &runSink{w: w, truth: map[string]bool{}}
	for _, t := range truth {
		s.truth[t.Record.ID] = false
	}
	return s
}

func (s *runSink) Record(rec *plan.Record) error {
	if _, ok := s.truth[rec.ID]; ok {
		s.truth[rec.ID] = true
		s.scored = append(s.scored, rec)
	}
	return s.w.Add(rec)
}

func (s *runSink) Failure(f runner.Failure) error {
	if _, ok := s.truth[f.ID]; ok {
		s.truth[f.ID] = true // scored as missing
	}
	return s.w.Fail(f)
}

// loadRunTruth loads --truth, or the default truth directories that exist.
func loadRunTruth(f runFlags) ([]validate.Truth, error) {
	if f.noReport {
		return nil, nil
	}
	dirs := f.truth
	if len(dirs) == 0 {
		for _, d := range defaultTruth {
			if info, err := os.Stat(d); err == nil && info.IsDir() {
				dirs = append(dirs, d)
			}
		}
	}
	if len(dirs) == 0 {
		return nil, nil
	}
	return validate.LoadTruth(dirs...)
}

// writeRunReport scores the records of this run that have a truth record,
// prints the table on out and writes the HTML page beside the dataset.
func writeRunReport(ctx context.Context, out io.Writer, f runFlags, truth []validate.Truth, s *runSink) error {
	var processed []validate.Truth
	for _, t := range truth {
		if s.truth[t.Record.ID] {
			processed = append(processed, t)
		}
	}
	page := filepath.Join(f.out, reportFile)
	if f.noReport || len(processed) == 0 {
		// A report of an earlier run would describe other records.
		if err := os.Remove(page); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("run: %w", err)
		}
		if !f.noReport {
			fmt.Fprintln(out, "run: no truth record matches these documents; no score (see --truth)")
		}
		return nil
	}
	rep, err := validate.Run(ctx, processed, s.scored, validate.Options{})
	if err != nil {
		return err
	}
	if err := rep.WriteText(out, validate.TextOptions{}); err != nil {
		return err
	}
	return dataset.WriteFile(page, rep.WriteHTML)
}
