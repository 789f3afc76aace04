package crawl

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// site is a simulated municipal web site: an index of goal pages in several
// encodings and PDFs, and every misbehaviour a real municipal server shows.
// It records every request it receives.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	pages    map[string]page // path → page
	hits     []hit
	counts   map[string]int
	robots   string
	delay    time.Duration // added before every response (kill-and-resume tests)
	trickle  time.Duration // per byte of /goals/slow.html
	oversize int           // bytes of /goals/huge.html
	other    string        // base URL of another host the index links to
	unlinked map[string]bool
}

type page struct {
	body        []byte
	contentType string
}

type hit struct {
	path   string
	at     time.Time
	status int
}

// utf8Page, sjisPage, eucPage build HTML goal pages; declare adds a <meta charset>.
func htmlPage(title, body string, enc encoding.Encoding, label string, declare bool) page {
	meta := ""
	if declare {
		meta = `<meta http-equiv="Content-Type" content="text/html; charset=` + label + `">`
	}
	src := "<!DOCTYPE html><html><head>" + meta + "<title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body + "</p></body></html>"
	b := []byte(src)
	if enc != nil {
		var err error
		if b, err = enc.NewEncoder().Bytes(b); err != nil {
			panic(err)
		}
	}
	return page{body: b, contentType: "text/html"} // the header never names the charset
}

// goalTitles are the documents the site's index links to, by path.
var goalTitles = map[string]string{
	"/goals/r5-somu.html":     "令和5年度 総合政策部 部局経営目標",
	"/goals/r5-kenko.html":    "令和5年度 健康福祉部 部局経営目標",
	"/goals/r5-kyoiku.html":   "令和5年度 教育部 部局経営目標",
	"/goals/r5-kensetsu.html": "令和5年度 建設部 部局経営目標",
	"/goals/r5-chuo.html":     "令和5年度 中央区 組織目標",
}

func newSite(t testing.TB) *site {
	pdf, err := os.ReadFile("testdata/goals.pdf")
	if err != nil {
		t.Fatal(err)
	}
	s := &site{pages: map[string]page{}, counts: map[string]int{}, unlinked: map[string]bool{}, trickle: time.Second, oversize: 1 << 20,
		robots: "User-agent: *\nDisallow: /private/\n", other: "http://localhost:1"}
	body := "市民の暮らしを支える施策を着実に推進します。"
	s.pages["/goals/r5-somu.html"] = htmlPage(goalTitles["/goals/r5-somu.html"], body, japanese.ShiftJIS, "Shift_JIS", true)
	s.pages["/goals/r5-kenko.html"] = htmlPage(goalTitles["/goals/r5-kenko.html"], body, japanese.ShiftJIS, "", false)
	s.pages["/goals/r5-kyoiku.html"] = htmlPage(goalTitles["/goals/r5-kyoiku.html"], body, japanese.EUCJP, "EUC-JP", true)
	s.pages["/goals/r5-kensetsu.html"] = htmlPage(goalTitles["/goals/r5-kensetsu.html"], body, japanese.EUCJP, "", false)
	s.pages["/goals/r5-chuo.html"] = htmlPage(goalTitles["/goals/r5-chuo.html"], body, nil, "", false)
	s.pages["/goals/r5-plan.pdf"] = page{body: pdf, contentType: "application/octet-stream"}
	s.pages["/about.html"] = htmlPage("市役所について", body, nil, "", false)
	s.pages["/private/r5-secret.html"] = htmlPage("内部資料 経営目標", body, nil, "", false)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// index is the goal index page; other is a URL on another host.
func (s *site) index(other string) page {
	links := []string{
		`<a href="/goals/r5-somu.html">総合政策部 経営目標</a>`,
		`<a href="/goals/r5-kenko.html">健康福祉部 経営目標</a>`,
		`<a href="r5-kyoiku.html">教育部 経営目標</a>`,
		`<a href="./r5-kensetsu.html#top">建設部 経営目標</a>`,
		`<a href="/goals/r5-chuo.html"><img src="x.png" alt="中央区 組織目標"></a>`,
		`<a href="/goals/r5-plan.pdf">総合計画 (PDF 2KB)</a>`,
		`<a href="/goals/busy.html">市民部 経営目標</a>`,
		`<a href="/goals/flaky.html">環境部 経営目標</a>`,
		`<a href="/goals/slow.html">産業部 経営目標</a>`,
		`<a href="/goals/huge.html">消防本部 経営目標</a>`,
		`<a href="/goals/loop.html">議会事務局 経営目標</a>`,
		`<a href="/goals/ftp.html">会計課 経営目標</a>`,
		`<a href="/goals/down.html">水道局 経営目標</a>`,
		`<a href="/private/r5-secret.html">内部 経営目標</a>`,
		`<a href="` + other + `/goals/r5-other.html">他市 経営目標</a>`,
		`<a href="/about.html">市役所について</a>`,
		`<a href="mailto:kikaku@example.jp">お問い合わせ</a>`,
	}
	s.mu.Lock()
	kept := links[:0]
	for _, l := range links {
		href := strings.Split(l, `"`)[1]
		if !s.unlinked[href] {
			kept = append(kept, l)
		}
	}
	s.mu.Unlock()
	return htmlPage("部局経営目標 一覧", strings.Join(kept, "\n"), nil, "", false)
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.counts[r.URL.Path]++
	n := s.counts[r.URL.Path]
	delay := s.delay
	s.mu.Unlock()
	time.Sleep(delay)
	rec := &statusRecorder{ResponseWriter: w, status: 200}
	s.route(rec, r, n)
	s.mu.Lock()
	s.hits = append(s.hits, hit{path: r.URL.Path, at: time.Now(), status: rec.status})
	s.mu.Unlock()
}

func (s *site) route(w http.ResponseWriter, r *http.Request, n int) {
	switch r.URL.Path {
	case "/robots.txt":
		fmt.Fprint(w, s.robots)
	case "/goals/":
		s.static(w, r, s.index(s.other))
	case "/goals/busy.html": // 429 with Retry-After the first time
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		s.static(w, r, htmlPage("令和5年度 市民部 部局経営目標", "窓口", nil, "", false))
	case "/goals/flaky.html": // 500 twice, then fine
		if n <= 2 {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		s.static(w, r, htmlPage("令和5年度 環境部 部局経営目標", "脱炭素", nil, "", false))
	case "/goals/down.html":
		http.Error(w, "service unavailable", http.StatusServiceUnavailable)
	case "/goals/slow.html": // one byte a second
		w.Header().Set("Content-Type", "text/html")
		for _, c := range []byte("<html><title>遅い</title></html>") {
			if _, err := w.Write([]byte{c}); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(s.trickle):
			case <-r.Context().Done():
				return
			}
		}
	case "/goals/huge.html":
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("経営目標"), s.oversize/12+1))
	case "/goals/loop.html":
		http.Redirect(w, r, "/goals/loop2.html", http.StatusFound)
	case "/goals/loop2.html":
		http.Redirect(w, r, "/goals/loop.html", http.StatusFound)
	case "/goals/ftp.html":
		http.Redirect(w, r, "ftp://example.jp/goals.html", http.StatusMovedPermanently)
	default:
		s.mu.Lock()
		p, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		s.static(w, r, p)
	}
}

// static serves p with an ETag and Last-Modified, answering 304 to a matching
// conditional request.
func (s *site) static(w http.ResponseWriter, r *http.Request, p page) {
	sum := sha256.Sum256(p.body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", "Wed, 21 Jun 2023 00:00:00 GMT")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", p.contentType)
	w.Write(p.body)
}

// unlink removes the index's links with these hrefs.
func (s *site) unlink(hrefs ...string) {
	s.mu.Lock()
	for _, h := range hrefs {
		s.unlinked[h] = true
	}
	s.mu.Unlock()
}

// misbehaving are the index's links that end in a failure.
var misbehaving = []string{"/goals/slow.html", "/goals/huge.html", "/goals/loop.html", "/goals/ftp.html",
	"/goals/down.html", "/private/r5-secret.html"}

func (s *site) set(path string, p page) {
	s.mu.Lock()
	s.pages[path] = p
	s.mu.Unlock()
}

func (s *site) requests(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[path]
}

func (s *site) statuses() map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[int]int{}
	for _, h := range s.hits {
		out[h.status]++
	}
	return out
}

func (s *site) resetHits() {
	s.mu.Lock()
	s.hits = nil
	s.mu.Unlock()
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Flush() { r.ResponseWriter.(http.Flusher).Flush() }
