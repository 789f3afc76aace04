package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"jplan/internal/plan"
)

func init() {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate plan/v1 records against the schema and its rules",
		Long: `Check every plan/v1 record in each FILE: JSONL (one record a line) or
pretty-printed JSON (one or more records); "-" reads standard input.

A record is checked for well-formed UTF-8 JSON without duplicate members, then
against the embedded schema ("jplan schema"), then against the rules a schema
cannot express: the check digit of publisher.municipality_code, ids unique and
increasing in document order (gaps allowed), mission_id / project_id / parent_id
pointing at existing ids without cycles, sdgs ascending and the record's sdgs
holding every goal a mission or project is tagged with, plan_period from <= to
and fiscal_year within it, goals_achieved <= goals_total. Within one FILE, no
two records may share an id (the same document extracted twice).

Each failure is printed on standard output as
  FILE:LINE: record ID: /json/pointer: rule
where LINE is the line of the offending value (the pointer is left out when
the fault is the record as a whole, such as invalid JSON). The summary "N records, M
invalid" goes to standard error. With --json, failures are JSON lines with the
members file, line, record, pointer and rule.`,
		Example: `  jplan check out/plans.jsonl
  jplan check testdata/truth/*.json
  jplan extract page.html | jplan check -
  jplan check --json out/plans.jsonl | jq -r .rule | sort | uniq -c`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return runCheck(c, args, asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print failures as JSON lines")
	register(c)
}

// checkFailure is one failure in --json output.
type checkFailure struct {
	File string `json:"file"`
	plan.Failure
}

func runCheck(c *cobra.Command, args []string, asJSON bool) error {
	inputs, err := openInputs(c.InOrStdin(), args)
	if err != nil {
		return fatal(err)
	}
	defer closeAll(inputs)
	out := bufio.NewWriter(c.OutOrStdout())
	records, invalid := 0, 0
	var empty []string
	for _, in := range inputs {
		n := 0
		err := plan.CheckAll(in.r, in.name, func(res plan.Result) error {
			n++
			if len(res.Failures) > 0 {
				invalid++
			}
			return printFailures(out, in.name, res.Failures, asJSON)
		})
		if err != nil {
			out.Flush()
			return fatal(fmt.Errorf("check: %w", err))
		}
		if n == 0 {
			empty = append(empty, in.name)
		}
		records += n
	}
	if err := out.Flush(); err != nil {
		return fatal(fmt.Errorf("check: writing: %w", err))
	}
	summary := fmt.Sprintf("%d %s, %d invalid", records, plural(records, "record", "records"), invalid)
	switch {
	case invalid > 0:
		return failures("check: %s", summary)
	case len(empty) > 0:
		return failures("check: %s; no records in %v", summary, empty)
	}
	fmt.Fprintln(c.ErrOrStderr(), summary)
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func printFailures(w io.Writer, name string, fs []plan.Failure, asJSON bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range fs {
		var err error
		if asJSON {
			err = enc.Encode(checkFailure{File: name, Failure: f})
		} else {
			_, err = fmt.Fprintf(w, "%s:%s\n", name, f)
		}
		if err != nil {
			return fmt.Errorf("writing: %w", err)
		}
	}
	return nil
}

// input is one file to check.
type input struct {
	name string
	r    io.Reader
	c    io.Closer
}

// openInputs opens every argument ("-" is stdin) before anything is checked, so
// an unreadable file stops the command before it prints a partial report.
func openInputs(stdin io.Reader, args []string) ([]input, error) {
	var ins []input
	for _, a := range args {
		if a == "-" {
			ins = append(ins, input{name: "<stdin>", r: stdin})
			continue
		}
		f, err := os.Open(a)
		if err == nil {
			var st os.FileInfo
			if st, err = f.Stat(); err == nil && st.IsDir() {
				err = fmt.Errorf("open %s: is a directory", a)
			}
			if err != nil {
				f.Close()
			}
		}
		if err != nil {
			closeAll(ins)
			return nil, fmt.Errorf("check: %w", err)
		}
		ins = append(ins, input{name: a, r: f, c: f})
	}
	return ins, nil
}

func closeAll(ins []input) {
	for _, in := range ins {
		if in.c != nil {
			in.c.Close()
		}
	}
}
