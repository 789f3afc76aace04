package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	_ "jplan/extractors/all" // every extractor registers itself
	"jplan/internal/extract"
	_ "jplan/internal/pdf" // the PDF layout (isolated child process)
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

func init() {
	var url, extractor, id string
	c := &cobra.Command{
		Use:   "extract [--url URL] [--extractor NAME] FILE...",
		Short: "Extract one plan/v1 record per input file (JSONL on stdout)",
		Long: `Extract reads each FILE (HTML, PDF or text: the format and charset are sniffed
from the bytes), lays it out as blocks, picks the extractor that is most
confident (or the one named by --extractor) and prints one plan/v1 record per
input as a JSON line on stdout. The selection's confidence, and a tie between
extractors, are reported in the record's warnings.

--url records the page's public URL in source.url and lets the URL's domain
identify the municipality. Without it, source.url is "file:" + the path given.
A file that cannot be read or parsed is an error on stderr naming it; the other
files are still extracted, and the exit status is 1.

Extractors: ` + fmt.Sprint(extract.Names()),
		Example: `  jplan extract page.html
  jplan extract --url https://www.city.maniwa.lg.jp/soshiki/40/104559.html page.html
  jplan extract --extractor generic *.pdf > plans.jsonl
  jplan extract form.pdf | jplan check -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, files []string) error {
			if (url != "" || id != "") && len(files) > 1 {
				return &exitError{code: exitUsage, err: fmt.Errorf("--url and --id apply to one file; got %d files", len(files))}
			}
			return runExtract(c.Context(), files, url, id, extractor)
		},
	}
	c.Flags().StringVar(&url, "url", "", "public URL of the (single) input: recorded in source.url, identifies the municipality")
	c.Flags().StringVar(&extractor, "extractor", "", "use this extractor instead of selecting by confidence")
	c.Flags().StringVar(&id, "id", "", "record id (default: sha256: + the first 16 hex digits of the bytes)")
	register(c)
}

func runExtract(ctx context.Context, files []string, url, id, extractor string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	failed := 0
	for _, f := range files {
		rec, err := extractFile(ctx, f, url, id, extractor)
		if err != nil {
			failed++
			fmt.Fprintln(os.Stderr, "jplan:", err)
			continue
		}
		if err := plan.Encode(out, rec); err != nil {
			return fatal(fmt.Errorf("extract: writing stdout: %w", err))
		}
	}
	if failed > 0 {
		return failures("extract: %d of %d files failed", failed, len(files))
	}
	return nil
}

func extractFile(ctx context.Context, path, url, id, extractor string) (*plan.Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if url == "" {
		url = "file:" + path
	}
	return pipeline.Process(ctx, pipeline.Input{Data: data, Name: path, URL: url, ID: id, Extractor: extractor}, &extract.Env{})
}
