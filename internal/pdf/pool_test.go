package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Prefixes that make the "selective" child (main_test.go) fail on one document
// and serve the others.
const (
	markHang    = "%HANG"
	markCrash   = "%CRASH"
	markStack   = "%STACK"
	markGarbage = "%GARBAGE"
	markPanic   = "%PANIC"
)

// poolOptions are Options whose children are this test binary, misbehaving in
// mode, with limits generous enough for a loaded machine.
func poolOptions(t testing.TB, mode string) Options {
	return Options{Command: selfCommand(t, mode), Timeout: 20 * time.Second, MemoryLimit: 256 << 20, Pdftotext: "-"}
}

// idlePids lists the pids of the idle children that can serve opt.
func idlePids(opt Options) []int {
	argv, _ := opt.command()
	p := poolFor(argv, opt.memoryLimit())
	p.mu.Lock()
	defer p.mu.Unlock()
	var pids []int
	for _, c := range p.idle {
		pids = append(pids, c.cmd.Process.Pid)
	}
	return pids
}

// onlyIdle returns the pid of the one idle child for opt, failing otherwise.
func onlyIdle(t *testing.T, opt Options) int {
	t.Helper()
	pids := idlePids(opt)
	if len(pids) != 1 {
		t.Fatalf("idle children %v, want exactly one", pids)
	}
	return pids[0]
}

// goodPDF is a small valid PDF whose text says n.
func goodPDF(n int) []byte {
	return buildPDF(textPage(fmt.Sprintf("Document %d: goals of the year", n)))
}

// markedPDF is goodPDF(0) behind a marker the selective child reacts to (the
// text layer finds the header within its first 1024 bytes all the same).
func markedPDF(mark string) []byte {
	return append([]byte(mark+"\n"), goodPDF(0)...)
}

// cleanPool stops every pooled child before and after the test, and checks that
// none is left at the end, not even a zombie.
func cleanPool(t *testing.T) {
	CloseChildren()
	t.Cleanup(func() {
		CloseChildren()
		if kids := childProcesses(t); len(kids) > 0 {
			t.Errorf("child processes left behind: %v", kids)
		}
	})
}

func mustParse(t *testing.T, opt Options, data []byte, name string) *layoutResult {
	t.Helper()
	res, err := ParseIsolated(context.Background(), data, name, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &layoutResult{text: res.Doc.Blocks[0].Text, pages: res.Doc.Pages}
}

type layoutResult struct {
	text  string
	pages int
}

func TestPoolReusesChild(t *testing.T) {
	cleanPool(t)
	opt := poolOptions(t, "")
	r1 := mustParse(t, opt, goodPDF(1), "one.pdf")
	pid := onlyIdle(t, opt)
	r2 := mustParse(t, opt, goodPDF(2), "two.pdf")
	if got := onlyIdle(t, opt); got != pid {
		t.Errorf("second document served by child %d, want the first one's, %d", got, pid)
	}
	if r1.text != "Document 1: goals of the year" || r2.text != "Document 2: goals of the year" {
		t.Errorf("results %+v %+v", r1, r2)
	}
}

// TestPoolFailureThenGood: after a document that hangs, crashes, overflows the
// stack or gets a garbled reply, its child is gone and the next document is
// served, correctly, by a fresh child.
func TestPoolFailureThenGood(t *testing.T) {
	for _, c := range []struct {
		mark  string
		cause Cause
	}{
		{markHang, CauseTimeout},
		{markCrash, CauseCrash},
		{markStack, CauseStackOverflow},
		{markGarbage, CauseProtocol},
		{markPanic, CauseParse}, // recovered, but the child is not trusted afterwards
	} {
		t.Run(c.mark[1:], func(t *testing.T) {
			cleanPool(t)
			opt := poolOptions(t, "selective")
			if c.cause == CauseTimeout {
				opt.Timeout = time.Second
			}
			mustParse(t, opt, goodPDF(1), "before.pdf")
			pid := onlyIdle(t, opt)
			_, err := ParseIsolated(context.Background(), markedPDF(c.mark), "bad.pdf", opt)
			if CauseOf(err) != c.cause {
				t.Fatalf("bad.pdf: got %v, want cause %v", err, c.cause)
			}
			if processAlive(pid) {
				t.Errorf("child %d still runs after failing bad.pdf", pid)
			}
			opt.Timeout = poolOptions(t, "").Timeout
			if pids := idlePids(opt); len(pids) > 0 {
				t.Errorf("idle children %v after a failure, want none", pids)
			}
			if r := mustParse(t, opt, goodPDF(2), "after.pdf"); r.text != "Document 2: goals of the year" {
				t.Errorf("after.pdf: %+v", r)
			}
			if got := onlyIdle(t, opt); got == pid {
				t.Errorf("after.pdf served by the failed child %d", pid)
			}
		})
	}
}

// TestPoolCanceled: canceling the caller's context kills the child in flight
// at once; the next document gets a fresh child.
func TestPoolCanceled(t *testing.T) {
	cleanPool(t)
	opt := poolOptions(t, "selective")
	mustParse(t, opt, goodPDF(1), "before.pdf")
	pid := onlyIdle(t, opt)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, err := ParseIsolated(ctx, markedPDF(markHang), "hang.pdf", opt)
	if CauseOf(err) != CauseCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancel took %v", d)
	}
	if processAlive(pid) {
		t.Errorf("child %d survived the cancellation", pid)
	}
	mustParse(t, opt, goodPDF(2), "after.pdf")
}

// TestPoolChildExitsAfterReply: a child that exits right after answering (the
// "canned" one does) leaves a dead child in the pool; the next document is
// not charged for it: it is retried once in a fresh child.
func TestPoolChildExitsAfterReply(t *testing.T) {
	cleanPool(t)
	opt := poolOptions(t, "canned")
	for i := range 3 {
		res, err := ParseIsolated(context.Background(), cannedPDF(), "canned.pdf", opt)
		if err != nil || res.Doc.Pages != 3 {
			t.Fatalf("document %d: %v", i, err)
		}
	}
}

// TestPoolConcurrent: many goroutines at once get the results one goroutine
// gets, from at most as many children as goroutines.
func TestPoolConcurrent(t *testing.T) {
	cleanPool(t)
	opt := poolOptions(t, "")
	const docs, workers = 24, 6
	want := make([]*layoutResult, docs)
	for i := range docs {
		want[i] = mustParse(t, opt, goodPDF(i), "seq-"+strconv.Itoa(i)+".pdf")
	}
	got := make([]*layoutResult, docs)
	errs := make([]error, docs)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				res, err := ParseIsolated(context.Background(), goodPDF(i), "par-"+strconv.Itoa(i)+".pdf", opt)
				if errs[i] = err; err == nil {
					got[i] = &layoutResult{text: res.Doc.Blocks[0].Text, pages: res.Doc.Pages}
				}
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range docs {
		if errs[i] != nil {
			t.Errorf("document %d: %v", i, errs[i])
		} else if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("document %d: concurrent %+v, sequential %+v", i, got[i], want[i])
		}
	}
	if n := len(idlePids(opt)); n < 1 || n > workers {
		t.Errorf("%d idle children after %d concurrent callers", n, workers)
	}
}

// TestPoolRetires: a child is retired after childMaxServed documents, or at
// once when its resident set is past the bound.
func TestPoolRetires(t *testing.T) {
	cleanPool(t)
	defer func(n int, rss int64) { childMaxServed, childMaxRSS = n, rss }(childMaxServed, childMaxRSS)
	opt := poolOptions(t, "")

	childMaxServed = 2
	mustParse(t, opt, goodPDF(1), "1.pdf")
	pid := onlyIdle(t, opt)
	mustParse(t, opt, goodPDF(2), "2.pdf")
	if pids := idlePids(opt); len(pids) != 0 || processAlive(pid) {
		t.Fatalf("after %d documents: idle %v, child %d alive %v", childMaxServed, pids, pid, processAlive(pid))
	}

	childMaxServed, childMaxRSS = 1000, 1
	mustParse(t, opt, goodPDF(3), "3.pdf")
	if pids := idlePids(opt); len(pids) != 0 {
		t.Fatalf("a child past the RSS bound stays idle: %v", pids)
	}
}

// TestPoolIdleExpiry: an idle child is stopped after childIdle.
func TestPoolIdleExpiry(t *testing.T) {
	cleanPool(t)
	defer func(d time.Duration) { childIdle = d }(childIdle)
	childIdle = 100 * time.Millisecond
	opt := poolOptions(t, "")
	mustParse(t, opt, goodPDF(1), "1.pdf")
	pid := onlyIdle(t, opt)
	deadline := time.Now().Add(5 * time.Second)
	// Gone from the children (zombies included): stopped and reaped.
	for len(idlePids(opt)) > 0 || slices.Contains(childProcesses(t), strconv.Itoa(pid)) {
		if time.Now().After(deadline) {
			t.Fatalf("idle child %d not stopped and reaped", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRequestFrameRoundTrip(t *testing.T) {
	var b bytes.Buffer
	for i, data := range [][]byte{nil, []byte("%PDF-1.4\n"), bytes.Repeat([]byte{0, '\n', 0xff}, 100000)} {
		name := "doc-" + strconv.Itoa(i) + ".pdf"
		b.Write(requestHeader(name, i-1, len(data)))
		b.Write(data)
	}
	for i, want := range [][]byte{nil, []byte("%PDF-1.4\n"), bytes.Repeat([]byte{0, '\n', 0xff}, 100000)} {
		req, err := readRequest(&b)
		if err != nil || req.name != "doc-"+strconv.Itoa(i)+".pdf" || req.xobjDepth != i-1 || !bytes.Equal(req.data, want) {
			t.Fatalf("frame %d: %q %d %d bytes, %v", i, req.name, req.xobjDepth, len(req.data), err)
		}
	}
	if _, err := readRequest(&b); err != io.EOF {
		t.Fatalf("after the last frame: %v, want io.EOF", err)
	}
	whole := append(requestHeader("x.pdf", 0, 4), "%PDF"...)
	for n := 1; n < len(whole); n++ {
		if _, err := readRequest(bytes.NewReader(whole[:n])); err == nil || err == io.EOF {
			t.Errorf("a frame cut at %d bytes: %v, want a truncation error", n, err)
		}
	}
}

// FuzzReadRequest: whatever the bytes, readRequest returns a frame or an error
// without panicking, and a frame it returns re-encodes to the bytes it read.
func FuzzReadRequest(f *testing.F) {
	f.Add(append(requestHeader("a.pdf", 3, 5), "%PDF-"...))
	f.Add([]byte("JPR1\xff\xff\xff\xff"))
	f.Add([]byte("JPR1\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bytes.NewReader(in)
		req, err := readRequest(r)
		if err != nil {
			return
		}
		read := in[:len(in)-r.Len()]
		again := append(requestHeader(req.name, req.xobjDepth, len(req.data)), req.data...)
		if !bytes.Equal(read, again) {
			t.Fatalf("frame %q re-encodes to %q", read, again)
		}
	})
}

// TestPoolMatchesFreshChildren: a child that has served other documents gives
// every real PDF of the repository the result a fresh child gives it, in
// whatever order the documents come.
func TestPoolMatchesFreshChildren(t *testing.T) {
	files, _ := filepath.Glob("text/testdata/*.pdf")
	seeds, _ := filepath.Glob("../../corpus/seeds/*.pdf")
	files = append(files, seeds...)
	if len(files) < 2 {
		t.Skip("no PDFs to compare")
	}
	cleanPool(t)
	defer func(n int) { childMaxServed = n }(childMaxServed)
	opt := poolOptions(t, "")
	parse := func(f string) string {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ParseIsolated(context.Background(), data, filepath.Base(f), opt)
		b, _ := json.Marshal(res)
		return fmt.Sprintf("%s %v", b, err)
	}
	childMaxServed = 1 // a fresh child for every document
	fresh := map[string]string{}
	for _, f := range files {
		fresh[f] = parse(f)
	}
	childMaxServed = 1000
	backward := slices.Clone(files)
	slices.Reverse(backward)
	for _, order := range [][]string{files, backward} {
		for _, f := range order {
			if got := parse(f); got != fresh[f] {
				t.Errorf("%s: a reused child differs from a fresh one:\n%.300s\n%.300s", f, got, fresh[f])
			}
		}
	}
}
