package pdf

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Why a pool: starting a child costs ≈ 8 ms of process start and package init,
// more than parsing a seed-sized PDF. A child therefore serves many documents,
// one at a time, over request frames (frame.go). What a fresh child per
// document guaranteed still holds per document: a child that times out,
// crashes, overflows its stack, runs out of memory or answers nonsense is
// killed with its process group and reaped, that document gets the error, and
// the next document gets a fresh child. Children are started lazily, one per
// concurrent caller at most, kept while idle for childIdle, and retired after
// childMaxServed documents or once their resident set passes childMaxRSS, so
// that a long run's memory stays bounded whatever the heap of one child does.

// Tunables of the pool; variables so that tests can make them small.
var (
	childMaxServed       = 256             // documents a child serves before it is retired
	childMaxRSS    int64 = 256 << 20       // resident bytes past which a child is retired (at most half its memory limit)
	childIdle            = 5 * time.Second // an idle child is stopped after this long
	stderrGrace          = 2 * time.Second // how long a dead child's stderr may stay open (a grandchild holding it)
	replyBufSize         = 64 << 10        // bufio size of the reply reader
)

// poolKey identifies the children that can serve a request: the same command
// started with the same memory limit.
type poolKey struct {
	argv  string // the argv joined by NUL
	limit int64
}

// pool holds the idle children of one poolKey.
type pool struct {
	argv  []string
	limit int64

	mu   sync.Mutex
	idle []*child
}

// pools is every pool of this process, and the generation that CloseChildren
// bumps: a child that was busy during CloseChildren is stopped when it is released.
var pools struct {
	sync.Mutex
	m   map[poolKey]*pool
	gen int
}

// expiring is read-locked while an idle timer stops its child, and locked by
// CloseChildren, which thus waits for those too.
var expiring sync.RWMutex

func poolFor(argv []string, limit int64) *pool {
	key := poolKey{argv: strings.Join(argv, "\x00"), limit: limit}
	pools.Lock()
	defer pools.Unlock()
	if pools.m == nil {
		pools.m = map[poolKey]*pool{}
	}
	p := pools.m[key]
	if p == nil {
		p = &pool{argv: argv, limit: limit}
		pools.m[key] = p
	}
	return p
}

func currentGen() int {
	pools.Lock()
	defer pools.Unlock()
	return pools.gen
}

// CloseChildren stops every PDF child kept for reuse and waits for it, so that
// none outlives the run and their CPU time is accounted to this process. A
// child busy with a document finishes it and is stopped then. Parse keeps
// working afterwards: it starts fresh children. jplan calls it when a command
// ends; a library user should call it before exiting.
func CloseChildren() {
	expiring.Lock() // wait for the idle timers stopping a child right now
	defer expiring.Unlock()
	pools.Lock()
	pools.gen++
	all := make([]*pool, 0, len(pools.m))
	for _, p := range pools.m {
		all = append(all, p)
	}
	pools.Unlock()
	for _, p := range all {
		p.mu.Lock()
		idle := p.idle
		p.idle = nil
		p.mu.Unlock()
		for _, c := range idle {
			c.stop()
		}
	}
}

// get returns an idle child, or starts one. reused says which.
func (p *pool) get() (c *child, reused bool, err error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		c = p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		c.idleTimer.Stop() // if it fired already, expire finds c gone from idle: a no-op
		return c, true, nil
	}
	p.mu.Unlock()
	c, err = startChild(p.argv, p.limit)
	return c, false, err
}

// put returns a healthy child after a request: to the idle list, or stopped
// when it has served enough, grown too big, or CloseChildren ran meanwhile.
func (p *pool) put(c *child) {
	c.served++
	if c.served >= childMaxServed || c.gen != currentGen() || c.rss() > p.maxRSS() {
		c.stop()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	// The timer is armed before c is idle, under the lock: get stops it as
	// soon as it takes c.
	if c.idleTimer == nil {
		c.idleTimer = time.AfterFunc(childIdle, func() { p.expire(c) })
	} else {
		c.idleTimer.Reset(childIdle)
	}
	p.idle = append(p.idle, c)
}

func (p *pool) maxRSS() int64 {
	if p.limit > 0 {
		return min(childMaxRSS, p.limit/2)
	}
	return childMaxRSS
}

// expire stops c if it is still idle (its idle timer fired).
func (p *pool) expire(c *child) {
	expiring.RLock()
	defer expiring.RUnlock()
	p.mu.Lock()
	i := slices.Index(p.idle, c)
	if i >= 0 {
		p.idle = slices.Delete(p.idle, i, i+1)
	}
	p.mu.Unlock()
	if i >= 0 {
		c.stop()
	}
}

// child is one long-lived child process. Its stdin and stdout are pipes this
// process reads and writes with deadlines; its stderr is collected by a
// goroutine, per request, for the last words of a child that dies.
type child struct {
	cmd       *exec.Cmd
	stdin     *os.File // the write end of the child's stdin
	stdout    *os.File // the read end of the child's stdout
	reply     *bufio.Reader
	stderr    lockedBuffer
	stderrEOF chan struct{} // closed when the child's stderr is closed by every writer
	stderrR   *os.File

	gen       int // pools.gen when started
	served    int
	idleTimer *time.Timer
}

// startChild starts argv as a pooled child with memory limit limit (0: none),
// in its own process group, killed if this process dies.
func startChild(argv []string, limit int64) (*child, error) {
	var files []*os.File // every pipe end, closed on failure
	fail := func(err error) (*child, error) {
		for _, f := range files {
			f.Close()
		}
		return nil, err
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return fail(err)
	}
	files = append(files, inR, inW)
	outR, outW, err := os.Pipe()
	if err != nil {
		return fail(err)
	}
	files = append(files, outR, outW)
	errR, errW, err := os.Pipe()
	if err != nil {
		return fail(err)
	}
	files = append(files, errR, errW)

	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = childEnv(limit)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, errW
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fail(err)
	}
	// The child holds its ends now; ours must go, or EOF would never come.
	inR.Close()
	outW.Close()
	errW.Close()
	c := &child{
		cmd: cmd, stdin: inW, stdout: outR, reply: bufio.NewReaderSize(outR, replyBufSize),
		stderr: lockedBuffer{buf: capBuffer{max: maxStderrBytes}}, stderrEOF: make(chan struct{}), stderrR: errR,
		gen: currentGen(),
	}
	go c.collectStderr()
	return c, nil
}

func (c *child) collectStderr() {
	defer close(c.stderrEOF)
	buf := make([]byte, 4096)
	for {
		n, err := c.stderrR.Read(buf)
		c.stderr.Write(buf[:n])
		if err != nil {
			return
		}
	}
}

// outcome is what one request to a child produced.
type outcome struct {
	line     []byte // the reply line, without its newline; nil when none came
	overflow bool   // the reply was longer than maxReplyBytes
	ioErr    error  // why no complete line came (EOF, a deadline)
	writeErr error  // why the request could not be written whole (EPIPE: the child had gone)
}

// do sends one request and reads the reply line, within ctx: when ctx ends the
// pending write or read is interrupted at once (the caller kills the child).
func (c *child) do(ctx context.Context, name string, xobjDepth int, data []byte) outcome {
	c.stderr.Reset()
	deadline, _ := ctx.Deadline()
	c.stdin.SetWriteDeadline(deadline)
	c.stdout.SetReadDeadline(deadline)
	stopAfter := context.AfterFunc(ctx, func() {
		past := time.Unix(1, 0)
		c.stdin.SetWriteDeadline(past)
		c.stdout.SetReadDeadline(past)
	})
	defer stopAfter()

	// A write error (the child died: EPIPE) is not the outcome: the child may
	// have said why on stdout before dying, and its exit status says the rest.
	_, werr := c.stdin.Write(requestHeader(name, xobjDepth, len(data)))
	if werr == nil {
		_, werr = c.stdin.Write(data)
	}
	out := readReply(c.reply)
	out.writeErr = werr
	return out
}

// readReply reads one newline-terminated line of at most maxReplyBytes.
func readReply(r *bufio.Reader) outcome {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > maxReplyBytes+1 { // +1: the newline
			return outcome{overflow: true}
		}
		if err == nil {
			if line == nil { // the usual case: the whole line was in the buffer
				return outcome{line: bytes.Clone(chunk[:len(chunk)-1])}
			}
			line = append(line, chunk[:len(chunk)-1]...)
			return outcome{line: line}
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			return outcome{line: line, ioErr: err}
		}
	}
}

// stale reports whether the child wrote more than one reply: such a child is
// out of step with its requests and must not serve another.
func (c *child) stale() bool { return c.reply.Buffered() > 0 }

// kill kills the child's process group and reaps the child. The child is not
// yet reaped when the group is signalled, so the group id cannot have been
// reused. It returns the child's exit error and its stderr.
func (c *child) kill() (waitErr error, stderr string) {
	_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
	return c.reap()
}

// reap waits for the child, which is dead or dying, then for its stderr to
// close (bounded: a grandchild outside the group may hold it), and closes
// every pipe end.
func (c *child) reap() (waitErr error, stderr string) {
	waitErr = c.cmd.Wait()
	select {
	case <-c.stderrEOF:
	case <-time.After(stderrGrace):
		c.stderrR.Close() // ends collectStderr's read
		<-c.stderrEOF
	}
	c.stdin.Close()
	c.stdout.Close()
	c.stderrR.Close()
	if c.idleTimer != nil {
		c.idleTimer.Stop()
	}
	return waitErr, c.stderr.String()
}

// stop retires a healthy, idle child (blocked reading its next request, so
// nothing is lost by killing it) and reaps it.
func (c *child) stop() { c.kill() }

// rss returns the child's resident set size in bytes (0 when unknown).
func (c *child) rss() int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(c.cmd.Process.Pid) + "/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// lockedBuffer is a capBuffer written by the stderr goroutine and read and
// reset by the requesting one.
type lockedBuffer struct {
	mu  sync.Mutex
	buf capBuffer
}

func (b *lockedBuffer) Write(p []byte) {
	b.mu.Lock()
	b.buf.Write(p)
	b.mu.Unlock()
}

func (b *lockedBuffer) Reset() {
	b.mu.Lock()
	b.buf.buf.Reset()
	b.buf.overflow = false
	b.mu.Unlock()
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
