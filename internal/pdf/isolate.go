package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	pdftext "jplan/internal/pdf/text"
)

// Defaults for Options.
const (
	DefaultTimeout     = 30 * time.Second
	DefaultMemoryLimit = 1 << 30 // 1 GiB over the child's address space at start
	maxStderrBytes     = 16 << 10
)

// maxReplyBytes bounds what is read from a child (and from pdftotext); a
// variable so that tests can make it small.
var maxReplyBytes = 256 << 20

// Options configures how a PDF is read. The zero value is usable: the child is
// this executable re-run with ChildCommand, 30 s, 1 GiB, pdftotext from PATH.
type Options struct {
	// Command is the child's argv. Nil means {os.Executable(), ChildCommand}.
	Command []string
	// Timeout is the wall-clock limit of the child, and separately of the
	// pdftotext fallback. 0 means DefaultTimeout.
	Timeout time.Duration
	// MemoryLimit is the child's memory budget in bytes. 0 means
	// DefaultMemoryLimit; negative means no limit.
	MemoryLimit int64
	// MaxXObjectDepth is passed to the text layer (0: its default).
	MaxXObjectDepth int
	// Pdftotext is the fallback engine's path. "" looks up "pdftotext" on PATH;
	// "-" disables the fallback.
	Pdftotext string
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) memoryLimit() int64 {
	switch {
	case o.MemoryLimit < 0:
		return 0
	case o.MemoryLimit == 0:
		return DefaultMemoryLimit
	}
	return o.MemoryLimit
}

func (o Options) command() ([]string, error) {
	if len(o.Command) > 0 {
		return o.Command, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding own executable: %w", err)
	}
	return []string{exe, ChildCommand}, nil
}

// errTimedOut is the cause attached to the child's deadline, so that a timeout
// is told apart from the caller canceling.
var errTimedOut = errors.New("pdf: child deadline")

// ParseIsolated runs the text layer on data in a child process with opt's time
// and memory limits. A hang, crash, stack overflow or exhausted memory in the
// child is returned as an *Error naming the document and the cause; the caller's
// process is never at risk. Children are pooled (pool.go): a child serves one
// document at a time and many in turn; one that fails a document in any of
// those ways, or whose document ran out of time, is killed with its process
// group and reaped, and the next document gets a fresh child.
func ParseIsolated(ctx context.Context, data []byte, name string, opt Options) (*pdftext.Result, error) {
	if IsChild() {
		// A PDF child that would start another one: a test binary re-executed
		// without ServeChildIfRequested in its TestMain. Stop the recursion here.
		return nil, &Error{Name: name, Cause: CauseCrash,
			Detail: "nested pdf child (call pdf.ServeChildIfRequested first in TestMain)"}
	}
	argv, err := opt.command()
	if err != nil {
		return nil, &Error{Name: name, Cause: CauseCrash, Err: err}
	}
	ctx, cancel := context.WithTimeoutCause(ctx, opt.timeout(), errTimedOut)
	defer cancel()

	p := poolFor(argv, opt.memoryLimit())
	for attempt := 0; ; attempt++ {
		c, reused, err := p.get()
		if err != nil {
			return nil, &Error{Name: name, Cause: CauseCrash, Err: err}
		}
		res, retry, err := p.serve(ctx, c, name, data, opt)
		if !retry || !reused || attempt > 0 {
			return res, err
		}
		// A reused child that had gone before this request came (a child may
		// exit after any reply): not this document's doing. A document that
		// kills its child while the request is read is tried twice, and fails
		// in the fresh child too.
	}
}

// serve runs one request on c and disposes of c: back to the pool when it
// answered, killed and reaped otherwise. retry reports a child that ended
// without a word and either cleanly or before it had read the request, as a
// reused child may have done before the request came; the result is then the
// error for a fresh child.
func (p *pool) serve(ctx context.Context, c *child, name string, data []byte, opt Options) (res *pdftext.Result, retry bool, err error) {
	out := c.do(ctx, name, opt.MaxXObjectDepth, data)
	switch {
	case ctx.Err() != nil || errors.Is(out.ioErr, os.ErrDeadlineExceeded):
		c.kill()
		if ctx.Err() != nil && context.Cause(ctx) != errTimedOut {
			return nil, false, &Error{Name: name, Cause: CauseCanceled, Err: context.Cause(ctx)}
		}
		return nil, false, &Error{Name: name, Cause: CauseTimeout, Timeout: opt.timeout(), Err: context.DeadlineExceeded}
	case out.overflow:
		c.kill()
		return nil, false, &Error{Name: name, Cause: CauseProtocol, Detail: "reply larger than " + formatBytes(int64(maxReplyBytes))}
	case out.ioErr == nil: // a whole reply line
		res, err := decodeReply(name, out.line)
		if trusted(err) && !c.stale() {
			p.put(c)
		} else {
			c.kill()
		}
		return res, false, err
	}
	// No whole line: the child died, or closed its stdout.
	waitErr, stderr := c.kill()
	gone := len(out.line) == 0 && (waitErr == nil || out.writeErr != nil)
	if waitErr != nil {
		return nil, gone, classifyExit(name, waitErr, stderr, opt.memoryLimit())
	}
	res, err = decodeReply(name, out.line)
	return res, gone, err
}

// trusted reports whether a child that answered with err may serve another
// document: not when it is out of step with the protocol, nor when a panic
// escaped the text layer's per-page recovery (whatever state the panic left
// half-updated must not meet the next document).
func trusted(err error) bool {
	var pe *Error
	if !errors.As(err, &pe) {
		return err == nil
	}
	return pe.Cause == CauseParse && !strings.HasPrefix(pe.Detail, "panic:")
}

// childEnv is this process's environment for a pooled child with memory limit
// limit (0: none), minus any JPLAN_PDF_ setting of its own.
func childEnv(limit int64) []string {
	env := make([]string, 0, len(os.Environ())+3)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "JPLAN_PDF_") {
			env = append(env, kv)
		}
	}
	return append(env,
		envChild+"=1",
		envServe+"="+serveFrames,
		envMemoryLimit+"="+strconv.FormatInt(limit, 10),
	)
}

// killGroup kills the child's whole process group (it was started with Setpgid,
// so the group id is its pid). Errors are ignored: the group may be gone.
func killGroup(cmd *exec.Cmd) error {
	if cmd.Process == nil {
		return nil
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	return nil
}

func decodeReply(name string, out []byte) (*pdftext.Result, error) {
	var reply childReply
	if err := json.Unmarshal(out, &reply); err != nil {
		e := &Error{Name: name, Cause: CauseProtocol, Err: err}
		if t := bytes.TrimSpace(out); len(t) == 0 || t[0] != '{' {
			// Typically a test binary re-executed as the child without
			// ServeChildIfRequested in its TestMain: it ran its tests instead.
			e.Detail = "not a pdf child reply: " + strconv.Quote(truncate(string(t), 60)) +
				" (does the child command run pdf.ServeChildIfRequested?)"
		}
		return nil, e
	}
	switch {
	case reply.Error != "":
		return nil, &Error{Name: name, Cause: CauseParse, Detail: reply.Error}
	case reply.Result == nil || reply.Result.Doc == nil:
		return nil, &Error{Name: name, Cause: CauseProtocol, Detail: "reply has neither result nor error"}
	}
	return reply.Result, nil
}

// classifyExit turns a child's abnormal exit into an *Error, reading the Go
// runtime's last words on stderr: "fatal error: stack overflow", "out of memory",
// "panic: …".
func classifyExit(name string, runErr error, stderr string, limit int64) *Error {
	e := &Error{Name: name, Err: runErr, Detail: lastWords(stderr)}
	low := strings.ToLower(stderr)
	var exit *exec.ExitError
	switch {
	case strings.Contains(low, "stack overflow") || strings.Contains(low, "stack exceeds"):
		e.Cause, e.Detail = CauseStackOverflow, ""
	case strings.Contains(low, "out of memory") || strings.Contains(low, "cannot allocate memory") ||
		strings.Contains(low, "failed to create new os thread"):
		e.Cause, e.Limit, e.Detail = CauseOutOfMemory, limit, ""
	case errors.As(runErr, &exit) && signaled(exit) != "":
		e.Cause, e.Detail = CauseSignal, signaled(exit)
	default:
		e.Cause = CauseCrash
	}
	return e
}

func signaled(exit *exec.ExitError) string {
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal().String()
	}
	return ""
}

// lastWords picks the most telling line of a dying child's stderr: the first
// "panic:" or "fatal error:" line, else the first non-empty line.
func lastWords(stderr string) string {
	first := ""
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "fatal error:") {
			return truncate(line, 300)
		}
		if first == "" {
			first = line
		}
	}
	return truncate(first, 300)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// capBuffer keeps the first max bytes written to it and remembers whether more
// came. It wraps bytes.Buffer instead of embedding it: an embedded Buffer's
// ReadFrom would let io.Copy (which exec uses) bypass Write and the cap.
type capBuffer struct {
	buf      bytes.Buffer
	max      int
	overflow bool
}

func (b *capBuffer) Write(p []byte) (int, error) {
	room := b.max - b.buf.Len()
	if len(p) > room {
		b.overflow = true
		if room > 0 {
			b.buf.Write(p[:room])
		}
		return len(p), nil // keep draining so the child is never blocked on a full pipe
	}
	return b.buf.Write(p)
}

func (b *capBuffer) Bytes() []byte  { return b.buf.Bytes() }
func (b *capBuffer) String() string { return b.buf.String() }
