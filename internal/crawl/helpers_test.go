package crawl

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"jplan/internal/fetch"
	"jplan/internal/plan"
	"jplan/internal/store"
)

var titleRE = regexp.MustCompile(`(?is)<title>(.*?)</title>`)

// titleProcess is a small real pipeline: an HTML page's record carries its
// decoded <title>; a PDF's carries its size. It lets the tests run the whole loop.
func titleProcess(_ context.Context, doc Fetched) (*plan.Record, error) {
	rec := &plan.Record{Kind: plan.KindOther, Source: plan.Source{Extractor: "title", ExtractorVersion: "1"}}
	switch doc.Format {
	case "html":
		m := titleRE.FindStringSubmatch(decodeText(doc.Body, doc.Charset))
		if m == nil {
			return nil, errors.New("no <title>")
		}
		rec.Title = strings.TrimSpace(m[1])
	case "pdf":
		rec.Title = "PDF"
	default:
		rec.Title = strings.TrimSpace(strings.SplitN(string(doc.Body), "\n", 2)[0])
	}
	if strings.Contains(rec.Title, "組織目標") {
		rec.Kind = plan.KindOrganizationGoals
	} else if strings.Contains(rec.Title, "経営目標") {
		rec.Kind = plan.KindDepartmentGoals
	}
	return rec, nil
}

// siteRegistry is a registry with one source: the site's goal index.
func siteRegistry(t testing.TB, base string) *Registry {
	src := `version: 1
sources:
  - id: testcity-goals
    municipality_code: "332143"
    start: ["` + base + `/goals/"]
    links:
      text: ["経営目標|組織目標"]
      pdf: true
`
	reg, err := ParseSources([]byte(src), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// fastFetch is a polite policy scaled down for tests.
func fastFetch() fetch.Config {
	return fetch.Config{HostDelay: 20 * time.Millisecond, Rate: 1000, Burst: 10, TotalTimeout: 3 * time.Second,
		FirstByteTimeout: 2 * time.Second, MaxBodyBytes: 256 << 10, MaxRetries: 3, BackoffBase: 20 * time.Millisecond,
		BackoffMax: 100 * time.Millisecond, MaxRetryAfter: 3 * time.Second, UserAgent: "jplan/test (+https://example.jp/jplan)"}
}

// env is one output directory with its store and state.
type env struct {
	dir   string
	store *store.Store
	state *State
}

func newEnv(t testing.TB, dir string) *env {
	st, err := store.Open(filepath.Join(dir, "raw"))
	if err != nil {
		t.Fatal(err)
	}
	state, err := OpenState(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { state.Close() })
	return &env{dir: dir, store: st, state: state}
}

func (e *env) config(t testing.TB, reg *Registry, fc fetch.Config) Config {
	f, err := fetch.New(fc)
	if err != nil {
		t.Fatal(err)
	}
	return Config{Registry: reg, Fetcher: f, Store: e.store, State: e.state, Out: e.dir,
		Process: titleProcess, Pipeline: "title@1", Workers: 4}
}

// readDataset reads plans.jsonl, keyed by id.
func readDataset(t testing.TB, dir string) map[string]plan.Record {
	f, err := os.Open(filepath.Join(dir, DatasetFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]plan.Record{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r plan.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", DatasetFile, err)
		}
		if _, dup := out[r.ID]; dup {
			t.Errorf("%s: id %s twice", DatasetFile, r.ID)
		}
		out[r.ID] = r
	}
	return out
}

// readChanges reads every change log under dir.
func readChanges(t testing.TB, dir string) []Change {
	files, _ := filepath.Glob(filepath.Join(dir, "changes", "*.jsonl"))
	var out []Change
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if line == "" {
				continue
			}
			var c Change
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			out = append(out, c)
		}
	}
	return out
}

type planRecord = plan.Record

func walkFiles(dir string, f func(string)) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			f(p)
		}
		return err
	})
}

func mustURL(t testing.TB, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
