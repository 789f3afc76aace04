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
	insert      map[*Table]*sql.Stmt
}

func createSQLite(ctx context.Context, final string) (_ *sqliteDB, err error) {
	f, err := os.CreateTemp(filepath.Dir(final), tempPrefix+filepath.Base(final)+"-*")
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	f.Chmod(0o644)
	f.Close()
	s := &sqliteDB{final: final, temp: f.Name(), insert: map[*Table]*sql.Stmt{}}
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
		if s.insert[t], err = s.tx.Prepare(insertSQL(t)); err != nil {
			return nil, err
		}
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

func insertSQL(t *Table) string {
	marks := strings.TrimSuffix(strings.Repeat("?,", len(t.Columns)), ",")
	return fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", t.Name, strings.Join(t.ColumnNames(), ","), marks)
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

func (s *sqliteDB) write(t *Table, row []any) error {
	if _, err := s.insert[t].Exec(row...); err != nil {
		return fmt.Errorf("dataset: %s: table %s: %w", filepath.Base(s.final), t.Name, err)
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
	for _, q := range indexSQL() {
		if _, err := s.tx.Exec(q); err != nil {
			s.abort()
			return err
		}
	}
	for _, st := range s.insert {
		st.Close()
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
