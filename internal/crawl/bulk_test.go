package crawl

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// bulkSite is a municipal site with many goal pages (one per department and
// year), for kill-and-resume tests and benchmarks. It honours conditional GETs
// and records request arrival times per host.
type bulkSite struct {
	*httptest.Server
	n     int
	delay time.Duration

	mu       sync.Mutex
	arrivals []time.Time
}

func newBulkSite(t testing.TB, n int, delay time.Duration) *bulkSite {
	b := &bulkSite{n: n, delay: delay}
	b.Server = httptest.NewServer(http.HandlerFunc(b.serve))
	t.Cleanup(b.Close)
	return b
}

var departments = []string{"総合政策部", "総務部", "市民生活部", "健康福祉部", "子ども家庭部", "産業観光部", "建設部", "上下水道部", "教育委員会", "消防本部"}

func (b *bulkSite) page(i int) string {
	year := 5 + i/len(departments)
	return fmt.Sprintf("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>令和%d年度 %s 部局経営目標</title></head>"+
		"<body><h1>令和%d年度 部局経営目標【%s】</h1><p>(1)部局の役割・使命 真庭ライフスタイルの実現に向けて、%d の施策を推進します。</p></body></html>",
		year, departments[i%len(departments)], year, departments[i%len(departments)], i)
}

func (b *bulkSite) serve(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	b.arrivals = append(b.arrivals, time.Now())
	b.mu.Unlock()
	time.Sleep(b.delay)
	var body string
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /cgi-bin/\n")
		return
	case r.URL.Path == "/goals/":
		var links strings.Builder
		for i := range b.n {
			fmt.Fprintf(&links, "<li><a href=\"/goals/%03d.html\">%s 経営目標</a></li>\n", i, departments[i%len(departments)])
		}
		body = "<!DOCTYPE html><html><head><title>部局経営目標</title></head><body><ul>" + links.String() + "</ul></body></html>"
	default:
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/goals/%03d.html", &i); err != nil || i >= b.n {
			http.NotFound(w, r)
			return
		}
		body = b.page(i)
	}
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprint(w, body)
}

// minGap is the shortest time between two request arrivals.
func (b *bulkSite) minGap() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	gap := time.Duration(1<<62 - 1)
	for i := 1; i < len(b.arrivals); i++ {
		gap = min(gap, b.arrivals[i].Sub(b.arrivals[i-1]))
	}
	return gap
}
