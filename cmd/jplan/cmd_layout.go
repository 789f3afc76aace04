package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"jplan/internal/layout"
)

func init() {
	var asJSON bool
	var url, charset string
	c := &cobra.Command{
		Use:   "layout FILE",
		Short: "Print a document's blocks as an extractor sees them",
		Long: `Print the blocks of one document (HTML, PDF or text; the format is sniffed
from the bytes, never from the file name): headings with their level, paragraphs,
list items with marker and depth, tables row by row, links, image alt text and
metadata (更新日, 記事番号), each with its position in the source. FILE "-" reads
standard input.

The text output has one line per block: kind, level or marker, position
(L<line> @<byte offset>, or p<page> (x,y) for PDF), text ("⏎" marks a line
break); a table prints its rows under it, cells separated by "|" and a cell
repeated by a row or column span shown as "〃". --json prints the Document as
the extractors receive it.`,
		Example: `  jplan layout corpus/seeds/000_0cc3bb853a8a753b.html
  jplan layout --json corpus/seeds/004_100f42f673f1fccc.txt | jq '.blocks[] | select(.kind=="table")'
  curl -s https://www.city.maniwa.lg.jp/soshiki/3/1099.html | jplan layout --charset shift_jis -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readLayoutInput(cmd.InOrStdin(), args[0])
			if err != nil {
				return fatal(err)
			}
			doc, err := layout.Parse(cmd.Context(), data, layout.Options{Name: args[0], URL: url, DeclaredCharset: charset})
			if err != nil {
				return failures("%w", err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				err = enc.Encode(doc)
			} else {
				err = layout.Fprint(out, doc)
			}
			if err != nil {
				return fatal(fmt.Errorf("layout: write output: %w", err))
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the Document as JSON")
	c.Flags().StringVar(&url, "url", "", "source URL of the document (recorded in the output)")
	c.Flags().StringVar(&charset, "charset", "", "charset declared by the server (as in Content-Type), checked against the bytes")
	register(c)
}

// readLayoutInput reads a named file, or standard input for "-".
func readLayoutInput(stdin io.Reader, name string) ([]byte, error) {
	if name == "-" {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return data, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	return data, nil
}
