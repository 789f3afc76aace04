package dataset

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"jplan/internal/plan"
)

// TestBatchedInsertsMatchSingleRows writes the same records with one row per
// INSERT (the plain form) and with batched INSERTs, and asserts that both
// databases hold the same schema, indexes and rows in the same order — with
// full batches and a remainder in every table.
func TestBatchedInsertsMatchSingleRows(t *testing.T) {
	recs := truthRecords(t)
	var many []*plan.Record
	for i := range 3*len(recs) + 7 { // rows per table: a few batches and a remainder
		r := *recs[i%len(recs)]
		r.ID = "doc-" + strconv.Itoa(i)
		many = append(many, &r)
	}
	write := func(batch int) string {
		t.Helper()
		saved := insertBatchRows
		insertBatchRows = batch
		defer func() { insertBatchRows = saved }()
		dir := t.TempDir()
		writeAll(t, dir, many, Options{})
		return filepath.Join(dir, SQLiteFile)
	}
	single := dumpSQLite(t, write(1))
	for _, batch := range []int{2, 64, 1000} {
		if got := dumpSQLite(t, write(batch)); !reflect.DeepEqual(got, single) {
			t.Errorf("batches of %d rows: the database differs from one row per INSERT", batch)
		}
	}
	if n := len(single["missions"]); n <= 64 {
		t.Errorf("only %d missions rows: the test does not fill a batch", n)
	}
}

// TestBatchRowsBound checks that no batch needs more parameters than SQLite allows.
func TestBatchRowsBound(t *testing.T) {
	saved := insertBatchRows
	defer func() { insertBatchRows = saved }()
	insertBatchRows = 1 << 20
	for _, tb := range Tables {
		if n := batchRows(tb) * len(tb.Columns); n > maxVariables || n <= 0 {
			t.Errorf("%s: a batch has %d parameters", tb.Name, n)
		}
	}
}

// dumpSQLite reads every table (rows in rowid order, each cell with its
// SQLite type) and the schema of a dataset's database.
func dumpSQLite(t *testing.T, path string) map[string][]string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string][]string{}
	query := func(key, q string) {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		for rows.Next() {
			cells := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range cells {
				ptrs[i] = &cells[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			line := ""
			for _, c := range cells {
				line += fmt.Sprintf("%T:%v|", c, c)
			}
			out[key] = append(out[key], line)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	query("schema", "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
	for _, tb := range Tables {
		query(tb.Name, "SELECT rowid, * FROM "+tb.Name+" ORDER BY rowid")
		query(tb.Name+" types", "SELECT "+typeofAll(tb)+" FROM "+tb.Name+" ORDER BY rowid")
	}
	return out
}

func typeofAll(tb *Table) string {
	s := ""
	for i, c := range tb.ColumnNames() {
		if i > 0 {
			s += ","
		}
		s += "typeof(" + c + ")"
	}
	return s
}
