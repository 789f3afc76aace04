package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"jplan/internal/store"
)

// Request is one document to fetch, with the validators stored from its last
// fetch (empty the first time) for a conditional GET.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a fetched document. When NotModified is true the server answered
// 304 to the conditional GET and Body is empty.
type Response struct {
	URL         string // the URL requested
	FinalURL    string // after redirects
	Status      int
	NotModified bool
	Header      http.Header
	Body        []byte
	SHA256      string // hex digest of Body
	FetchedAt   time.Time
	Format      string // html | pdf | text, sniffed from Body
	Charset     string // e.g. utf-8, shift_jis, euc-jp ("" for pdf)
	Attempts    int
}

// ETag is the validator to store for the next conditional GET (If-None-Match).
func (r *Response) ETag() string { return r.Header.Get("ETag") }

// LastModified is the validator to store for the next conditional GET
// (If-Modified-Since).
func (r *Response) LastModified() string { return r.Header.Get("Last-Modified") }

// Fetcher fetches documents politely. It is safe for concurrent use; make one
// per crawl so that per-host spacing and robots.txt are shared.
type Fetcher struct {
	cfg    Config
	client *http.Client
}

// New builds a Fetcher from cfg (zero fields take their defaults).
func New(cfg Config) (*Fetcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	base := cfg.Transport
	if base == nil {
		base = newTransport(cfg)
	}
	p := newPolite(base, cfg.HostDelay, cfg.TotalTimeout, cfg.Rate, cfg.Burst)
	var rt http.RoundTripper = p
	if !cfg.IgnoreRobots {
		rt = newRobots(p, p, cfg.UserAgent)
	}
	rt = &retry{next: rt, max: cfg.MaxRetries, base: cfg.BackoffBase, cap: cfg.BackoffMax, maxRetryAfter: cfg.MaxRetryAfter}
	f := &Fetcher{cfg: cfg}
	f.client = &http.Client{Transport: rt, CheckRedirect: f.checkRedirect}
	return f, nil
}

// newTransport is the innermost layer: one connection per host, bounded dial
// and first-byte waits, no proxy surprises beyond the environment's.
func newTransport(cfg Config) *http.Transport {
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.FirstByteTimeout,
		MaxConnsPerHost:       1,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.cfg.MaxRedirects {
		return ErrTooManyRedirects
	}
	if !httpScheme(req.URL) {
		return fmt.Errorf("%w: redirect to %q", ErrScheme, req.URL.Scheme)
	}
	return nil
}

func httpScheme(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }

// Fetch gets one document. Errors are *Error; a 304 is not an error.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (*Response, error) {
	fail := func(op string, status, attempts int, err error) (*Response, error) {
		return nil, &Error{URL: r.URL, Op: op, Status: status, Attempts: attempts, Err: unwrapURLError(err)}
	}
	u, err := url.Parse(r.URL)
	if err != nil {
		return fail("parse", 0, 0, err)
	}
	if !httpScheme(u) {
		return fail("get", 0, 0, fmt.Errorf("%w: %q", ErrScheme, u.Scheme))
	}
	attempts := 0
	req, err := http.NewRequestWithContext(withAttempts(ctx, &attempts), http.MethodGet, u.String(), nil)
	if err != nil {
		return fail("get", 0, 0, err)
	}
	f.setHeaders(req, r)
	resp, err := f.client.Do(req)
	if err != nil {
		return fail("get", 0, attempts, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: r.URL, FinalURL: resp.Request.URL.String(), Status: resp.StatusCode,
		Header: resp.Header, FetchedAt: time.Now().UTC(), Attempts: attempts}
	switch {
	case resp.StatusCode == http.StatusNotModified && (r.ETag != "" || r.LastModified != ""):
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return fail("get", resp.StatusCode, attempts, &StatusError{Status: resp.StatusCode})
	}
	body, err := f.readBody(resp)
	if err != nil {
		return fail("read body", resp.StatusCode, attempts, err)
	}
	out.Body, out.SHA256 = body, store.Sum(body)
	out.Format, out.Charset = Sniff(body, resp.Header.Get("Content-Type"))
	return out, nil
}

func (f *Fetcher) setHeaders(req *http.Request, r Request) {
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "ja,en;q=0.5")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
}

// readBody reads at most MaxBodyBytes; a longer body (declared or actual) is ErrTooLarge.
func (f *Fetcher) readBody(resp *http.Response) ([]byte, error) {
	limit := f.cfg.MaxBodyBytes
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return body, nil
}

// unwrapURLError drops net/http's *url.Error wrapper: *Error already names the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
