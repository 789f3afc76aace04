package fetch

import (
	"errors"
	"fmt"
)

// Sentinel causes, for errors.Is on an *Error.
var (
	ErrDisallowed        = errors.New("disallowed by robots.txt")
	ErrTooLarge          = errors.New("body larger than the maximum size")
	ErrTooManyRedirects  = errors.New("too many redirects")
	ErrScheme            = errors.New("scheme not http or https")
	ErrStatus            = errors.New("unexpected HTTP status")
	ErrRetryAfterTooLong = errors.New("Retry-After longer than the longest wait allowed")
	ErrRobotsUnreachable = errors.New("robots.txt unreachable")
)

// Error is a failed fetch of one URL: what was being done, the HTTP status when
// one was received, how many attempts were made, and the cause.
type Error struct {
	URL      string
	Op       string // "get", "read body", "redirect", "robots"
	Status   int    // 0 when no response was received
	Attempts int
	Err      error
}

func (e *Error) Error() string {
	s := fmt.Sprintf("fetch: %s %s", e.Op, e.URL)
	if e.Status != 0 {
		s += fmt.Sprintf(": status %d", e.Status)
	}
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return s + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// StatusError is the cause when a server answers with a status that is neither
// success, 304 nor a redirect.
type StatusError struct {
	Status int
}

func (e *StatusError) Error() string { return fmt.Sprintf("HTTP status %d", e.Status) }

// Is makes errors.Is(err, ErrStatus) true for every StatusError.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// IsGone reports whether err says the document no longer exists (404 or 410).
func IsGone(err error) bool {
	var se *StatusError
	return errors.As(err, &se) && (se.Status == 404 || se.Status == 410)
}
