// Package dataset writes plan/v1 records as a research dataset: plans.jsonl
// (canonical, one record a line), one CSV file per tidy table (documents,
// missions, projects, indicators, sdgs — see Tables), the same tables in one
// SQLite file, and errors.jsonl listing the documents that made no record.
//
// Writers stream: each record is written as it arrives and nothing is kept,
// so memory does not grow with the corpus. Every file is built under a
// temporary name in the output directory and renamed into place only by
// Close, after an fsync: a run that fails or is interrupted leaves the
// previous outputs (or none), never half a file.
package dataset

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"jplan/internal/plan"
)

// Output file names.
const (
	PlansFile  = "plans.jsonl"
	ErrorsFile = "errors.jsonl"
	SQLiteFile = "plans.sqlite"
)

// Options tune Create.
type Options struct {
	// Excel writes the CSV files with a UTF-8 byte order mark and CRLF line
	// ends, so Excel opens the Japanese text correctly.
	Excel bool
	// NoSQLite skips plans.sqlite.
	NoSQLite bool
}

// Writer writes one dataset. Its methods are not safe for concurrent use.
type Writer struct {
	dir    string
	plans  *atomicFile
	errs   *atomicFile
	csvs   []*csvTable
	db     *sqliteDB
	counts map[string]int
	rows   rowBuf // reused for every row of every table
	closed bool
}

// Create starts a dataset in dir (created if missing), removing temporary
// files an interrupted run left there.
func Create(ctx context.Context, dir string, opt Options) (_ *Writer, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	if err := removeStaleTemps(dir); err != nil {
		return nil, err
	}
	w := &Writer{dir: dir, counts: map[string]int{}}
	defer func() {
		if err != nil {
			w.Abort()
		}
	}()
	if w.plans, err = createAtomic(filepath.Join(dir, PlansFile)); err != nil {
		return nil, err
	}
	if w.errs, err = createAtomic(filepath.Join(dir, ErrorsFile)); err != nil {
		return nil, err
	}
	for _, t := range Tables {
		c, err := createCSV(dir, t, opt.Excel)
		if err != nil {
			return nil, err
		}
		w.csvs = append(w.csvs, c)
	}
	if !opt.NoSQLite {
		if w.db, err = createSQLite(ctx, filepath.Join(dir, SQLiteFile)); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Dir is the output directory.
func (w *Writer) Dir() string { return w.dir }

// Add writes one record to every output.
func (w *Writer) Add(rec *plan.Record) error {
	if err := plan.Encode(w.plans, rec); err != nil {
		return fmt.Errorf("dataset: %s: record %s: %w", PlansFile, rec.ID, err)
	}
	w.rows.reset(rec)
	for _, c := range w.csvs {
		err := c.t.rows(rec, &w.rows, func(row []any) error {
			w.counts[c.t.Name]++
			if err := c.write(row); err != nil {
				return fmt.Errorf("dataset: %s.csv: record %s: %w", c.t.Name, rec.ID, err)
			}
			if w.db != nil {
				return w.db.write(c.t, row)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Fail lists one failed document in errors.jsonl; v is marshalled as JSON
// (runner.Failure: id, path, url, stage, reason).
func (w *Writer) Fail(v any) error {
	line, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("dataset: %s: %w", ErrorsFile, err)
	}
	w.counts["errors"]++
	w.errs.Write(line)
	return w.errs.WriteByte('\n')
}

// Rows returns how many rows each table (and "errors") received so far.
func (w *Writer) Rows() map[string]int { return w.counts }

// Close finishes every file and renames them into place. On error the
// files not yet renamed are removed.
func (w *Writer) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	var err error
	keep := func(e error) {
		if err == nil {
			err = e
		}
	}
	// The SQLite file first: it is the slowest to finish and the likeliest to fail.
	if w.db != nil {
		keep(w.db.commit())
	}
	for _, c := range w.csvs {
		if err != nil {
			c.file.abort()
			continue
		}
		keep(c.commit())
	}
	for _, f := range []*atomicFile{w.errs, w.plans} {
		if err != nil {
			f.abort()
			continue
		}
		keep(f.commit())
	}
	if err != nil {
		return err
	}
	return syncDir(w.dir)
}

// Abort removes every file not yet renamed into place; the outputs of an
// earlier run stay as they were.
func (w *Writer) Abort() {
	if w.closed {
		return
	}
	w.closed = true
	if w.db != nil {
		w.db.abort()
	}
	for _, c := range w.csvs {
		c.file.abort()
	}
	for _, f := range []*atomicFile{w.plans, w.errs} {
		if f != nil {
			f.abort()
		}
	}
}
