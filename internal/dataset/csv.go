package dataset

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// utf8BOM starts a CSV file meant for Excel, which otherwise reads it as the
// system code page (Shift_JIS on a Japanese Windows) and garbles the text.
const utf8BOM = "\ufeff"

// csvTable streams one table to NAME.csv.
type csvTable struct {
	t    *Table
	file *atomicFile
	w    *csv.Writer
	rec  []string // reused row buffer
}

func createCSV(dir string, t *Table, excel bool) (*csvTable, error) {
	f, err := createAtomic(filepath.Join(dir, t.Name+".csv"))
	if err != nil {
		return nil, err
	}
	c := &csvTable{t: t, file: f, w: csv.NewWriter(f), rec: make([]string, len(t.Columns))}
	if excel {
		c.w.UseCRLF = true
		f.WriteString(utf8BOM)
	}
	if err := c.w.Write(t.ColumnNames()); err != nil {
		f.abort()
		return nil, fmt.Errorf("dataset: %s.csv: %w", t.Name, err)
	}
	return c, nil
}

func (c *csvTable) write(row []any) error {
	for i, v := range row {
		c.rec[i] = cellText(v)
	}
	return c.w.Write(c.rec)
}

func (c *csvTable) commit() error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		c.file.abort()
		return fmt.Errorf("dataset: %s.csv: %w", c.t.Name, err)
	}
	return c.file.commit()
}

// lineEnds makes every line break of a text cell "\n": encoding/csv writes a
// lone "\r" as is, or drops it with UseCRLF (the Excel form).
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// cellText is a cell as CSV text: NULL is empty, booleans are 1 and 0, line
// breaks are "\n" (written as CRLF in the Excel form).
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		if strings.IndexByte(v, '\r') >= 0 {
			return lineEnds.Replace(v)
		}
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		if v {
			return "1"
		}
		return "0"
	}
	panic(fmt.Sprintf("dataset: cell of type %T", v))
}
