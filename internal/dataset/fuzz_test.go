package dataset

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"jplan/internal/plan"
)

// FuzzTextCells writes a record whose text fields hold arbitrary strings and
// reads every output back: the SQLite value must be the string written, and
// the CSV cell (as encoding/csv reads it) the same with every line break as
// "\n", in both the plain and the Excel form.
func FuzzTextCells(f *testing.F) {
	f.Add("移住・定住の促進", "1-①", false)
	f.Add("a,\"b\"\nc", "", true)
	f.Add("\ufeff先頭BOM", "=SUM(A1)", true)
	f.Add("line\r\nbreak\r", " lead", false)
	f.Fuzz(func(t *testing.T, title, code string, excel bool) {
		if !utf8.ValidString(title) || !utf8.ValidString(code) || strings.ContainsRune(title+code, 0) {
			t.Skip("plan/v1 text is valid UTF-8 without NUL")
		}
		r := &plan.Record{Schema: plan.SchemaID, ID: "fuzz",
			Projects: []plan.Project{{ID: "P1", Code: code, Title: title}}}
		dir := t.TempDir()
		w, err := Create(context.Background(), dir, Options{Excel: excel})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Add(r); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		data := mustRead(t, filepath.Join(dir, "projects.csv"))
		if excel {
			data = bytes.TrimPrefix(data, []byte(utf8BOM))
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("projects.csv: %d rows, %v", len(rows), err)
		}
		csvText := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n") }
		if got := rows[1][5]; got != csvText(title) {
			t.Errorf("title cell %q, wrote %q", got, title)
		}
		if got := rows[1][4]; got != csvText(code) {
			t.Errorf("code cell %q, wrote %q", got, code)
		}
		db, err := sql.Open("sqlite", filepath.Join(dir, SQLiteFile))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var got string
		if err := db.QueryRow("SELECT title FROM projects").Scan(&got); err != nil || got != title {
			t.Errorf("SQLite title %q, %v; wrote %q", got, err, title)
		}
	})
}
