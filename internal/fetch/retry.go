package fetch

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retry is the outermost RoundTripper layer: it repeats a request after 429,
// 5xx and network errors, waiting an exponentially growing, fully jittered
// delay, or what the server's Retry-After asks for.
type retry struct {
	next          http.RoundTripper
	max           int
	base, cap     time.Duration
	maxRetryAfter time.Duration
}

type attemptsKey struct{}

// withAttempts returns a context in which retry counts the attempts into n.
func withAttempts(ctx context.Context, n *int) context.Context {
	return context.WithValue(ctx, attemptsKey{}, n)
}

func (r *retry) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	counter, _ := ctx.Value(attemptsKey{}).(*int)
	for attempt := 0; ; attempt++ {
		if counter != nil {
			*counter++
		}
		resp, err := r.next.RoundTrip(req)
		if attempt >= r.max || !retryable(resp, err) {
			return resp, err
		}
		wait := r.backoff(attempt)
		if resp != nil {
			if ra, ok := ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				if ra > r.maxRetryAfter {
					drain(resp)
					return nil, ErrRetryAfterTooLong
				}
				wait = ra
			}
			drain(resp)
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// backoff is full jitter: a random delay in [0, min(cap, base·2^attempt)].
func (r *retry) backoff(attempt int) time.Duration {
	d := r.base << min(attempt, 20)
	if d <= 0 || d > r.cap {
		d = r.cap
	}
	return time.Duration(rand.Int64N(int64(d) + 1))
}

// retryable says whether an attempt's outcome is worth another try.
func retryable(resp *http.Response, err error) bool {
	if err != nil {
		return !errors.Is(err, ErrDisallowed) && !errors.Is(err, context.Canceled) &&
			!errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, ErrRetryAfterTooLong)
	}
	return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
}

// drain reads a little of a discarded body (so the connection can be reused) and closes it.
func drain(resp *http.Response) {
	_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
	resp.Body.Close()
}

// ParseRetryAfter reads a Retry-After header value: delay-seconds or an
// HTTP-date (RFC 9110 §10.2.3). A date in the past is a zero wait. ok is false
// for an empty or malformed value.
func ParseRetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' {
		secs, err := strconv.ParseInt(v, 10, 64)
		if err != nil || secs < 0 {
			return 0, false
		}
		if secs > int64(24*time.Hour/time.Second) {
			secs = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if d := t.Sub(now); d > 0 {
		return d, true
	}
	return 0, true
}
