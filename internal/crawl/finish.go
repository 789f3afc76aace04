package crawl

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"jplan/internal/plan"
	"jplan/internal/store"
)

// stampRecord sets what the caller owns on a record: its id, schema and the
// provenance of its bytes.
func stampRecord(rec *plan.Record, fd Fetched) {
	rec.Schema = plan.SchemaID
	rec.ID = fd.ID
	rec.Source.URL = fd.URL
	rec.Source.Format = fd.Format
	rec.Source.SHA256 = fd.SHA256
	rec.Source.FetchedAt = ""
	if !fd.FetchedAt.IsZero() {
		rec.Source.FetchedAt = fd.FetchedAt.UTC().Format(time.RFC3339)
	}
	if rec.Publisher.MunicipalityCode == "" && fd.Source != nil {
		rec.Publisher.MunicipalityCode = fd.Source.MunicipalityCode
	}
}

// markGone declares gone the documents of fully crawled sources that this run
// did not reach (no longer linked), and of sources no longer in the registry.
func (r *runner) markGone(ctx context.Context) error {
	if r.cfg.Offline {
		return nil
	}
	inRegistry := map[string]bool{}
	for _, s := range r.cfg.Registry.Sources {
		inRegistry[s.ID] = true
	}
	docs, err := r.cfg.State.Docs(ctx, `role = 'document' AND status != 'gone' AND last_run != ?`, r.run)
	if err != nil {
		return err
	}
	for _, d := range docs {
		known := inRegistry[d.SourceID]
		if known && (!r.cfg.selected(d.SourceID) || r.startFailed[d.SourceID]) {
			continue
		}
		d.Status, d.LastRun = statusGone, r.run
		var ch *Change
		if d.Record != nil {
			ch = &Change{Run: r.run, Change: ChangeGone, ID: d.DocID, URL: d.URL}
		}
		if err := r.cfg.State.Save(ctx, d, ch); err != nil {
			return err
		}
		r.count(func(s *Summary) { s.Gone++ })
	}
	return nil
}

// finish records the run, writes its change log and the dataset.
func (r *runner) finish(ctx context.Context, start time.Time) (Summary, error) {
	r.sum.Duration = time.Since(start)
	if err := r.flushChangeLog(ctx, r.run); err != nil {
		return r.sum, err
	}
	if r.datasetStale() {
		if err := ExportDataset(ctx, r.cfg.State, r.cfg.Out); err != nil {
			return r.sum, err
		}
	}
	if err := r.cfg.State.EndRun(ctx, r.run, r.sum, time.Now()); err != nil {
		return r.sum, err
	}
	return r.sum, nil
}

// datasetStale says whether plans.jsonl must be rewritten: a record changed,
// appeared or went; an earlier run was killed before it wrote the dataset; or
// the file is missing.
func (r *runner) datasetStale() bool {
	if r.sum.Extracted > 0 || r.sum.Gone > 0 || len(r.sum.Interrupted) > 0 {
		return true
	}
	_, err := os.Stat(filepath.Join(r.cfg.Out, DatasetFile))
	return err != nil
}

func (r *runner) flushChangeLog(ctx context.Context, id int64) error {
	changes, err := r.cfg.State.Changes(ctx, id)
	if err != nil {
		return err
	}
	return writeChangeLog(changeLogPath(r.cfg.Out, id), changes)
}

// DatasetFile is the dataset's file name under the output directory.
const DatasetFile = "plans.jsonl"

// ExportDataset writes every current record (not gone) to out/plans.jsonl,
// one per line ordered by id, atomically.
func ExportDataset(ctx context.Context, st *State, out string) error {
	docs, err := st.Docs(ctx, `role = 'document' AND status != 'gone' AND record IS NOT NULL`)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	for _, d := range docs {
		buf.Write(bytes.TrimSpace(d.Record))
		buf.WriteByte('\n')
	}
	if err := store.WriteFileAtomic(filepath.Join(out, DatasetFile), buf.Bytes()); err != nil {
		return fmt.Errorf("crawl: write dataset: %w", err)
	}
	return nil
}
