package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/japanese"
)

// testConfig is the polite policy scaled down to test time.
func testConfig() Config {
	return Config{HostDelay: 10 * time.Millisecond, Rate: 1000, Burst: 10, TotalTimeout: time.Second,
		FirstByteTimeout: 300 * time.Millisecond, MaxBodyBytes: 1 << 16, MaxRetries: 2,
		BackoffBase: 10 * time.Millisecond, BackoffMax: 50 * time.Millisecond, MaxRetryAfter: 500 * time.Millisecond,
		UserAgent: "jplan/test (+https://example.jp/about)"}
}

func newFetcher(t *testing.T, cfg Config) *Fetcher {
	t.Helper()
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// server serves robots.txt (allow all unless robots is set) and h for the rest.
func server(t *testing.T, robots string, h http.HandlerFunc) *httptest.Server {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, robots)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestConditionalGet(t *testing.T) {
	var gotINM, gotIMS, gotUA string
	s := server(t, "", func(w http.ResponseWriter, r *http.Request) {
		gotINM, gotIMS, gotUA = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since"), r.Header.Get("User-Agent")
		if gotINM == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Thu, 22 Jun 2023 00:00:00 GMT")
		fmt.Fprint(w, "<html><title>経営目標</title></html>")
	})
	f := newFetcher(t, testConfig())
	first, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a.html"})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag() != `"v1"` || first.Format != "html" || first.Charset != "utf-8" || len(first.SHA256) != 64 {
		t.Fatalf("first fetch %+v", first)
	}
	if gotUA != "jplan/test (+https://example.jp/about)" || gotINM != "" {
		t.Errorf("first request UA %q If-None-Match %q", gotUA, gotINM)
	}
	second, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a.html", ETag: first.ETag(), LastModified: first.LastModified()})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || len(second.Body) != 0 || gotIMS != "Thu, 22 Jun 2023 00:00:00 GMT" {
		t.Errorf("conditional fetch NotModified=%v body %d If-Modified-Since %q", second.NotModified, len(second.Body), gotIMS)
	}
}

func TestFailuresNameTheirCause(t *testing.T) {
	var hits atomic.Int32
	s := server(t, "User-agent: jplan\nDisallow: /secret\n", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/slow-headers":
			time.Sleep(600 * time.Millisecond)
		case "/big":
			w.Header().Set("Content-Length", "100000")
			w.Write(make([]byte, 100000))
		case "/r10", "/r11":
			n := 0
			fmt.Sscanf(r.URL.Query().Get("n"), "%d", &n)
			limit := map[string]int{"/r10": 10, "/r11": 11}[r.URL.Path]
			if n < limit {
				http.Redirect(w, r, fmt.Sprintf("%s?n=%d", r.URL.Path, n+1), http.StatusFound)
				return
			}
			fmt.Fprint(w, "arrived")
		case "/javascript":
			http.Redirect(w, r, "javascript:alert(1)", http.StatusFound)
		case "/wait-long":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/gone":
			w.WriteHeader(http.StatusGone)
		case "/not-modified-unasked":
			w.WriteHeader(http.StatusNotModified)
		}
	})
	f := newFetcher(t, testConfig())
	cases := []struct {
		path   string
		want   error
		status int
	}{
		{"/slow-headers", nil, 0}, // first-byte timeout: a net/http error, checked by text below
		{"/big", ErrTooLarge, 200},
		{"/r11", ErrTooManyRedirects, 0},
		{"/javascript", ErrScheme, 0},
		{"/wait-long", ErrRetryAfterTooLong, 0},
		{"/gone", ErrStatus, 410},
		{"/not-modified-unasked", ErrStatus, 304},
		{"/secret/plan.html", ErrDisallowed, 0},
	}
	for _, c := range cases {
		_, err := f.Fetch(context.Background(), Request{URL: s.URL + c.path})
		var fe *Error
		if !errors.As(err, &fe) {
			t.Errorf("%s: err %v, want *Error", c.path, err)
			continue
		}
		if c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", c.path, err, c.want)
		}
		if c.want == nil && !strings.Contains(err.Error(), "timeout") {
			t.Errorf("%s: err %v, want a timeout", c.path, err)
		}
		if fe.Status != c.status || !strings.HasPrefix(err.Error(), "fetch: ") || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: status %d (want %d), message %q", c.path, fe.Status, c.status, err)
		}
	}
	if !IsGone(func() error { _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/gone"}); return err }()) {
		t.Error("410 is not IsGone")
	}
	if res, err := f.Fetch(context.Background(), Request{URL: s.URL + "/r10"}); err != nil || string(res.Body) != "arrived" {
		t.Errorf("10 redirects: %v", err)
	}
	if _, err := f.Fetch(context.Background(), Request{URL: "file:///etc/passwd"}); !errors.Is(err, ErrScheme) {
		t.Errorf("file URL: %v, want ErrScheme", err)
	}
}

func TestRobotsUnreachableFetchesNothing(t *testing.T) {
	var pages atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		pages.Add(1)
	}))
	defer s.Close()
	f := newFetcher(t, testConfig())
	_, err := f.Fetch(context.Background(), Request{URL: s.URL + "/goals.html"})
	if !errors.Is(err, ErrRobotsUnreachable) || pages.Load() != 0 {
		t.Errorf("err %v, pages fetched %d; want ErrRobotsUnreachable and none", err, pages.Load())
	}
}

func TestRedirectTargetsAreCheckedAgainstRobots(t *testing.T) {
	var secret atomic.Int32
	s := server(t, "User-agent: *\nDisallow: /private/\n", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/private/") {
			secret.Add(1)
			return
		}
		http.Redirect(w, r, "/private/plan.html", http.StatusFound)
	})
	f := newFetcher(t, testConfig())
	if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/public.html"}); !errors.Is(err, ErrDisallowed) || secret.Load() != 0 {
		t.Errorf("err %v, disallowed hits %d", err, secret.Load())
	}
}

func TestCharsetFromBytesNotHeader(t *testing.T) {
	text := "<html><head>%s<title>令和5年度 部局経営目標</title></head><body>総合政策部の使命</body></html>"
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(fmt.Sprintf(text, ""))
	euc, _ := japanese.EUCJP.NewEncoder().String(fmt.Sprintf(text, ""))
	eucDeclared, _ := japanese.EUCJP.NewEncoder().String(fmt.Sprintf(text, `<meta charset="EUC-JP">`))
	cases := []struct {
		body, header, want string
	}{
		{sjis, "text/html", "shift_jis"},
		{euc, "text/html", "euc-jp"},
		{eucDeclared, "text/html; charset=Shift_JIS", "euc-jp"}, // a lying header loses to the bytes
		{fmt.Sprintf(text, ""), "text/html; charset=Shift_JIS", "utf-8"},
	}
	for _, c := range cases {
		if _, cs := Sniff([]byte(c.body), c.header); cs != c.want {
			t.Errorf("charset %q, want %q for header %q", cs, c.want, c.header)
		}
	}
}
