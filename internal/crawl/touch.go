package crawl

import (
	"context"
	"fmt"
)

// touchBatch is how many unchanged documents are committed together.
const touchBatch = 128

// previous returns the row of u as it was when the run started.
func (r *runner) previous(u string) (Doc, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	d, ok := r.prev[u]
	return d, ok
}

// loadPrevious reads every row once, so a run costs one query, not one per URL.
func (r *runner) loadPrevious(ctx context.Context) error {
	docs, err := r.cfg.State.Docs(ctx, "1")
	if err != nil {
		return err
	}
	r.prev = make(map[string]Doc, len(docs))
	for _, d := range docs {
		r.prev[d.URL] = d
	}
	return nil
}

// touch records that an unchanged document was checked. Touches are committed
// in batches: losing some to a crash costs only their "last checked" times.
func (r *runner) touch(ctx context.Context, d Doc) {
	r.mu.Lock()
	r.touched = append(r.touched, d)
	full := len(r.touched) >= touchBatch
	r.mu.Unlock()
	if full {
		r.flushTouches(ctx)
	}
}

func (r *runner) flushTouches(ctx context.Context) {
	r.mu.Lock()
	batch := r.touched
	r.touched = nil
	r.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	if err := r.cfg.State.Touch(ctx, batch); err != nil && ctx.Err() == nil {
		r.cfg.Log.Error("state not saved", "error", err.Error())
	}
}

// Touch updates the check-time fields (validators, HTTP status, last checked,
// last run) of unchanged documents in one transaction.
func (s *State) Touch(ctx context.Context, docs []Doc) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("crawl: state %s: touch: %w", s.path, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE docs SET etag = ?, last_modified = ?, http_status = ?,
		status = ?, error = ?, last_checked = ?, last_run = ? WHERE url = ?`)
	if err != nil {
		return fmt.Errorf("crawl: state %s: touch: %w", s.path, err)
	}
	defer stmt.Close()
	for _, d := range docs {
		if _, err := stmt.ExecContext(ctx, d.ETag, d.LastModified, d.HTTPStatus, d.Status, d.Error, d.LastChecked, d.LastRun, d.URL); err != nil {
			return fmt.Errorf("crawl: state %s: touch %s: %w", s.path, d.URL, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("crawl: state %s: touch: %w", s.path, err)
	}
	return nil
}
