package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"testing"
)

// csvBytes writes rows with csvTable's writer, into memory.
func csvBytes(rows [][]any, crlf bool) []byte {
	var b bytes.Buffer
	c := &csvTable{file: &atomicFile{Writer: bufio.NewWriter(&b)}, crlf: crlf}
	for _, row := range rows {
		c.write(row)
	}
	c.file.Flush()
	return b.Bytes()
}

// encodingCSV writes rows the reference way: each cell as cellText, each
// row through encoding/csv.
func encodingCSV(rows [][]any, crlf bool) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = crlf
	for _, row := range rows {
		rec := make([]string, len(row))
		for i, v := range row {
			rec[i] = cellText(v)
		}
		w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

// TestCSVMatchesEncodingCSV checks that the direct CSV writer makes the bytes
// encoding/csv makes, for every row of the truth records, in both forms.
func TestCSVMatchesEncodingCSV(t *testing.T) {
	recs := truthRecords(t)
	for _, tb := range Tables {
		var rows [][]any
		var header []any
		for _, n := range tb.ColumnNames() {
			header = append(header, n)
		}
		rows = append(rows, header)
		for _, r := range recs {
			tb.Rows(r, func(row []any) error {
				rows = append(rows, append([]any(nil), row...))
				return nil
			})
		}
		rows = append(rows, []any{nil, "", `\.`, " lead", "\tlead", "\u3000全角空白", "a,b", `"q"`, "x\r\ny\rz\n",
			int64(-12), int64(0), 2.5, 1e21, true, false, "\ufeffBOM", "=1+2"})
		for _, crlf := range []bool{false, true} {
			if got, want := csvBytes(rows, crlf), encodingCSV(rows, crlf); !bytes.Equal(got, want) {
				t.Errorf("%s.csv (crlf %v) differs from encoding/csv:\n got %q\nwant %q", tb.Name, crlf, got, want)
			}
		}
	}
}

// FuzzCSVField checks the direct CSV writer against encoding/csv on
// arbitrary text cells, next to a number and a NULL.
func FuzzCSVField(f *testing.F) {
	f.Add("移住・定住の促進", false)
	f.Add("a,\"b\"\nc", true)
	f.Add(" lead\r\n", false)
	f.Add(`\.`, true)
	f.Add("\u00a0nbsp", false)
	f.Fuzz(func(t *testing.T, s string, crlf bool) {
		rows := [][]any{{s}, {s, int64(len(s)), nil, s}}
		if got, want := csvBytes(rows, crlf), encodingCSV(rows, crlf); !bytes.Equal(got, want) {
			t.Errorf("field %q (crlf %v):\n got %q\nwant %q", s, crlf, got, want)
		}
	})
}
