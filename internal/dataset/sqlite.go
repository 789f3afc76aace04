package dataset

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver ("sqlite")
)

// sqliteDB writes every table into one SQLite file, built under a temporary
// name in a single transaction and renamed into place by commit.
type sqliteDB struct {
	final, temp string
	db          *sql.DB
	tx          *sql.Tx
	insert      map[*Table]*tableInsert
}

// insertBatchRows is how many rows one INSERT statement carries. A row per
// Exec spends more in database/sql and the driver (argument conversion, the
// statement's step and reset) than in storing the row, so rows are buffered
// and inserted many at a time: same rows, same order, fewer round trips.
// A variable so that a test can compare it with one row per statement.
var insertBatchRows = 64

// maxVariables is SQLite's default bound on the ? parameters of one
// statement (SQLITE_MAX_VARIABLE_NUMBER); a batch never exceeds it.
const maxVariables = 32766

// tableInsert buffers one table's rows and inserts them a batch at a time.
type tableInsert struct {
	t       *Table
	rows    int       // rows a batch holds
	batch   *sql.Stmt // inserts one full batch
	pending []any     // cells of the buffered rows, row after row
}

// batchRows is the batch size for t: insertBatchRows, fewer when its columns
// would need more than maxVariables parameters.
func batchRows(t *Table) int {
	return max(1, min(insertBatchRows, maxVariables/len(t.Columns)))
}

func createSQLite(ctx context.Context, final string) (_ *sqliteDB, err error) {
	f, err := os.CreateTemp(filepath.Dir(final), tempPrefix+filepath.Base(final)+"-*")
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	f.Chmod(0o644)
	f.Close()
	s := &sqliteDB{final: final, temp: f.Name(), insert: map[*Table]*tableInsert{}}
	defer func() {
		if err != nil {
			s.abort()
			err = fmt.Errorf("dataset: %s: %w", filepath.Base(final), err)
		}
	}()
	// A file: URI with the path escaped, so that '?' or '#' in a directory
	// name is not taken for a query or a fragment.
	abs, err := filepath.Abs(s.temp)
	if err != nil {
		return nil, err
	}
	if s.db, err = sql.Open("sqlite", (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1) // one connection: the pragmas below hold for every statement
	// The file is private until the rename: no journal, no syncs until commit.
	for _, p := range []string{"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"} {
		if _, err = s.db.ExecContext(ctx, p); err != nil {
			return nil, err
		}
	}
	if s.tx, err = s.db.BeginTx(ctx, nil); err != nil {
		return nil, err
	}
	for _, t := range Tables {
		if _, err = s.tx.Exec(createTableSQL(t)); err != nil {
			return nil, err
		}
		ins := &tableInsert{t: t, rows: batchRows(t)}
		if ins.batch, err = s.tx.Prepare(insertSQL(t, ins.rows)); err != nil {
			return nil, err
		}
		ins.pending = make([]any, 0, ins.rows*len(t.Columns))
		s.insert[t] = ins
	}
	return s, nil
}

func createTableSQL(t *Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (\n", t.Name)
	for i, c := range t.Columns {
		sep := ","
		if i == len(t.Columns)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "  %s %s%s -- %s\n", c.Name, c.Type, sep, strings.ReplaceAll(c.Doc, "\n", " "))
	}
	b.WriteString(")")
	return b.String()
}

// insertSQL inserts n rows into t with one statement.
func insertSQL(t *Table, n int) string {
	marks := "(" + strings.TrimSuffix(strings.Repeat("?,", len(t.Columns)), ",") + ")"
	values := strings.TrimSuffix(strings.Repeat(marks+",", n), ",")
	return fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", t.Name, strings.Join(t.ColumnNames(), ","), values)
}

// indexSQL indexes every table on the columns researchers filter by.
func indexSQL() []string {
	var out []string
	for _, t := range Tables {
		for _, col := range []string{"document_id", "municipality_code", "fiscal_year"} {
			if t == documentsTable && col == "document_id" {
				out = append(out, "CREATE UNIQUE INDEX documents_document_id ON documents(document_id)")
				continue
			}
			out = append(out, fmt.Sprintf("CREATE INDEX %s_%s ON %s(%s)", t.Name, col, t.Name, col))
		}
	}
	return out
}

// write buffers one row of t (its cells are copied: row may be reused) and
// inserts the buffer once it holds a full batch.
func (s *sqliteDB) write(t *Table, row []any) error {
	ins := s.insert[t]
	ins.pending = append(ins.pending, row...)
	if len(ins.pending) < ins.rows*len(t.Columns) {
		return nil
	}
	_, err := ins.batch.Exec(ins.pending...)
	clear(ins.pending) // drop the references to the cells written
	ins.pending = ins.pending[:0]
	if err != nil {
		return fmt.Errorf("dataset: %s: table %s: %w", filepath.Base(s.final), t.Name, err)
	}
	return nil
}

// flush inserts the rows still buffered, with a statement made for their number.
func (s *sqliteDB) flush() error {
	for _, t := range Tables {
		ins := s.insert[t]
		if len(ins.pending) == 0 {
			continue
		}
		if _, err := s.tx.Exec(insertSQL(t, len(ins.pending)/len(t.Columns)), ins.pending...); err != nil {
			return fmt.Errorf("table %s: %w", t.Name, err)
		}
		ins.pending = nil
	}
	return nil
}

// commit indexes the tables, commits, and renames the file into place.
func (s *sqliteDB) commit() error {
	err := s.finish()
	if err == nil {
		err = syncFile(s.temp)
	}
	if err == nil {
		err = os.Rename(s.temp, s.final)
	}
	if err != nil {
		os.Remove(s.temp)
		return fmt.Errorf("dataset: writing %s: %w", s.final, err)
	}
	return nil
}

func (s *sqliteDB) finish() error {
	if err := s.flush(); err != nil {
		s.abort()
		return err
	}
	for _, q := range indexSQL() {
		if _, err := s.tx.Exec(q); err != nil {
			s.abort()
			return err
		}
	}
	for _, ins := range s.insert {
		ins.batch.Close()
	}
	if err := s.tx.Commit(); err != nil {
		s.db.Close()
		return err
	}
	return s.db.Close()
}

func (s *sqliteDB) abort() {
	if s.tx != nil {
		s.tx.Rollback()
	}
	if s.db != nil {
		s.db.Close()
	}
	os.Remove(s.temp)
}

func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
