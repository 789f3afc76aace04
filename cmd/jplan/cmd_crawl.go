package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"
	"golang.org/x/time/rate"

	"jplan/internal/crawl"
	"jplan/internal/extract"
	"jplan/internal/fetch"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
	"jplan/internal/store"
)

// crawlFlags are the options shared by crawl and reextract.
type crawlFlags struct {
	sources, out, storeDir, stateFile, logFormat string
	only                                         []string
}

func (f *crawlFlags) bind(c *cobra.Command) {
	c.Flags().StringVar(&f.sources, "sources", "corpus/sources.yaml", "source registry (YAML, see corpus/README-sources.md)")
	c.Flags().StringVar(&f.out, "out", "out/crawl", "output directory: plans.jsonl, changes/, and by default raw/ and state.db")
	c.Flags().StringVar(&f.storeDir, "store", "", "raw store directory (default OUT/raw)")
	c.Flags().StringVar(&f.stateFile, "state", "", "crawl state database (default OUT/state.db)")
	c.Flags().StringSliceVar(&f.only, "only", nil, "run only these source ids (comma-separated)")
	c.Flags().StringVar(&f.logFormat, "log-format", "text", "per-document log on stderr: text (progress bar on a terminal) or json (slog)")
}

// open opens the registry, store and state the flags name.
func (f *crawlFlags) open() (*crawl.Registry, *store.Store, *crawl.State, error) {
	if f.logFormat != "text" && f.logFormat != "json" {
		return nil, nil, nil, &exitError{code: exitUsage, err: fmt.Errorf("--log-format %q: want text or json", f.logFormat)}
	}
	reg, err := crawl.LoadSources(f.sources)
	if err != nil {
		return nil, nil, nil, fatal(err)
	}
	if f.storeDir == "" {
		f.storeDir = filepath.Join(f.out, "raw")
	}
	if f.stateFile == "" {
		f.stateFile = filepath.Join(f.out, "state.db")
	}
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return nil, nil, nil, fatal(fmt.Errorf("crawl: output directory: %w", err))
	}
	st, err := store.Open(f.storeDir)
	if err != nil {
		return nil, nil, nil, fatal(err)
	}
	state, err := crawl.OpenState(f.stateFile)
	if err != nil {
		return nil, nil, nil, fatal(err)
	}
	return reg, st, state, nil
}

func init() {
	var (
		f       crawlFlags
		offline bool
		workers int
		delay   time.Duration
		perSec  float64
		ua      string
		timeout time.Duration
		maxMB   int64
		retries int
	)
	c := &cobra.Command{
		Use:   "crawl [--sources FILE] [--out DIR]",
		Short: "Fetch the registry's sources politely and incrementally, and update the dataset",
		Long: `Crawl walks every source of the registry: it fetches each start page, follows
the links its rules call goal documents, keeps the bytes in a content-addressed
raw store, extracts a plan/v1 record from every new or changed document and
writes OUT/plans.jsonl and a change log OUT/changes/run-NNNNNN.jsonl (new,
changed and gone documents, and which record fields changed).

It is polite: robots.txt is obeyed (Crawl-delay included), one request at a
time per host with --delay between them, a global --rate across hosts, and
retries with exponential backoff and jitter on 429, 5xx and network errors
(Retry-After honoured). It is incremental: stored ETag and Last-Modified make
every request conditional, so an unchanged document costs a 304 and is not
re-extracted unless the extractors' versions changed.

A run killed at any point leaves the store, state and outputs consistent; the
next run finishes the work. --offline reads each source's bundled snapshot
instead of fetching. One summary line is printed on stdout at the end; the
run exits 0 when it completed, even if some documents failed.`,
		Example: `  jplan crawl                                  # corpus/sources.yaml → out/crawl/
  jplan crawl --offline                        # the bundled snapshots, no network
  jplan crawl --only maniwa-somu-r5 --log-format json 2> crawl.log
  jplan crawl --sources my-sources.yaml --out /data/jplan --delay 2s`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			reg, st, state, err := f.open()
			if err != nil {
				return err
			}
			defer state.Close()
			fc := fetch.Config{UserAgent: ua, HostDelay: delay, Rate: rate.Limit(perSec), TotalTimeout: timeout,
				MaxBodyBytes: maxMB << 20, MaxRetries: retries}
			if retries == 0 {
				fc.MaxRetries = -1
			}
			fetcher, err := fetch.New(fc)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			ctx, stop := signal.NotifyContext(commandContext(c), os.Interrupt, syscall.SIGTERM)
			defer stop()
			rep := newReporter(os.Stderr, f.logFormat)
			sum, err := crawl.Run(ctx, crawl.Config{Registry: reg, Fetcher: fetcher, Store: st, State: state, Out: f.out,
				Process: processDocument, Pipeline: pipelineVersion(), Workers: workers, Offline: offline, Only: f.only,
				Progress: rep.event, Log: rep.log})
			rep.done()
			if err != nil {
				return fatal(err)
			}
			return printSummary(c.OutOrStdout(), f.logFormat, sum)
		},
	}
	f.bind(c)
	c.Flags().BoolVar(&offline, "offline", false, "read each source's snapshot (corpus files) instead of fetching")
	c.Flags().IntVar(&workers, "workers", 4, "documents in flight across hosts (each host still gets one request at a time)")
	c.Flags().DurationVar(&delay, "delay", time.Second, "minimum pause between two requests to one host (robots.txt Crawl-delay may raise it)")
	c.Flags().Float64Var(&perSec, "rate", 8, "requests per second across all hosts")
	c.Flags().StringVar(&ua, "user-agent", defaultUserAgent(), "User-Agent header; its first word is matched against robots.txt")
	c.Flags().DurationVar(&timeout, "timeout", 2*time.Minute, "longest time for one request, body included")
	c.Flags().Int64Var(&maxMB, "max-body-mb", 50, "largest document accepted, in MiB")
	c.Flags().IntVar(&retries, "retries", 3, "retries after 429, 5xx and network errors")
	register(c)
}

func commandContext(c *cobra.Command) context.Context {
	if ctx := c.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// defaultUserAgent names jplan, its version and where to read about the crawler.
func defaultUserAgent() string {
	v := "dev"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	return "jplan/" + v + " (+https://github.com/jplan/jplan/blob/main/corpus/README-sources.md)"
}

// processDocument is the extraction pipeline for crawled bytes.
func processDocument(ctx context.Context, doc crawl.Fetched) (*plan.Record, error) {
	in := pipeline.Input{Data: doc.Body, Name: doc.URL, URL: doc.URL, ID: doc.ID,
		DeclaredCharset: fetch.DeclaredCharset(doc.Header.Get("Content-Type")), FetchedAt: doc.FetchedAt}
	if doc.Source != nil {
		in.Extractor = doc.Source.Extractor
		in.MunicipalityCode = doc.Source.MunicipalityCode
	}
	return pipeline.Process(ctx, in, &extract.Env{})
}

// pipelineVersion names every registered extractor with its version: when any
// changes, unchanged documents are re-extracted.
func pipelineVersion() string {
	var parts []string
	for _, n := range extract.Names() {
		if s, ok := extract.Lookup(n); ok {
			parts = append(parts, n+"@"+s.Version)
		}
	}
	return strings.Join(parts, ",")
}

func printSummary(w io.Writer, format string, sum crawl.Summary) error {
	if format == "json" {
		js, _ := json.Marshal(map[string]any{"run": sum.Run, "fetched": sum.Fetched, "not_modified": sum.NotModified,
			"new": sum.New, "changed": sum.Changed, "gone": sum.Gone, "failed": sum.Failed, "extracted": sum.Extracted,
			"seconds": sum.Duration.Seconds(), "interrupted_runs": sum.Interrupted})
		_, err := fmt.Fprintln(w, string(js))
		return err
	}
	_, err := fmt.Fprintln(w, sum.String())
	return err
}

// reporter shows a run's progress: a bar on a terminal, a line per document
// otherwise, or slog JSON records with --log-format json.
type reporter struct {
	w   io.Writer
	tty bool
	log *slog.Logger
	mu  sync.Mutex
	bar bool // a bar is on screen
}

func newReporter(w *os.File, format string) *reporter {
	r := &reporter{w: w, log: slog.New(slog.DiscardHandler)}
	switch {
	case format == "json":
		r.log = slog.New(slog.NewJSONHandler(w, nil))
	case term.IsTerminal(int(w.Fd())):
		r.tty = true
	}
	return r
}

func (r *reporter) event(ev crawl.Event) {
	if r.log.Enabled(context.Background(), slog.LevelInfo) {
		return // the JSON log has it
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.tty {
		if ev.Err != nil {
			fmt.Fprintf(r.w, "%-12s %s: %v\n", ev.Outcome, ev.URL, ev.Err)
		} else {
			fmt.Fprintf(r.w, "%-12s %s\n", ev.Outcome, ev.URL)
		}
		return
	}
	const width = 30
	filled := 0
	if ev.Total > 0 {
		filled = width * ev.Done / ev.Total
	}
	line := fmt.Sprintf("[%s%s] %d/%d %s %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), ev.Done, ev.Total, ev.Outcome, ev.URL)
	if cols, _, err := term.GetSize(int(r.w.(*os.File).Fd())); err == nil && cols > 10 && len([]rune(line)) > cols-1 {
		line = string([]rune(line)[:cols-1])
	}
	fmt.Fprint(r.w, "\r\033[K"+line)
	r.bar = true
	if ev.Err != nil { // keep failures on screen above the bar
		fmt.Fprintf(r.w, "\r\033[K%s: %v\n", ev.URL, ev.Err)
	}
}

func (r *reporter) done() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar {
		fmt.Fprint(r.w, "\r\033[K")
	}
}
