package crawl

import (
	"context"
	"testing"
	"time"
)

// TestPolitenessMeasuredAtTheServer: with four workers eager to fetch, the
// server never sees two requests closer than the configured per-host delay.
func TestPolitenessMeasuredAtTheServer(t *testing.T) {
	const delay = 120 * time.Millisecond
	b := newBulkSite(t, 8, 0)
	e := newEnv(t, t.TempDir())
	fc := fastFetch()
	fc.HostDelay = delay
	cfg := e.config(t, siteRegistry(t, b.URL), fc)
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 8 {
		t.Fatalf("summary %v, want 8 new", sum)
	}
	if n := len(b.arrivals); n != 10 { // robots.txt, index, 8 pages
		t.Errorf("server saw %d requests, want 10", n)
	}
	if gap := b.minGap(); gap < delay {
		t.Errorf("closest requests %v apart, want ≥ %v", gap, delay)
	}
}

// TestCrawlDelayRaisesTheSpacing: robots.txt's Crawl-delay for jplan wins over
// a shorter configured delay.
func TestCrawlDelayRaisesTheSpacing(t *testing.T) {
	s := quietSite(t)
	s.robots = "User-agent: *\nDisallow: /private/\n\nUser-agent: jplan\nCrawl-delay: 0.25\nDisallow: /private/\n"
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch()) // 20 ms configured
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.hits) < 4 {
		t.Fatalf("only %d requests", len(s.hits))
	}
	for i := 2; i < len(s.hits); i++ { // from the request after robots.txt was read
		if gap := s.hits[i].at.Sub(s.hits[i-1].at); gap < 250*time.Millisecond {
			t.Errorf("requests %d and %d %v apart, want ≥ Crawl-delay 250ms", i-1, i, gap)
		}
	}
}
