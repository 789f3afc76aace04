// Package cputime reads the CPU time (user + system) this process has used,
// for benchmarks: on a machine busy with other work, CPU time per document
// holds where wall time does not.
package cputime

import (
	"syscall"
	"time"
)

// Self is the CPU time of this process so far; 0 if it cannot be read.
func Self() time.Duration { return usage(syscall.RUSAGE_SELF) }

// WithChildren is Self plus the CPU time of the children this process has
// waited for (PDF children, pdftotext).
func WithChildren() time.Duration {
	return usage(syscall.RUSAGE_SELF) + usage(syscall.RUSAGE_CHILDREN)
}

func usage(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
