package pdf

import (
	"errors"
	"fmt"
	"time"
)

// Cause says why a document could not be read. Every cause but CauseParse means
// the file is hostile (or the machine ran out of a resource): the child process
// was killed or died, and no other engine is tried on it.
type Cause int

// The causes of an *Error.
const (
	CauseParse         Cause = iota + 1 // the text layer reported an error (malformed or unsupported PDF)
	CauseTimeout                        // the wall-clock limit was reached; the child's process group was killed
	CauseStackOverflow                  // the child died of a Go stack overflow (a fatal error recover cannot catch)
	CauseOutOfMemory                    // the child hit its memory limit
	CauseCrash                          // the child exited non-zero (an unrecovered panic, a runtime fatal error)
	CauseSignal                         // the child was killed by a signal it did not ask for
	CauseProtocol                       // the child's output could not be read (not JSON, too large)
	CauseCanceled                       // the caller's context was canceled
)

var causeNames = map[Cause]string{
	CauseParse:         "parse",
	CauseTimeout:       "timeout",
	CauseStackOverflow: "stack overflow",
	CauseOutOfMemory:   "out of memory",
	CauseCrash:         "crash",
	CauseSignal:        "signal",
	CauseProtocol:      "protocol",
	CauseCanceled:      "canceled",
}

func (c Cause) String() string {
	if s, ok := causeNames[c]; ok {
		return s
	}
	return fmt.Sprintf("cause(%d)", int(c))
}

// Hostile reports whether the cause means the file must not be given to another
// engine: the child hung, overflowed its stack, ran out of memory or crashed.
func (c Cause) Hostile() bool { return c != CauseParse && c != CauseCanceled }

// Error is a per-document failure to read a PDF. The run that asked goes on.
type Error struct {
	Name    string        // the document (file name or URL)
	Cause   Cause         // why
	Timeout time.Duration // the limit, for CauseTimeout
	Limit   int64         // the memory limit in bytes, for CauseOutOfMemory
	Detail  string        // what the child said (first line of its panic or fatal error)
	Err     error         // the underlying error, when there is one
}

func (e *Error) Error() string {
	return "pdf: " + e.Name + ": " + e.message()
}

func (e *Error) message() string {
	switch e.Cause {
	case CauseTimeout:
		return "timed out after " + e.Timeout.String()
	case CauseStackOverflow:
		return "child killed: stack overflow"
	case CauseOutOfMemory:
		if e.Limit > 0 {
			return "child killed: out of memory (limit " + formatBytes(e.Limit) + ")"
		}
		return "child killed: out of memory"
	case CauseCrash:
		return "child crashed: " + e.detailOrErr()
	case CauseSignal:
		return "child killed by signal: " + e.detailOrErr()
	case CauseProtocol:
		return "reading child output: " + e.detailOrErr()
	case CauseCanceled:
		return "canceled: " + e.detailOrErr()
	default:
		return "text layer: " + e.detailOrErr()
	}
}

func (e *Error) detailOrErr() string {
	switch {
	case e.Detail != "" && e.Err != nil:
		return e.Detail + " (" + e.Err.Error() + ")"
	case e.Detail != "":
		return e.Detail
	case e.Err != nil:
		return e.Err.Error()
	}
	return "unknown error"
}

func (e *Error) Unwrap() error { return e.Err }

// CauseOf returns the cause of err when it is (or wraps) an *Error, and 0 otherwise.
func CauseOf(err error) Cause {
	var e *Error
	if errors.As(err, &e) {
		return e.Cause
	}
	return 0
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
