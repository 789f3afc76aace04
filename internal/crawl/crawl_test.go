package crawl

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestSimulatedSite crawls the simulated municipal site once and checks that
// every page ends in its documented outcome and nothing disallowed is fetched.
func TestSimulatedSite(t *testing.T) {
	s := newSite(t)
	otherHits := 0
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { otherHits++ }))
	defer other.Close()
	u, _ := url.Parse(other.URL)
	s.other = "http://localhost:" + u.Port() // another host name, not 127.0.0.1

	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Documented outcomes: five HTML pages in four encodings (with and without
	// declarations), a PDF, a page behind 429 + Retry-After, a page behind two 500s.
	want := map[string]string{
		"/goals/r5-somu.html":     "令和5年度 総合政策部 部局経営目標",
		"/goals/r5-kenko.html":    "令和5年度 健康福祉部 部局経営目標",
		"/goals/r5-kyoiku.html":   "令和5年度 教育部 部局経営目標",
		"/goals/r5-kensetsu.html": "令和5年度 建設部 部局経営目標",
		"/goals/r5-chuo.html":     "令和5年度 中央区 組織目標",
		"/goals/r5-plan.pdf":      "PDF",
		"/goals/busy.html":        "令和5年度 市民部 部局経営目標",
		"/goals/flaky.html":       "令和5年度 環境部 部局経営目標",
	}
	data := readDataset(t, e.dir)
	if len(data) != len(want) {
		t.Errorf("dataset has %d records, want %d", len(data), len(want))
	}
	for path, title := range want {
		id := discoveredID("testcity-goals", s.URL+path)
		rec, ok := data[id]
		if !ok {
			t.Errorf("%s: no record", path)
			continue
		}
		if rec.Title != title {
			t.Errorf("%s: title %q, want %q (charset sniffing)", path, rec.Title, title)
		}
		if rec.Source.URL != s.URL+path || len(rec.Source.SHA256) != 64 || rec.Source.FetchedAt == "" || rec.Publisher.MunicipalityCode != "332143" {
			t.Errorf("%s: provenance %+v %+v", path, rec.Source, rec.Publisher)
		}
		if body, err := e.store.Get(rec.Source.SHA256); err != nil || len(body) == 0 {
			t.Errorf("%s: source.sha256 not in the store: %v", path, err)
		}
	}
	if data[discoveredID("testcity-goals", s.URL+"/goals/r5-plan.pdf")].Source.Format != "pdf" {
		t.Error("the PDF (served as application/octet-stream) was not sniffed as pdf")
	}

	failures := map[string]string{
		"/goals/slow.html":        "deadline exceeded",
		"/goals/huge.html":        "larger than the maximum",
		"/goals/loop.html":        "too many redirects",
		"/goals/ftp.html":         "scheme",
		"/goals/down.html":        "status 503",
		"/private/r5-secret.html": "disallowed by robots.txt",
	}
	for path, msg := range failures {
		d, ok, err := e.state.Doc(context.Background(), s.URL+path)
		if err != nil || !ok {
			t.Errorf("%s: no state row (%v)", path, err)
			continue
		}
		if d.Status != statusFailed || !strings.Contains(d.Error, msg) {
			t.Errorf("%s: status %q error %q, want failed with %q", path, d.Status, d.Error, msg)
		}
	}
	if n := s.requests("/private/r5-secret.html"); n != 0 {
		t.Errorf("robots.txt-disallowed page requested %d times", n)
	}
	if otherHits != 0 || s.requests("/about.html") != 0 {
		t.Errorf("links outside the rules fetched: other host %d, about %d", otherHits, s.requests("/about.html"))
	}
	if n := s.requests("/goals/down.html"); n != 4 {
		t.Errorf("always-503 page requested %d times, want 1 + 3 retries", n)
	}
	if n := s.requests("/goals/flaky.html"); n != 3 {
		t.Errorf("flapping page requested %d times, want 3", n)
	}
	if gap := s.gap("/goals/busy.html"); gap < time.Second {
		t.Errorf("retry after 429 came %v after, want ≥ Retry-After 1s", gap)
	}
	wantSum := Summary{Run: 1, Fetched: 9, New: 8, Failed: 6, Extracted: 8}
	if sum.Fetched != wantSum.Fetched || sum.New != wantSum.New || sum.Failed != wantSum.Failed ||
		sum.Extracted != wantSum.Extracted || sum.NotModified != 0 || sum.Changed != 0 || sum.Gone != 0 {
		t.Errorf("summary %v, want %v", sum, wantSum)
	}
	changes := readChanges(t, e.dir)
	if len(changes) != 8 {
		t.Errorf("change log has %d lines, want 8 new", len(changes))
	}
	for _, c := range changes {
		if c.Change != ChangeNew {
			t.Errorf("change %+v, want new", c)
		}
	}
}

// gap is the time between the first two requests for path.
func (s *site) gap(path string) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var at []time.Time
	for _, h := range s.hits {
		if h.path == path {
			at = append(at, h.at)
		}
	}
	if len(at) < 2 {
		return 0
	}
	return at[1].Sub(at[0])
}
