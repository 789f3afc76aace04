package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"jplan/internal/layout"
)

// The fallback engine cannot be used: not installed, or turned off (Options.Pdftotext "-").
var (
	errNoPdftotext       = errors.New("pdftotext not found on PATH")
	errPdftotextDisabled = errors.New("pdftotext disabled")
)

// fallbackEngine runs poppler's pdftotext on one document under the same kind
// of limits as the child: a wall-clock limit for all its runs together (its
// process group is killed when it is reached) and an address-space limit.
type fallbackEngine struct {
	bin     string
	timeout time.Duration
	memory  int64
}

// newFallback finds pdftotext as opt says; the error is errNoPdftotext or
// errPdftotextDisabled when it cannot be used.
func newFallback(opt Options) (*fallbackEngine, error) {
	bin := opt.Pdftotext
	switch bin {
	case "-":
		return nil, errPdftotextDisabled
	case "":
		p, err := exec.LookPath("pdftotext")
		if err != nil {
			return nil, errNoPdftotext
		}
		bin = p
	}
	return &fallbackEngine{bin: bin, timeout: opt.timeout(), memory: opt.memoryLimit()}, nil
}

// pages extracts the text of the given 1-based pages (all pages when pages is
// empty), one string per page, keyed by page number. Consecutive pages are read
// by one pdftotext run (-f/-l); pages come back separated by form feeds.
func (f *fallbackEngine) pages(ctx context.Context, data []byte, name string, pages []int) (map[int]string, error) {
	tmp, err := os.CreateTemp("", "jplan-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("pdf: %s: pdftotext: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return nil, fmt.Errorf("pdf: %s: pdftotext: writing temporary copy: %w", name, werr)
	}

	ctx, cancel := context.WithTimeoutCause(ctx, f.timeout, errTimedOut)
	defer cancel()
	out := map[int]string{}
	ranges := pageRanges(pages)
	if len(ranges) == 0 {
		ranges = [][2]int{{1, 0}} // all pages
	}
	for _, r := range ranges {
		text, err := f.run(ctx, tmp.Name(), r[0], r[1])
		if err != nil {
			span := "all pages"
			if r[1] > 0 {
				span = pageSpan(r[0], r[1])
			}
			return nil, fmt.Errorf("pdf: %s: pdftotext (%s): %w", name, span, err)
		}
		for i, p := range splitPages(text) {
			out[r[0]+i] = p
		}
	}
	return out, nil
}

// run runs pdftotext once on pages first..last (last 0: to the end) and returns its output.
func (f *fallbackEngine) run(ctx context.Context, path string, first, last int) (string, error) {
	args := []string{"-enc", "UTF-8", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	args = append(args, path, "-")
	stdout := capBuffer{max: maxReplyBytes}
	stderr := capBuffer{max: maxStderrBytes}
	cmd := exec.CommandContext(ctx, f.bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return killGroup(cmd) }
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		return "", err
	}
	if f.memory > 0 {
		lim := unix.Rlimit{Cur: uint64(f.memory), Max: uint64(f.memory)}
		_ = unix.Prlimit(cmd.Process.Pid, unix.RLIMIT_AS, &lim, nil) // best effort: it may have exited already
	}
	err := cmd.Wait()
	switch {
	case ctx.Err() != nil && context.Cause(ctx) == errTimedOut:
		return "", fmt.Errorf("timed out after %v", f.timeout)
	case ctx.Err() != nil:
		return "", context.Cause(ctx)
	case err != nil:
		if msg := lastWords(stderr.String()); msg != "" {
			return "", fmt.Errorf("%w: %s", err, msg)
		}
		return "", err
	case stdout.overflow:
		return "", fmt.Errorf("output larger than %s", formatBytes(int64(maxReplyBytes)))
	}
	return stdout.String(), nil
}

// pageRanges turns sorted page numbers into runs of consecutive pages.
func pageRanges(pages []int) [][2]int {
	var rs [][2]int
	for _, p := range pages {
		if n := len(rs); n > 0 && rs[n-1][1] == p-1 {
			rs[n-1][1] = p
			continue
		}
		rs = append(rs, [2]int{p, p})
	}
	return rs
}

// splitPages splits pdftotext output into pages: each page ends with a form feed.
func splitPages(out string) []string {
	parts := strings.Split(out, "\f")
	if n := len(parts); n > 1 && strings.TrimSpace(parts[n-1]) == "" {
		parts = parts[:n-1]
	}
	return parts
}

// textBlocks turns one page of plain text into paragraphs: blank lines separate
// paragraphs, lines inside one are kept as "\n" breaks, runs of spaces collapse.
func textBlocks(text string, page int) []layout.Block {
	var blocks []layout.Block
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			blocks = append(blocks, layout.Block{Kind: layout.Paragraph, Text: strings.Join(lines, "\n"), Pos: layout.Pos{Page: page}})
			lines = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			flush()
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return blocks
}
