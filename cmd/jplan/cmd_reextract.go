package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"jplan/internal/crawl"
)

func init() {
	var (
		f   crawlFlags
		all bool
	)
	c := &cobra.Command{
		Use:   "reextract [--out DIR] [--all]",
		Short: "Re-run extraction on the stored bytes of crawled documents, without fetching",
		Long: `Reextract reads every known document's bytes from the raw store (OUT/raw by
default) and runs the extraction pipeline on them again: only the documents
whose record was made by other extractor versions (or that have none), or all
of them with --all. Records whose fields change are listed in a change log
OUT/changes/run-NNNNNN.jsonl and OUT/plans.jsonl is rewritten. Nothing is
fetched. One summary line is printed on stdout; documents that fail are
counted and logged, and the command still exits 0.`,
		Example: `  jplan reextract                       # after an extractor's version was bumped
  jplan reextract --all --only maniwa-somu-r5
  jplan reextract --out /data/jplan --log-format json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			reg, st, state, err := f.open()
			if err != nil {
				return err
			}
			defer state.Close()
			ctx, stop := signal.NotifyContext(commandContext(c), os.Interrupt, syscall.SIGTERM)
			defer stop()
			rep := newReporter(os.Stderr, f.logFormat)
			sum, err := crawl.Reextract(ctx, crawl.ReextractConfig{Registry: reg, Store: st, State: state, Out: f.out,
				Process: processDocument, Pipeline: pipelineVersion(), All: all, Only: f.only})
			rep.done()
			if err != nil {
				return fatal(err)
			}
			return printSummary(c.OutOrStdout(), f.logFormat, sum)
		},
	}
	f.bind(c)
	c.Flags().BoolVar(&all, "all", false, "re-extract every document, not only those made by other extractor versions")
	register(c)
}
