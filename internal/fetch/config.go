// Package fetch is jplan's polite HTTP client for municipal web servers.
//
// A Fetcher is net/http with its policy in RoundTripper layers, outermost first:
//
//	retry   — exponential backoff with jitter on 429, 5xx and network errors, honouring Retry-After
//	robots  — robots.txt (github.com/temoto/robotstxt) checked for every hop, Crawl-delay passed on
//	polite  — one request at a time per host, a delay between them, a global rate across hosts
//	base    — http.Transport: one connection per host, connect and first-byte timeouts
//
// Fetch adds what belongs to one document: conditional GET from stored validators,
// a total timeout, a maximum body size, at most 10 redirects over http/https only,
// the sha256 of the bytes and their format and charset sniffed from the bytes
// (never from the Content-Type header alone).
package fetch

import (
	"fmt"
	"net/http"
	"time"

	"golang.org/x/time/rate"
)

// DefaultUserAgent names jplan and where to read about it.
const DefaultUserAgent = "jplan/dev (+https://github.com/jplan/jplan#crawling)"

// Config is the fetch policy. The zero value of a field means its default.
type Config struct {
	// UserAgent is sent with every request; its first word (up to "/") is also
	// the token matched against robots.txt groups.
	UserAgent string
	// HostDelay is the minimum time between the end of one request to a host and
	// the start of the next (default 1 s). Crawl-delay in robots.txt raises it.
	// Negative means no delay (benchmarks against a local server only).
	HostDelay time.Duration
	// Rate limits requests per second across all hosts (default 8, burst Burst).
	// rate.Inf removes the limit.
	Rate  rate.Limit
	Burst int
	// IgnoreRobots skips robots.txt (never for real crawls; tests and benchmarks).
	IgnoreRobots bool
	// ConnectTimeout bounds the TCP+TLS dial (default 10 s); FirstByteTimeout the
	// wait for response headers (default 30 s); TotalTimeout one request on the
	// wire, from its start to the end of its body (default 2 min). Time spent
	// queueing for a host or backing off does not count.
	ConnectTimeout   time.Duration
	FirstByteTimeout time.Duration
	TotalTimeout     time.Duration
	// MaxBodyBytes is the largest body read (default 50 MiB); larger is an error.
	MaxBodyBytes int64
	// MaxRetries is the number of retries after the first attempt (default 3; negative: none).
	MaxRetries int
	// BackoffBase is the first retry's delay (default 1 s), doubled each retry with
	// full jitter, capped by BackoffMax (default 1 min). A Retry-After longer than
	// MaxRetryAfter (default 5 min) is not waited for: the fetch fails.
	BackoffBase   time.Duration
	BackoffMax    time.Duration
	MaxRetryAfter time.Duration
	// MaxRedirects is the most redirects followed (default and ceiling 10).
	MaxRedirects int
	// Transport is the innermost RoundTripper; nil builds an http.Transport from
	// the timeouts above. Tests may pass their own.
	Transport http.RoundTripper
}

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.HostDelay == 0 {
		c.HostDelay = time.Second
	}
	if c.HostDelay < 0 {
		c.HostDelay = 0
	}
	if c.Rate == 0 {
		c.Rate = 8
	}
	if c.Burst <= 0 {
		c.Burst = 4
	}
	setDur(&c.ConnectTimeout, 10*time.Second)
	setDur(&c.FirstByteTimeout, 30*time.Second)
	setDur(&c.TotalTimeout, 2*time.Minute)
	setDur(&c.BackoffBase, time.Second)
	setDur(&c.BackoffMax, time.Minute)
	setDur(&c.MaxRetryAfter, 5*time.Minute)
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 50 << 20
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 3
	}
	if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.MaxRedirects <= 0 || c.MaxRedirects > 10 {
		c.MaxRedirects = 10
	}
	return c
}

func setDur(d *time.Duration, def time.Duration) {
	if *d <= 0 {
		*d = def
	}
}

// Validate reports a policy that cannot work.
func (c Config) Validate() error {
	if c.MaxBodyBytes < 0 {
		return fmt.Errorf("fetch: negative max body size %d", c.MaxBodyBytes)
	}
	if c.MaxRedirects > 10 {
		return fmt.Errorf("fetch: max redirects %d above 10", c.MaxRedirects)
	}
	return nil
}
