package fetch

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// polite is the RoundTripper layer that keeps jplan gentle: one request at a
// time per host (held until the response body is closed), a delay between the
// end of one request and the start of the next, and a global rate across hosts.
type polite struct {
	next    http.RoundTripper
	delay   time.Duration
	total   time.Duration // bound on one request on the wire, body included
	limiter *rate.Limiter

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

// hostSlot serialises the requests to one host.
type hostSlot struct {
	sem chan struct{} // capacity 1: the one request in flight

	mu      sync.Mutex
	lastEnd time.Time
	delay   time.Duration
}

func newPolite(next http.RoundTripper, delay, total time.Duration, limit rate.Limit, burst int) *polite {
	return &polite{next: next, delay: delay, total: total, limiter: rate.NewLimiter(limit, burst), hosts: map[string]*hostSlot{}}
}

// hostKey is the politeness unit: the host and port, lower-cased.
func hostKey(u string) string { return strings.ToLower(u) }

func (p *polite) slot(host string) *hostSlot {
	p.mu.Lock()
	defer p.mu.Unlock()
	h, ok := p.hosts[hostKey(host)]
	if !ok {
		h = &hostSlot{sem: make(chan struct{}, 1), delay: p.delay}
		p.hosts[hostKey(host)] = h
	}
	return h
}

// raiseDelay makes the delay for host at least d (robots.txt Crawl-delay).
func (p *polite) raiseDelay(host string, d time.Duration) {
	h := p.slot(host)
	h.mu.Lock()
	if d > h.delay {
		h.delay = d
	}
	h.mu.Unlock()
}

func (p *polite) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	h := p.slot(req.URL.Host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := p.wait(ctx, h); err != nil {
		h.release()
		return nil, err
	}
	// The total timeout starts now, not while the request queued for its host.
	ctx, cancel := context.WithTimeout(ctx, p.total)
	resp, err := p.next.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		h.release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: func() { cancel(); h.release() }}
	return resp, nil
}

// wait sleeps until the host's delay since its last request has passed and the
// global limiter allows one more request.
func (p *polite) wait(ctx context.Context, h *hostSlot) error {
	h.mu.Lock()
	until := h.lastEnd.Add(h.delay)
	h.mu.Unlock()
	if err := sleep(ctx, time.Until(until)); err != nil {
		return err
	}
	return p.limiter.Wait(ctx)
}

func (h *hostSlot) release() {
	h.mu.Lock()
	h.lastEnd = time.Now()
	h.mu.Unlock()
	<-h.sem
}

// releasingBody frees the host slot when the body is closed, once.
type releasingBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}

// sleep waits for d, or returns ctx's error if ctx ends first.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
