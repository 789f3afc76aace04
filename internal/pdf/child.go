package pdf

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"jplan/internal/layout"
	pdftext "jplan/internal/pdf/text"
)

// The child half of the isolation: the jplan binary re-executed with the hidden
// subcommand ChildCommand (or any binary whose main or TestMain calls
// ServeChildIfRequested) applies its limits, then either reads one PDF on stdin
// and writes a childReply as JSON on stdout (run by hand, for debugging), or,
// started by the pool with JPLAN_PDF_SERVE=frames, serves request frames
// (frame.go) one after the other, a one-line JSON childReply for each, until
// stdin ends. Settings travel in the environment so that the command line
// stays configurable.
const (
	// ChildCommand is the hidden jplan subcommand that runs the child half.
	ChildCommand = "__pdf-child"

	envChild       = "JPLAN_PDF_CHILD"        // "1" in a child process
	envMemoryLimit = "JPLAN_PDF_MEMORY_LIMIT" // bytes; 0 or absent: no limit
	envName        = "JPLAN_PDF_NAME"         // the document's name, for messages
	envXObjDepth   = "JPLAN_PDF_XOBJECT_DEPTH"
	envServe       = "JPLAN_PDF_SERVE" // serveFrames: a pooled child serving many requests

	serveFrames = "frames"

	maxStack = 64 << 20 // per goroutine, in a child with a memory limit
)

// childReply is what the child writes on stdout. Exactly one of the fields is set.
type childReply struct {
	Result *pdftext.Result `json:"result,omitempty"`
	Error  string          `json:"error,omitempty"`
}

// childHook, when set (by tests only), runs in the child before parsing: it is
// how tests make a child hang, panic, overflow its stack or exhaust memory on cue.
var childHook func(data []byte)

// IsChild reports whether this process was started as a PDF child.
func IsChild() bool { return os.Getenv(envChild) == "1" }

// ServeChildIfRequested runs the child half and exits when this process was
// started as a PDF child; otherwise it returns at once. Test binaries of packages
// that parse PDFs call it first thing in TestMain, because there the re-executed
// binary is the test binary:
//
//	func TestMain(m *testing.M) { pdf.ServeChildIfRequested(); os.Exit(m.Run()) }
func ServeChildIfRequested() {
	if !IsChild() {
		return
	}
	if err := ServeChild(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Exit(0)
}

// ServeChild is the child half: it limits this process's memory and stack from
// the environment, reads a PDF from r, parses it and writes the reply to w; in
// a pooled child (JPLAN_PDF_SERVE=frames) it does so for every request frame
// on r until r ends. A parse error or a recovered panic is a reply, not an
// error; the error is for a child that cannot do its job (unreadable stdin,
// unwritable stdout, a malformed frame).
func ServeChild(r io.Reader, w io.Writer) error {
	limit, _ := strconv.ParseInt(os.Getenv(envMemoryLimit), 10, 64)
	if err := applyLimits(limit); err != nil {
		return err
	}
	if os.Getenv(envServe) == serveFrames {
		return serveRequests(r, w)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("pdf: child: reading stdin: %w", err)
	}
	depth, _ := strconv.Atoi(os.Getenv(envXObjDepth))
	reply := parseInChild(data, pdftext.Options{Name: os.Getenv(envName), MaxXObjectDepth: depth})
	if err := json.NewEncoder(w).Encode(reply); err != nil {
		return fmt.Errorf("pdf: child: writing reply: %w", err)
	}
	return nil
}

// serveRequests answers request frames from r until r ends cleanly (the parent
// closed stdin: the child is being retired). Each reply is one JSON line,
// flushed at once: the parent reads exactly one line per request.
func serveRequests(r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	for {
		req, err := readRequest(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("pdf: child: reading request: %w", err)
		}
		reply := parseInChild(req.data, pdftext.Options{Name: req.name, MaxXObjectDepth: req.xobjDepth})
		if err := enc.Encode(reply); err != nil {
			return fmt.Errorf("pdf: child: writing reply: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("pdf: child: writing reply: %w", err)
		}
	}
}

// parseInChild runs the text layer, turning a panic that escaped its per-page
// recovery into an error reply (a malformed file, not a hostile one).
func parseInChild(data []byte, opt pdftext.Options) (reply childReply) {
	defer func() {
		if p := recover(); p != nil {
			reply = childReply{Error: fmt.Sprintf("panic: %v", p)}
		}
	}()
	if childHook != nil {
		childHook(data)
	}
	res, err := pdftext.Parse(data, opt)
	switch {
	case err != nil:
		return childReply{Error: err.Error()}
	case res == nil || res.Doc == nil:
		return childReply{Error: "text layer returned no document"}
	}
	finitePositions(res.Doc.Blocks)
	return childReply{Result: res}
}

// finitePositions zeroes NaN and infinite coordinates (a degenerate text matrix
// can make them), which JSON cannot carry, in blocks and in table cells' blocks.
func finitePositions(blocks []layout.Block) {
	for i := range blocks {
		p := &blocks[i].Pos
		for _, f := range []*float64{&p.X, &p.Y, &p.W, &p.H} {
			if math.IsNaN(*f) || math.IsInf(*f, 0) {
				*f = 0
			}
		}
		for _, row := range blocks[i].Rows {
			for _, c := range row {
				finitePositions(c.Blocks)
			}
		}
	}
}

// applyLimits bounds this process: the address space to what it uses now plus
// limit (RLIMIT_AS, so an allocation beyond it fails and the runtime dies with
// "out of memory"), the Go heap goal to limit (the GC works harder before that),
// and goroutine stacks to an eighth of it, at most 64 MiB (a runaway recursion
// dies quickly with "stack overflow" instead of eating a gigabyte first; no
// honest PDF needs a deeper stack than a few MiB).
func applyLimits(limit int64) error {
	if limit <= 0 {
		return nil
	}
	debug.SetMemoryLimit(limit)
	debug.SetMaxStack(int(min(limit/8, maxStack)))
	base, err := virtualSize()
	if err != nil {
		return fmt.Errorf("pdf: child: %w", err)
	}
	as := uint64(base + limit)
	var cur syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &cur); err == nil && cur.Max < as {
		as = cur.Max // an unprivileged process cannot raise its hard limit: keep the stricter one
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: as, Max: as}); err != nil {
		return fmt.Errorf("pdf: child: setting RLIMIT_AS to %d: %w", as, err)
	}
	return nil
}

// virtualSize returns this process's current address-space size in bytes, from
// /proc/self/statm (first field, in pages).
func virtualSize() (int64, error) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, fmt.Errorf("reading address-space size: %w", err)
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, fmt.Errorf("reading address-space size: empty /proc/self/statm")
	}
	pages, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("reading address-space size: %w", err)
	}
	return pages * int64(os.Getpagesize()), nil
}
