package fetch

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxRobotsBytes bounds a robots.txt read (Google reads 500 KiB).
const maxRobotsBytes = 512 << 10

// robots is the RoundTripper layer that refuses what robots.txt disallows for
// jplan's agent, on every hop (redirect targets included), and passes the
// host's Crawl-delay to the polite layer. robots.txt is read once per host.
type robots struct {
	next   http.RoundTripper // the polite layer
	polite *polite
	ua     string // full User-Agent header
	agent  string // token matched against robots.txt groups

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	mu    sync.Mutex
	group *robotstxt.Group // nil until read
}

func newRobots(next http.RoundTripper, p *polite, userAgent string) *robots {
	agent, _, _ := strings.Cut(userAgent, "/")
	return &robots{next: next, polite: p, ua: userAgent, agent: strings.TrimSpace(agent), hosts: map[string]*robotsEntry{}}
}

func (r *robots) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Path == "/robots.txt" {
		return r.next.RoundTrip(req)
	}
	g, err := r.group(req)
	if err != nil {
		return nil, err
	}
	path := req.URL.EscapedPath()
	if req.URL.RawQuery != "" {
		path += "?" + req.URL.RawQuery
	}
	if !g.Test(path) {
		return nil, ErrDisallowed
	}
	return r.next.RoundTrip(req)
}

// group returns the robots.txt group that applies to jplan on req's host,
// reading robots.txt the first time. A failure to read it is not cached.
func (r *robots) group(req *http.Request) (*robotstxt.Group, error) {
	key := req.URL.Scheme + "://" + hostKey(req.URL.Host)
	r.mu.Lock()
	e, ok := r.hosts[key]
	if !ok {
		e = &robotsEntry{}
		r.hosts[key] = e
	}
	r.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.group != nil {
		return e.group, nil
	}
	data, err := r.read(req, key+"/robots.txt")
	if err != nil {
		return nil, err
	}
	e.group = data.FindGroup(r.agent)
	if d := e.group.CrawlDelay; d > 0 {
		r.polite.raiseDelay(req.URL.Host, min(d, time.Minute))
	}
	return e.group, nil
}

// read fetches and parses robots.txt: 4xx means everything is allowed; 5xx and
// network errors mean "unknown", an error (never "allowed").
func (r *robots) read(orig *http.Request, rawURL string) (*robotstxt.RobotsData, error) {
	req, err := http.NewRequestWithContext(orig.Context(), http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnreachable, err)
	}
	req.Header.Set("User-Agent", r.ua)
	client := &http.Client{Transport: r.next, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return ErrTooManyRedirects
		}
		return nil
	}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnreachable, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnreachable, &StatusError{Status: resp.StatusCode})
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnreachable, err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnreachable, err)
	}
	return data, nil
}
