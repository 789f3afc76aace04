package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrawlCommand runs jplan crawl twice and jplan reextract against a local
// site: each prints exactly one summary line and exits 0, even though the
// document may fail extraction.
func TestCrawlCommand(t *testing.T) {
	var pages int
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/goals.html":
			pages++
			w.Header().Set("ETag", `"r5"`)
			if r.Header.Get("If-None-Match") == `"r5"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>総合政策部経営目標</title></head>`+
				`<body><h1>令和5年度 部局経営目標【総合政策部】</h1><h2>(1)部局の役割・使命</h2><p>真庭ライフスタイルの実現</p></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer s.Close()
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.yaml")
	yaml := "version: 1\nsources:\n  - id: test-maniwa\n    municipality_code: \"332143\"\n    start: [\"" + s.URL + "/goals.html\"]\n"
	if err := os.WriteFile(sources, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")

	code, stdout, stderr := jplan(t, "", "crawl", "--sources", sources, "--out", out, "--delay", "10ms")
	if code != exitOK || strings.Count(stdout, "\n") != 1 || !strings.HasPrefix(stdout, "run 1: fetched 1, not modified 0, new 1,") {
		t.Fatalf("first crawl: exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	code, stdout, stderr = jplan(t, "", "crawl", "--sources", sources, "--out", out, "--delay", "10ms", "--log-format", "json")
	var sum map[string]any
	if code != exitOK || json.Unmarshal([]byte(stdout), &sum) != nil || sum["not_modified"] != 1.0 || sum["fetched"] != 0.0 {
		t.Fatalf("second crawl: exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, `"msg":"document"`) {
		t.Errorf("--log-format json wrote no slog JSON on stderr: %s", stderr)
	}
	if pages != 2 {
		t.Errorf("server saw %d page requests, want 2", pages)
	}
	for _, f := range []string{"plans.jsonl", "state.db", "changes/run-000001.jsonl", "changes/run-000002.jsonl"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("output %s: %v", f, err)
		}
	}
	code, stdout, stderr = jplan(t, "", "reextract", "--sources", sources, "--out", out, "--all", "--log-format", "text")
	if code != exitOK || strings.Count(stdout, "\n") != 1 || !strings.HasPrefix(stdout, "run 3: fetched 0,") || pages != 2 {
		t.Fatalf("reextract: exit %d, %d page requests\nstdout %q\nstderr %s", code, pages, stdout, stderr)
	}
}

func TestCrawlCommandCannotProceed(t *testing.T) {
	code, _, stderr := jplan(t, "", "crawl", "--sources", filepath.Join(t.TempDir(), "none.yaml"), "--out", t.TempDir())
	if code != exitFatal || !strings.Contains(stderr, "none.yaml") {
		t.Errorf("missing registry: exit %d, stderr %s", code, stderr)
	}
	code, _, _ = jplan(t, "", "crawl", "--log-format", "xml")
	if code != exitUsage {
		t.Errorf("bad --log-format: exit %d, want %d", code, exitUsage)
	}
}

func TestSourcesCommands(t *testing.T) {
	code, stdout, stderr := jplan(t, "", "sources", "suggest", "332089", "新潟市中央区", "どこにもない市")
	if code != exitFailures || strings.Count(stdout, "- id: ") != 2 || !strings.Contains(stdout, "https://www.city.niigata.lg.jp/chuo/") ||
		!strings.Contains(stderr, "どこにもない市") {
		t.Errorf("suggest: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	code, stdout, stderr = jplan(t, "", "sources", "list", "--sources", "../../corpus/sources.yaml")
	if code == exitFatal || !strings.Contains(stdout, "maniwa-somu-r5") {
		t.Errorf("list of the bundled registry: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}
