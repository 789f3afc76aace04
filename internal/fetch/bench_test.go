package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"golang.org/x/time/rate"
)

// BenchmarkFetchNotModified is the cost of checking an unchanged document: one
// conditional GET answered 304 by a local server, politeness off.
func BenchmarkFetchNotModified(b *testing.B) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte("<html><title>経営目標</title></html>"))
	}))
	defer s.Close()
	f, err := New(Config{HostDelay: -1, Rate: rate.Inf, IgnoreRobots: true})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a.html", ETag: `"v1"`})
		if err != nil || !res.NotModified {
			b.Fatal(res, err)
		}
	}
}
