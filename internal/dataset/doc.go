package dataset

import (
	"fmt"
	"strings"
)

// ColumnsMarkdown documents every table and column as Markdown: a heading per
// table and a table of column, type and meaning. README.md carries it between
// the markers <!-- columns:begin --> and <!-- columns:end --> (kept in sync by
// this package's tests; rewrite it with go test ./internal/dataset -update).
func ColumnsMarkdown() string {
	var b strings.Builder
	for _, t := range Tables {
		fmt.Fprintf(&b, "#### %s.csv (SQLite table `%s`): %s\n\n", t.Name, t.Name, t.Doc)
		b.WriteString("| column | type | meaning |\n|---|---|---|\n")
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", c.Name, strings.ToLower(c.Type), c.Doc)
		}
		b.WriteString("\n")
	}
	return b.String()
}
