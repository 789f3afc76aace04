package crawl

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"jplan/internal/fetch"
	"jplan/internal/store"
)

// visit fetches one URL, stores its bytes, extracts a document or follows an
// index page's links, and commits the outcome. It returns the links found.
func (r *runner) visit(ctx context.Context, t task) []task {
	prev, seen := r.previous(t.url)
	res, err := r.get(ctx, t, prev, seen)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped: leave the row as it was
		}
		r.failed(ctx, t, prev, seen, err)
		return nil
	}
	now := time.Now().UTC()
	d := r.nextRow(t, prev, seen, now)
	d.HTTPStatus = res.Status
	if e, lm := res.ETag(), res.LastModified(); e != "" || lm != "" || !res.NotModified {
		d.ETag, d.LastModified = e, lm
	}
	sha := res.SHA256
	if res.NotModified {
		sha = prev.SHA256
	}
	unchanged := seen && prev.SHA256 == sha && prev.Status != statusGone
	isNew := !seen || prev.SHA256 == "" || prev.Status == statusGone
	r.count(func(s *Summary) {
		if !res.NotModified {
			s.Fetched++
		}
		if unchanged {
			s.NotModified++
		}
	})
	d.SHA256 = sha
	if !unchanged {
		d.FetchedAt, d.LastChanged = stamp(res.FetchedAt), stamp(now)
	}
	if t.role == roleDocument && unchanged && !t.force && prev.Pipeline == r.cfg.Pipeline && prev.Record != nil && prev.Status == statusOK {
		r.touch(ctx, d) // the common nightly case: a 304, nothing to do
		r.report(t, "not_modified", nil)
		return nil
	}
	if res.NotModified { // the bytes are needed after all: from the store
		if err := r.load(res, prev.SHA256); err != nil {
			r.failed(ctx, t, prev, seen, err)
			return nil
		}
	}
	if t.role == roleIndex {
		return r.index(ctx, t, d, res.Body, res.Charset)
	}
	fd := Fetched{ID: t.docID, Source: t.src, URL: t.url, FinalURL: res.FinalURL, Body: res.Body, SHA256: sha,
		Header: res.Header, Format: res.Format, Charset: res.Charset}
	if ft, err := time.Parse(time.RFC3339Nano, d.FetchedAt); err == nil && !r.cfg.Offline {
		fd.FetchedAt = ft
	}
	if t.src.Format != "" && t.src.Format != fd.Format { // the registry's hint is for people; the bytes decide
		r.cfg.Log.Warn("format differs from the registry's hint", "url", t.url, "source", t.src.ID, "hint", t.src.Format, "sniffed", fd.Format)
	}
	r.document(ctx, t, prev, d, fd, isNew, unchanged)
	return nil
}

// load reads the stored bytes of a 304 response, with their sniffed format and charset.
func (r *runner) load(res *fetch.Response, digest string) error {
	body, err := r.cfg.Store.Get(digest)
	if err != nil {
		return err
	}
	m, _ := r.cfg.Store.Meta(digest)
	res.Body, res.Format, res.Charset = body, m.Format, m.Charset
	return nil
}

// nextRow starts this run's row for t from the previous one.
func (r *runner) nextRow(t task, prev Doc, seen bool, now time.Time) Doc {
	d := prev
	if !seen {
		d = Doc{URL: t.url, FirstSeen: stamp(now)}
	}
	d.SourceID, d.DocID, d.Role = t.src.ID, t.docID, t.role
	d.LastChecked, d.LastRun = stamp(now), r.run
	d.Status, d.Error = statusOK, ""
	return d
}

// get returns the response: fetched and stored, or read from the snapshot when
// offline. After a 304 the body is not loaded (see load).
func (r *runner) get(ctx context.Context, t task, prev Doc, seen bool) (*fetch.Response, error) {
	if r.cfg.Offline {
		return r.readSnapshot(t)
	}
	req := fetch.Request{URL: t.url}
	if seen && prev.SHA256 != "" && r.cfg.Store.Has(prev.SHA256) {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	res, err := r.cfg.Fetcher.Fetch(ctx, req)
	if err != nil || res.NotModified {
		return res, err
	}
	_, err = r.cfg.Store.Put(res.Body, store.Meta{URL: res.URL, FinalURL: res.FinalURL, FetchedAt: res.FetchedAt,
		Status: res.Status, Header: res.Header, Format: res.Format, Charset: res.Charset})
	return res, err
}

// readSnapshot reads a source's bundled snapshot as if fetched.
func (r *runner) readSnapshot(t task) (*fetch.Response, error) {
	path := filepath.Join(r.cfg.Registry.Dir, filepath.FromSlash(t.src.Snapshot))
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("crawl: source %q: snapshot: %w", t.src.ID, err)
	}
	format, cs := fetch.Sniff(body, "")
	res := &fetch.Response{URL: t.url, FinalURL: t.url, Status: 200, Body: body, SHA256: store.Sum(body),
		FetchedAt: time.Now().UTC(), Format: format, Charset: cs}
	_, err = r.cfg.Store.Put(body, store.Meta{URL: t.url, FetchedAt: res.FetchedAt, Format: format, Charset: cs})
	return res, err
}

// failed records a URL that could not be fetched; 404 and 410 make a known document gone.
func (r *runner) failed(ctx context.Context, t task, prev Doc, seen bool, cause error) {
	d := r.nextRow(t, prev, seen, time.Now().UTC())
	var fe *fetch.Error
	if errors.As(cause, &fe) {
		d.HTTPStatus = fe.Status
	}
	var ch *Change
	outcome := "failed"
	switch {
	case fetch.IsGone(cause) && t.role == roleDocument && seen && prev.Status == statusGone:
		d.Status, outcome = statusGone, "gone" // still gone: nothing new
	case fetch.IsGone(cause) && t.role == roleDocument && seen && prev.SHA256 != "":
		d.Status, outcome = statusGone, "gone"
		if prev.Record != nil {
			ch = &Change{Run: r.run, Change: ChangeGone, ID: d.DocID, URL: t.url}
		}
		r.count(func(s *Summary) { s.Gone++ })
	default: // a broken link (404 on first sight) is a failure, not a disappearance
		d.Status, d.Error = statusFailed, cause.Error()
		r.count(func(s *Summary) { s.Failed++ })
		if t.role == roleIndex {
			r.mu.Lock()
			r.startFailed[t.src.ID] = true
			r.mu.Unlock()
		}
	}
	if err := r.cfg.State.Save(ctx, d, ch); err != nil && ctx.Err() == nil {
		r.cfg.Log.Error("state not saved", "url", t.url, "error", err.Error())
	}
	r.report(t, outcome, cause)
}

// index follows an index page's links by the source's rules.
func (r *runner) index(ctx context.Context, t task, d Doc, body []byte, charset string) []task {
	if err := r.cfg.State.Save(ctx, d, nil); err != nil {
		r.failed(ctx, t, d, true, err)
		return nil
	}
	page, _ := url.Parse(t.url)
	var found []task
	for _, l := range ExtractLinks(page, decodeText(body, charset)) {
		switch t.src.Links.classify(page, l, t.hop) {
		case linkDocument:
			found = append(found, task{src: t.src, url: l.URL, hop: t.hop + 1, role: roleDocument, docID: discoveredID(t.src.ID, l.URL)})
		case linkIndex:
			found = append(found, task{src: t.src, url: l.URL, hop: t.hop + 1, role: roleIndex})
		}
	}
	r.report(t, "index", nil)
	return found
}

// document extracts a record when the bytes or the pipeline changed, and commits.
func (r *runner) document(ctx context.Context, t task, prev, d Doc, fd Fetched, isNew, unchanged bool) {
	var ch *Change
	switch {
	case isNew:
		ch = &Change{Run: r.run, Change: ChangeNew, ID: d.DocID, URL: t.url}
		r.count(func(s *Summary) { s.New++ })
	case !unchanged:
		ch = &Change{Run: r.run, Change: ChangeChanged, ID: d.DocID, URL: t.url}
		r.count(func(s *Summary) { s.Changed++ })
	}
	outcome := map[bool]string{true: "not_modified", false: "changed"}[unchanged]
	if isNew {
		outcome = "new"
	}
	var procErr error
	if t.force || !unchanged || prev.Pipeline != r.cfg.Pipeline || prev.Record == nil {
		rec, err := r.extract(ctx, fd)
		if err != nil {
			procErr = err
			d.Status, d.Error, d.Pipeline = statusFailed, err.Error(), ""
			r.count(func(s *Summary) { s.Failed++ })
		} else {
			if prev.Record != nil {
				fields := ChangedFields(prev.Record, rec)
				if ch != nil && !isNew {
					ch.Fields = fields
				} else if ch == nil && len(fields) > 0 {
					ch = &Change{Run: r.run, Change: ChangeReextracted, ID: d.DocID, URL: t.url, Fields: fields}
				}
			}
			d.Record, d.Pipeline = rec, r.cfg.Pipeline
			r.count(func(s *Summary) { s.Extracted++ })
		}
	}
	if err := r.cfg.State.Save(ctx, d, ch); err != nil {
		if ctx.Err() == nil {
			r.failed(ctx, t, prev, true, err)
		}
		return
	}
	r.report(t, outcome, procErr)
}

// extract runs the pipeline and stamps the record with its id and provenance.
// A panic in the pipeline (an extractor's bug meeting an unforeseen page)
// fails that document only, as any other extraction error does: one bad page
// must not end a crawl of every municipality.
func (r *runner) extract(ctx context.Context, fd Fetched) (js []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			js, err = nil, fmt.Errorf("crawl: extract %s: panic: %v", fd.ID, p)
		}
	}()
	rec, err := r.cfg.Process(ctx, fd)
	if err == nil && rec == nil {
		err = errors.New("no record")
	}
	if err != nil {
		return nil, fmt.Errorf("crawl: extract %s: %w", fd.ID, err)
	}
	stampRecord(rec, fd)
	js, err = json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("crawl: extract %s: encode record: %w", fd.ID, err)
	}
	return js, nil
}
