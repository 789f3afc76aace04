package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"jplan/internal/plan"
	"jplan/internal/validate"
)

// validateExtract extracts the input of a truth record when `jplan validate`
// is given no --pred. The truth record locates its input by id: a corpus
// record's input is the corpus/corpus.tsv row with that id (columns id, path
// relative to corpus/, url); a devset case's input is the input.* beside its
// golden.json. Nil until the extraction pipeline is wired in.
var validateExtract func(ctx context.Context, truth *plan.Record) (*plan.Record, error)

type validateFlags struct {
	truth []string
	pred  string
	json  bool
	html  string
	diffs bool
	minF1 string
}

func init() {
	var f validateFlags
	c := &cobra.Command{
		Use:   "validate --truth DIR [--pred FILE.jsonl]",
		Short: "Score extracted records against hand-made truth records, per field",
		Long: `Validate compares extracted plan/v1 records with truth records and reports
per-field quality: precision, recall and F1 (micro over the set, macro over
documents) for missions, projects, indicators and document SDGs; accuracy of
SDGs, indicator values, units, years and record fields over matched items;
description similarity; per document and per extractor; and the diffs to fix.

Records are paired by id; items are matched by content (missions and projects
by title, indicators by name), one-to-one, best pair first, under three modes:
strict (equal after white-space collapse), soft (NFKC, numbering and bullets,
punctuation and spaces removed) and fuzzy (character-bigram Dice ≥ 0.8 of the
soft forms; the headline mode).

--truth DIR loads every *.json under DIR (repeatable); in a directory that
holds golden.json (a devset case) only golden.json is read. Every truth record
is checked against plan/v1 on load. --pred reads JSONL ("-" for stdin).
Without --pred, jplan extracts each truth record's input itself.`,
		Example: `  jplan validate --truth testdata/truth --pred out/plans.jsonl
  jplan validate --truth testdata/truth --truth testdata/devset --pred out/plans.jsonl --diffs
  jplan validate --truth testdata/devset --pred p.jsonl --json > report.json
  jplan validate --truth testdata/devset --pred p.jsonl --html report.html
  jplan validate --truth testdata/truth --truth testdata/devset   # extract the corpus inputs itself
  jplan validate --truth testdata/truth --extractor generic       # score the generic extractor alone
  jplan validate --truth testdata/truth --pred p.jsonl --min-f1 missions=0.8,projects=0.7,indicators=0.6`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runValidate(c, f) },
	}
	c.Flags().StringSliceVar(&f.truth, "truth", nil, "directory of truth records (repeatable; required)")
	c.Flags().StringVar(&f.pred, "pred", "", `JSONL file of extracted records ("-" for stdin)`)
	c.Flags().BoolVar(&f.json, "json", false, "print the report as JSON (stable, sorted keys) instead of tables")
	c.Flags().StringVar(&f.html, "html", "", "also write the report as a self-contained HTML page to `FILE`")
	c.Flags().StringVar(&corpusDir, "corpus", corpusDir, "without --pred: the corpus directory whose corpus.tsv maps truth ids to inputs")
	c.Flags().StringVar(&validateExtractor, "extractor", "", "without --pred: extract every input with this extractor (e.g. generic) instead of selecting by confidence")
	c.Flags().BoolVar(&f.diffs, "diffs", false, "list each document's missing, extra and wrong items in the tables")
	c.Flags().StringVar(&f.minF1, "min-f1", "", "gates `NAME=VALUE,...`: fuzzy F1 of missions, projects, indicators, sdgs, or a field's accuracy; exit 1 below")
	_ = c.MarkFlagRequired("truth")
	register(c)
}

func runValidate(c *cobra.Command, f validateFlags) error {
	gates, err := validate.ParseGates(f.minF1)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	truth, err := validate.LoadTruth(f.truth...)
	if err != nil {
		return fatal(err)
	}
	opts := validate.Options{Extract: validateExtract}
	var preds []*plan.Record
	switch {
	case f.pred == "-":
		preds, err = validate.ReadPredictions(c.InOrStdin(), "stdin")
	case f.pred != "":
		preds, err = validate.LoadPredictions(f.pred)
	case validateExtract == nil:
		err = errors.New("validate: no --pred given and no extraction pipeline built in yet: run the extraction and pass its JSONL with --pred")
	}
	if err != nil {
		return fatal(err)
	}
	if f.pred != "" && preds == nil {
		preds = []*plan.Record{} // an empty file: every record missing, not "extract them"
	}
	rep, err := validate.Run(c.Context(), truth, preds, opts)
	if err != nil {
		return fatal(err)
	}
	if err := writeValidateReport(c, rep, f); err != nil {
		return fatal(err)
	}
	return checkValidateGates(rep, gates)
}

func writeValidateReport(c *cobra.Command, rep *validate.Report, f validateFlags) error {
	out := c.OutOrStdout()
	var err error
	if f.json {
		err = rep.WriteJSON(out)
	} else {
		err = rep.WriteText(out, validate.TextOptions{Diffs: f.diffs})
	}
	if err != nil || f.html == "" {
		return err
	}
	file, err := os.Create(f.html)
	if err != nil {
		return fmt.Errorf("validate: html report: %w", err)
	}
	if err := rep.WriteHTML(file); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

func checkValidateGates(rep *validate.Report, gates []validate.Gate) error {
	results, err := rep.CheckGates(gates)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	var short []string
	for _, g := range results {
		if !g.Passed {
			short = append(short, g.String())
		}
	}
	if len(short) > 0 {
		return failures("validate: below the quality gate: %s", strings.Join(short, ", "))
	}
	return nil
}
