package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"jplan/internal/crawl"
	"jplan/internal/extract"
	"jplan/internal/ja/lgcode"
)

func init() {
	sources := &cobra.Command{
		Use:   "sources",
		Short: "Check the source registry, and draft entries for more municipalities",
		Long: `The source registry (corpus/sources.yaml, documented in corpus/README-sources.md)
lists where municipalities publish their goal documents. "sources list" checks
it and prints one line per source; "sources suggest" drafts entries for any
municipality from the CC0 municipality table's homepage URLs.`,
		Example: `  jplan sources list
  jplan sources suggest 332143 三鷹市 新潟市中央区 >> my-sources.yaml`,
	}
	sources.AddCommand(sourcesListCmd(), sourcesSuggestCmd())
	register(sources)
}

func sourcesListCmd() *cobra.Command {
	var file string
	c := &cobra.Command{
		Use:   "list [--sources FILE]",
		Short: "Check the registry and print its sources",
		Long: `List parses and checks the registry (ids, 全国地方公共団体コード check digits, URLs,
link-rule regular expressions, snapshot paths) and prints one line per source:
id, code, municipality, verified, snapshot present, extractor, start URL.
A missing snapshot file or an unknown extractor name is a failure (exit 1).`,
		Example: "  jplan sources list\n  jplan sources list --sources my-sources.yaml",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			reg, err := crawl.LoadSources(file)
			if err != nil {
				return fatal(err)
			}
			return listSources(c, reg)
		},
	}
	c.Flags().StringVar(&file, "sources", "corpus/sources.yaml", "source registry")
	return c
}

func listSources(c *cobra.Command, reg *crawl.Registry) error {
	w := tabwriter.NewWriter(c.OutOrStdout(), 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tCODE\tMUNICIPALITY\tVERIFIED\tSNAPSHOT\tEXTRACTOR\tSTART")
	var problems []string
	for _, s := range reg.Sources {
		snap := "-"
		if s.Snapshot != "" {
			snap = "yes"
			if _, err := os.Stat(filepath.Join(reg.Dir, s.Snapshot)); err != nil {
				snap = "MISSING"
				problems = append(problems, fmt.Sprintf("source %q: snapshot %s: %v", s.ID, s.Snapshot, err))
			}
		}
		if s.Extractor != "" {
			if _, ok := extract.Lookup(s.Extractor); !ok {
				problems = append(problems, fmt.Sprintf("source %q: unknown extractor %q (have %v)", s.ID, s.Extractor, extract.Names()))
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%v\t%s\t%s\t%s\n", s.ID, s.MunicipalityCode, s.Municipality, s.Verified, snap, orDash(s.Extractor), s.Start[0])
	}
	w.Flush()
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "jplan: sources:", p)
	}
	if len(problems) > 0 {
		return failures("sources: %d problems in %d sources", len(problems), len(reg.Sources))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func sourcesSuggestCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "suggest CODE|NAME...",
		Short: "Draft registry entries for municipalities from their homepages",
		Long: `Suggest drafts one registry entry per municipality, named by its
全国地方公共団体コード (332143) or its name (真庭市, 新潟市中央区, 東京都三鷹市): it
starts at the homepage from the CC0 municipality table, follows organisation
and policy pages up to three links deep and takes links named like goal
documents. The entries are printed as YAML list items for the sources: key,
marked verified: false. Nothing is fetched. An unknown or ambiguous name is an
error on stderr (exit 1); the others are still printed.`,
		Example: `  jplan sources suggest 332143
  jplan sources suggest 三鷹市 新潟市中央区 >> corpus/sources.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			var drafts []crawl.Source
			failed := 0
			for _, a := range args {
				d, err := draftFor(a)
				if err != nil {
					failed++
					fmt.Fprintln(os.Stderr, "jplan:", err)
					continue
				}
				drafts = append(drafts, d)
			}
			if len(drafts) > 0 {
				y, err := crawl.MarshalSources(drafts)
				if err != nil {
					return fatal(err)
				}
				c.OutOrStdout().Write(y)
			}
			if failed > 0 {
				return failures("sources suggest: %d of %d not drafted", failed, len(args))
			}
			return nil
		},
	}
}

// draftFor finds the body named by a code or a name and drafts its entry.
func draftFor(arg string) (crawl.Source, error) {
	b, ok := lgcode.ByCode(arg)
	if !ok {
		b, ok = lgcode.ByName(arg)
	}
	if !ok {
		if pref, name, cut := cutPrefecture(arg); cut {
			b, ok = lgcode.Lookup(pref, name)
		}
	}
	switch {
	case !ok:
		return crawl.Source{}, fmt.Errorf("sources suggest: %q: no such municipality (or the name is ambiguous: add the prefecture, e.g. 東京都府中市)", arg)
	case b.URL == "":
		return crawl.Source{}, fmt.Errorf("sources suggest: %s %s: the table has no homepage URL", b.Code, b.Name)
	case b.Abolished != "":
		return crawl.Source{}, errors.New("sources suggest: " + b.Name + " was abolished on " + b.Abolished)
	}
	return crawl.Draft(b.Code, b.Name, b.URL)
}

// cutPrefecture splits 東京都府中市 into 東京都 and 府中市.
func cutPrefecture(s string) (pref, rest string, ok bool) {
	for _, suffix := range []string{"都", "道", "府", "県"} {
		if i := strings.Index(s, suffix); i > 0 && i+len(suffix) < len(s) {
			return s[:i+len(suffix)], s[i+len(suffix):], true
		}
	}
	return "", "", false
}
