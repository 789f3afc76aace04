package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// spanServer records when each request it serves starts and ends.
type spanServer struct {
	*httptest.Server
	mu    sync.Mutex
	spans [][2]time.Time
}

func newSpanServer(t *testing.T, hold time.Duration) *spanServer {
	s := &spanServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		time.Sleep(hold)
		w.Write([]byte("<html><title>組織目標</title></html>"))
		s.mu.Lock()
		s.spans = append(s.spans, [2]time.Time{start, time.Now()})
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

func overlapping(a, b [2]time.Time) bool { return a[0].Before(b[1]) && b[0].Before(a[1]) }

// TestOneRequestPerHostManyHosts: eight concurrent fetches to one host never
// overlap at the server, while fetches to two hosts do run side by side.
func TestOneRequestPerHostManyHosts(t *testing.T) {
	a, b := newSpanServer(t, 60*time.Millisecond), newSpanServer(t, 60*time.Millisecond)
	cfg := testConfig()
	cfg.IgnoreRobots = true
	f := newFetcher(t, cfg)
	var wg sync.WaitGroup
	for i := range 8 {
		for _, s := range []*spanServer{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := f.Fetch(context.Background(), Request{URL: s.URL + "/p" + string(rune('0'+i))}); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	for _, s := range []*spanServer{a, b} {
		for i := range s.spans {
			for j := range i {
				if overlapping(s.spans[i], s.spans[j]) {
					t.Fatalf("two requests to one host overlapped: %v and %v", s.spans[i], s.spans[j])
				}
			}
		}
	}
	across := false
	for _, x := range a.spans {
		for _, y := range b.spans {
			across = across || overlapping(x, y)
		}
	}
	if !across {
		t.Error("the two hosts were never fetched at the same time: no concurrency across hosts")
	}
}
