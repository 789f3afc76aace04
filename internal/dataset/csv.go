package dataset

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// utf8BOM starts a CSV file meant for Excel, which otherwise reads it as the
// system code page (Shift_JIS on a Japanese Windows) and garbles the text.
const utf8BOM = "\ufeff"

// csvTable streams one table to NAME.csv.
//
// Rows are written straight into the file's buffer, in the format of
// encoding/csv (comma-separated, quoted only when needed, "\n" or CRLF line
// ends): going through csv.Writer meant a string per cell, a []string per
// row and a second buffer, for every row of every table. TestCSVMatchesEncodingCSV
// and FuzzCSVField hold the two formats together.
type csvTable struct {
	t     *Table
	file  *atomicFile
	crlf  bool   // Excel form: CRLF line ends
	digit []byte // scratch for numbers
}

func createCSV(dir string, t *Table, excel bool) (*csvTable, error) {
	f, err := createAtomic(filepath.Join(dir, t.Name+".csv"))
	if err != nil {
		return nil, err
	}
	c := &csvTable{t: t, file: f, crlf: excel, digit: make([]byte, 0, 32)}
	if excel {
		f.WriteString(utf8BOM)
	}
	for i, name := range t.ColumnNames() {
		if i > 0 {
			f.WriteByte(',')
		}
		c.writeField(name)
	}
	if err := c.endLine(); err != nil {
		f.abort()
		return nil, fmt.Errorf("dataset: %s.csv: %w", t.Name, err)
	}
	return c, nil
}

// write writes one row: NULL is empty, booleans are 1 and 0, line breaks in
// text are "\n" (written as CRLF in the Excel form).
func (c *csvTable) write(row []any) error {
	for i, v := range row {
		if i > 0 {
			c.file.WriteByte(',')
		}
		switch v := v.(type) {
		case nil:
		case string:
			if strings.IndexByte(v, '\r') >= 0 {
				v = lineEnds.Replace(v)
			}
			c.writeField(v)
		case int64:
			c.digit = strconv.AppendInt(c.digit[:0], v, 10)
			c.file.Write(c.digit) // digits and '-' never need quotes
		default:
			c.writeField(cellText(v))
		}
	}
	return c.endLine()
}

// endLine ends a row; the file's buffer keeps the first write error, so this
// reports any error of the row.
func (c *csvTable) endLine() error {
	if c.crlf {
		_, err := c.file.WriteString("\r\n")
		return err
	}
	return c.file.WriteByte('\n')
}

// writeField writes one field as encoding/csv's Writer does.
func (c *csvTable) writeField(field string) {
	w := c.file
	if !fieldNeedsQuotes(field) {
		w.WriteString(field)
		return
	}
	w.WriteByte('"')
	for len(field) > 0 {
		i := strings.IndexAny(field, "\"\r\n")
		if i < 0 {
			i = len(field)
		}
		w.WriteString(field[:i])
		field = field[i:]
		if len(field) > 0 {
			switch field[0] {
			case '"':
				w.WriteString(`""`)
			case '\r':
				if !c.crlf {
					w.WriteByte('\r')
				}
			case '\n':
				if c.crlf {
					w.WriteString("\r\n")
				} else {
					w.WriteByte('\n')
				}
			}
			field = field[1:]
		}
	}
	w.WriteByte('"')
}

// fieldNeedsQuotes is encoding/csv's rule for a comma-separated field: it
// holds a comma, a quote or a line break, starts with a space, or is `\.`.
// IndexByte is vectorized, and most cells are long Japanese text without any
// of those bytes, so four scans beat one loop over the bytes.
func fieldNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	if strings.IndexByte(field, ',') >= 0 || strings.IndexByte(field, '"') >= 0 ||
		strings.IndexByte(field, '\n') >= 0 || strings.IndexByte(field, '\r') >= 0 {
		return true
	}
	r1, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r1)
}

func (c *csvTable) commit() error {
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
