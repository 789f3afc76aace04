package crawl

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver ("sqlite")
)

// State is the crawl state database: per URL the validators, last sha256,
// status, error and times, the current record; per run a row with its counts;
// per run the change log. Every document outcome is one transaction.
type State struct {
	db   *sql.DB
	path string
}

const schema = `
CREATE TABLE IF NOT EXISTS docs (
	url           TEXT PRIMARY KEY,
	source_id     TEXT NOT NULL,
	doc_id        TEXT NOT NULL,
	role          TEXT NOT NULL,              -- document | index
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	sha256        TEXT NOT NULL DEFAULT '',
	fetched_at    TEXT NOT NULL DEFAULT '',   -- when the bytes named by sha256 were fetched
	status        TEXT NOT NULL DEFAULT '',   -- ok | failed | gone
	http_status   INTEGER NOT NULL DEFAULT 0,
	error         TEXT NOT NULL DEFAULT '',
	pipeline      TEXT NOT NULL DEFAULT '',   -- extraction pipeline version of record
	record        TEXT,                       -- current plan/v1 record as JSON
	first_seen    TEXT NOT NULL,
	last_checked  TEXT NOT NULL DEFAULT '',
	last_changed  TEXT NOT NULL DEFAULT '',
	last_run      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS docs_source ON docs(source_id);
CREATE TABLE IF NOT EXISTS runs (
	id           INTEGER PRIMARY KEY,
	kind         TEXT NOT NULL,               -- crawl | offline | reextract
	started      TEXT NOT NULL,
	ended        TEXT NOT NULL DEFAULT '',
	status       TEXT NOT NULL,               -- running | done | interrupted
	fetched      INTEGER NOT NULL DEFAULT 0,
	not_modified INTEGER NOT NULL DEFAULT 0,
	new          INTEGER NOT NULL DEFAULT 0,
	changed      INTEGER NOT NULL DEFAULT 0,
	gone         INTEGER NOT NULL DEFAULT 0,
	failed       INTEGER NOT NULL DEFAULT 0,
	extracted    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS changes (
	run_id  INTEGER NOT NULL,
	url     TEXT NOT NULL,
	doc_id  TEXT NOT NULL,
	change  TEXT NOT NULL,                    -- new | changed | gone | reextracted
	fields  TEXT NOT NULL DEFAULT '',         -- JSON list of the record fields that changed
	PRIMARY KEY (run_id, url)
);`

// OpenState opens (creating if needed) the state database at path.
func OpenState(path string) (*State, error) {
	dsn := (&url.URL{Scheme: "file", Path: path, RawQuery: "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("crawl: open state %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serialises anyway
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("crawl: open state %s: %w", path, err)
	}
	return &State{db: db, path: path}, nil
}

// Close closes the database.
func (s *State) Close() error { return s.db.Close() }

// Doc is one URL's row.
type Doc struct {
	URL, SourceID, DocID, Role string
	ETag, LastModified, SHA256 string
	FetchedAt                  string
	Status                     string
	HTTPStatus                 int
	Error                      string
	Pipeline                   string
	Record                     []byte // nil when there is none
	FirstSeen, LastChecked     string
	LastChanged                string
	LastRun                    int64
}

const docColumns = `url, source_id, doc_id, role, etag, last_modified, sha256, fetched_at, status,
	http_status, error, pipeline, record, first_seen, last_checked, last_changed, last_run`

func scanDoc(row interface{ Scan(...any) error }) (Doc, error) {
	var d Doc
	var rec sql.NullString
	err := row.Scan(&d.URL, &d.SourceID, &d.DocID, &d.Role, &d.ETag, &d.LastModified, &d.SHA256, &d.FetchedAt,
		&d.Status, &d.HTTPStatus, &d.Error, &d.Pipeline, &rec, &d.FirstSeen, &d.LastChecked, &d.LastChanged, &d.LastRun)
	if rec.Valid {
		d.Record = []byte(rec.String)
	}
	return d, err
}

// Doc returns the row of u; ok is false when u was never seen.
func (s *State) Doc(ctx context.Context, u string) (d Doc, ok bool, err error) {
	d, err = scanDoc(s.db.QueryRowContext(ctx, `SELECT `+docColumns+` FROM docs WHERE url = ?`, u))
	if errors.Is(err, sql.ErrNoRows) {
		return Doc{}, false, nil
	}
	if err != nil {
		return Doc{}, false, fmt.Errorf("crawl: state %s: read %s: %w", s.path, u, err)
	}
	return d, true, nil
}

// Docs returns the rows that match where (an SQL condition on docs) ordered by doc_id.
func (s *State) Docs(ctx context.Context, where string, args ...any) ([]Doc, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+docColumns+` FROM docs WHERE `+where+` ORDER BY doc_id, url`, args...)
	if err != nil {
		return nil, fmt.Errorf("crawl: state %s: list: %w", s.path, err)
	}
	defer rows.Close()
	var out []Doc
	for rows.Next() {
		d, err := scanDoc(rows)
		if err != nil {
			return nil, fmt.Errorf("crawl: state %s: list: %w", s.path, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Change is one line of a run's change log.
type Change struct {
	Run    int64    `json:"run"`
	Change string   `json:"change"`
	ID     string   `json:"id"`
	URL    string   `json:"url"`
	Fields []string `json:"fields,omitempty"`
}

// Save writes d and, when ch is not nil, its change-log line in one transaction.
func (s *State) Save(ctx context.Context, d Doc, ch *Change) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("crawl: state %s: save %s: %w", s.path, d.URL, err)
	}
	defer tx.Rollback()
	var rec any
	if d.Record != nil {
		rec = string(d.Record)
	}
	_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO docs (`+docColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.URL, d.SourceID, d.DocID, d.Role, d.ETag, d.LastModified, d.SHA256, d.FetchedAt, d.Status,
		d.HTTPStatus, d.Error, d.Pipeline, rec, d.FirstSeen, d.LastChecked, d.LastChanged, d.LastRun)
	if err == nil && ch != nil {
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO changes (run_id, url, doc_id, change, fields) VALUES (?, ?, ?, ?, ?)`,
			ch.Run, ch.URL, ch.ID, ch.Change, fieldsJSON(ch.Fields))
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return fmt.Errorf("crawl: state %s: save %s: %w", s.path, d.URL, err)
	}
	return nil
}

// BeginRun marks runs left "running" by a killed process as interrupted and
// starts a new one, returning its id and the ids of the interrupted runs.
func (s *State) BeginRun(ctx context.Context, kind string, now time.Time) (id int64, interrupted []int64, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM runs WHERE status = 'running' ORDER BY id`)
	if err != nil {
		return 0, nil, fmt.Errorf("crawl: state %s: begin run: %w", s.path, err)
	}
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err == nil {
			interrupted = append(interrupted, n)
		}
	}
	rows.Close()
	if _, err := s.db.ExecContext(ctx, `UPDATE runs SET status = 'interrupted' WHERE status = 'running'`); err != nil {
		return 0, nil, fmt.Errorf("crawl: state %s: begin run: %w", s.path, err)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs (kind, started, status) VALUES (?, ?, 'running')`, kind, stamp(now))
	if err != nil {
		return 0, nil, fmt.Errorf("crawl: state %s: begin run: %w", s.path, err)
	}
	id, err = res.LastInsertId()
	return id, interrupted, err
}

// EndRun records a finished run's counts.
func (s *State) EndRun(ctx context.Context, id int64, sum Summary, now time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE runs SET ended = ?, status = 'done', fetched = ?, not_modified = ?,
		new = ?, changed = ?, gone = ?, failed = ?, extracted = ? WHERE id = ?`,
		stamp(now), sum.Fetched, sum.NotModified, sum.New, sum.Changed, sum.Gone, sum.Failed, sum.Extracted, id)
	if err != nil {
		return fmt.Errorf("crawl: state %s: end run %d: %w", s.path, id, err)
	}
	return nil
}

// Changes returns the change log of run id, ordered by document id.
func (s *State) Changes(ctx context.Context, id int64) ([]Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT change, doc_id, url, fields FROM changes WHERE run_id = ? ORDER BY doc_id, url`, id)
	if err != nil {
		return nil, fmt.Errorf("crawl: state %s: changes of run %d: %w", s.path, id, err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		c := Change{Run: id}
		var fields string
		if err := rows.Scan(&c.Change, &c.ID, &c.URL, &fields); err != nil {
			return nil, fmt.Errorf("crawl: state %s: changes of run %d: %w", s.path, id, err)
		}
		c.Fields = parseFields(fields)
		out = append(out, c)
	}
	return out, rows.Err()
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
