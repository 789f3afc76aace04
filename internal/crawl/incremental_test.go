package crawl

import (
	"context"
	"slices"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"jplan/internal/plan"
)

// quietSite is the simulated site without its misbehaving pages, for tests of
// what happens between runs.
func quietSite(t *testing.T) *site {
	s := newSite(t)
	s.unlink(misbehaving...)
	s.unlink("/goals/busy.html", "/goals/flaky.html")
	return s
}

func TestSecondRunIsConditionalAndExtractsNothing(t *testing.T) {
	s := quietSite(t)
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	first, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if first.New != 6 || first.Extracted != 6 {
		t.Fatalf("first run %v, want 6 new and extracted", first)
	}
	before := readDataset(t, e.dir)
	s.resetHits()
	second, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if second.Fetched != 0 || second.NotModified != 7 || second.Extracted != 0 || second.New != 0 || second.Changed != 0 || second.Failed != 0 {
		t.Errorf("second run %v, want 7 not modified and nothing else", second)
	}
	if st := s.statuses(); st[304] != 7 || st[200] != 0 {
		t.Errorf("server answered %v on the second run, want 7×304 only", st)
	}
	after := readDataset(t, e.dir)
	for id, r := range before {
		if after[id].Source.FetchedAt != r.Source.FetchedAt || after[id].Title != r.Title {
			t.Errorf("%s changed on an unchanged run: %+v → %+v", id, r.Source, after[id].Source)
		}
	}
	if cs := readChanges(t, e.dir); len(cs) != 6 {
		t.Errorf("change logs have %d lines after an unchanged run, want the first run's 6", len(cs))
	}
}

func TestChangedGoneAndNewAreLogged(t *testing.T) {
	s := quietSite(t)
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	// The city rewrites one page's title, drops one link, and publishes a page
	// that now answers 404, then links a new one (busy.html, now fine).
	s.set("/goals/r5-somu.html", htmlPage("令和6年度 総合政策部 部局経営目標", "改訂", japanese.ShiftJIS, "Shift_JIS", true))
	s.unlink("/goals/r5-chuo.html")
	s.set("/goals/r5-kenko.html", page{}) // replaced below by a 404
	s.mu.Lock()
	delete(s.pages, "/goals/r5-kenko.html")
	delete(s.unlinked, "/goals/busy.html")
	s.counts["/goals/busy.html"] = 1 // no 429 this time
	s.mu.Unlock()

	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 1 || sum.Gone != 2 || sum.New != 1 || sum.Extracted != 2 || sum.Failed != 0 {
		t.Errorf("summary %v, want changed 1, gone 2, new 1, extracted 2", sum)
	}
	got := map[string]Change{}
	for _, c := range readChanges(t, e.dir) {
		if c.Run == sum.Run {
			got[c.URL] = c
		}
	}
	id := func(p string) string { return s.URL + p }
	if c := got[id("/goals/r5-somu.html")]; c.Change != ChangeChanged || !slices.Equal(c.Fields, []string{"title"}) {
		t.Errorf("rewritten page logged as %+v, want changed [title]", c)
	}
	if c := got[id("/goals/r5-chuo.html")]; c.Change != ChangeGone {
		t.Errorf("unlinked page logged as %+v, want gone", c)
	}
	if c := got[id("/goals/r5-kenko.html")]; c.Change != ChangeGone {
		t.Errorf("404 page logged as %+v, want gone", c)
	}
	if c := got[id("/goals/busy.html")]; c.Change != ChangeNew {
		t.Errorf("newly linked page logged as %+v, want new", c)
	}
	if len(got) != 4 {
		t.Errorf("run logged %d changes, want 4: %v", len(got), got)
	}
	data := readDataset(t, e.dir)
	if len(data) != 5 {
		t.Errorf("dataset has %d records, want 6 - 2 gone + 1 new = 5", len(data))
	}
	if r := data[discoveredID("testcity-goals", id("/goals/r5-somu.html"))]; r.Title != "令和6年度 総合政策部 部局経営目標" {
		t.Errorf("changed record title %q", r.Title)
	}
}

func TestNewPipelineReextractsWithoutDownloading(t *testing.T) {
	s := quietSite(t)
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	s.resetHits()
	cfg.Pipeline = "title@2"
	calls := 0
	base := cfg.Process
	cfg.Process = func(ctx context.Context, doc Fetched) (*plan.Record, error) {
		calls++
		return base(ctx, doc)
	}
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Extracted != 6 || calls != 6 || sum.NotModified != 7 {
		t.Errorf("summary %v with %d calls, want 6 re-extracted from 7 not-modified", sum, calls)
	}
	if st := s.statuses(); st[200] != 0 {
		t.Errorf("server sent %d full bodies; a pipeline change must not re-download", st[200])
	}
}

func TestReextractFromStoreOnly(t *testing.T) {
	s := quietSite(t)
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	s.Close() // no network from here on
	shout := func(ctx context.Context, doc Fetched) (*plan.Record, error) {
		r, err := titleProcess(ctx, doc)
		if err == nil {
			r.Title = "【改】" + r.Title
		}
		return r, err
	}
	sum, err := Reextract(context.Background(), ReextractConfig{Store: e.store, State: e.state, Out: e.dir,
		Process: shout, Pipeline: "title@1", All: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Extracted != 6 || sum.Failed != 0 {
		t.Errorf("reextract %v, want 6 extracted", sum)
	}
	for id, r := range readDataset(t, e.dir) {
		if len(r.Title) < 6 || r.Title[:len("【改】")] != "【改】" {
			t.Errorf("%s: title %q not from the new extraction", id, r.Title)
		}
	}
	n := 0
	for _, c := range readChanges(t, e.dir) {
		if c.Run == sum.Run {
			n++
			if c.Change != ChangeReextracted || !slices.Equal(c.Fields, []string{"title"}) {
				t.Errorf("reextract logged %+v, want reextracted [title]", c)
			}
		}
	}
	if n != 6 {
		t.Errorf("reextract logged %d changes, want 6", n)
	}
}
