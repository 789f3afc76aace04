package pdf

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// selfCommand runs this test binary as the child, misbehaving in mode.
func selfCommand(t testing.TB, mode string) []string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if mode == "" {
		return []string{exe}
	}
	return []string{"env", envMisbehave + "=" + mode, exe}
}

// TestIsolatedFailures makes the child fail in every way the parent must
// survive and checks that each becomes an *Error naming the document and the
// cause, within the limit, and that no child process is left (not even a zombie).
func TestIsolatedFailures(t *testing.T) {
	// First show that childProcesses sees a child, so that "none left" means something.
	sleep := exec.Command("sleep", "30")
	if err := sleep.Start(); err != nil {
		t.Fatal(err)
	}
	seen := slices.Contains(childProcesses(t), strconv.Itoa(sleep.Process.Pid))
	sleep.Process.Kill()
	sleep.Wait()
	if !seen {
		t.Fatalf("childProcesses does not list a running child (%d)", sleep.Process.Pid)
	}

	t.Run("group", func(t *testing.T) { testIsolatedFailures(t) })
	CloseChildren() // children that answered wait idle for the next document
	if kids := childProcesses(t); len(kids) > 0 {
		t.Errorf("child processes left behind: %v", kids)
	}
}

func testIsolatedFailures(t *testing.T) {
	cases := []struct {
		mode    string
		cause   Cause
		message string
	}{
		{"hang", CauseTimeout, "timed out after 1.5s"},
		{"panic-goroutine", CauseCrash, "child crashed: panic: injected panic outside the page loop"},
		{"panic", CauseParse, "text layer: panic: injected panic in parse"},
		{"stack", CauseStackOverflow, "child killed: stack overflow"},
		{"oom", CauseOutOfMemory, "child killed: out of memory (limit 256 MiB)"},
		{"garbage-out", CauseProtocol, "reading child output:"},
		{"exit7", CauseCrash, "child crashed: exit status 7"},
	}
	for _, c := range cases {
		t.Run(c.mode, func(t *testing.T) {
			t.Parallel()
			if c.cause == CauseOutOfMemory && raceEnabled {
				t.Skip("the race runtime dies of address-space collisions under RLIMIT_AS, not of out of memory")
			}
			// Generous limits but for the hang: on a loaded machine a stack
			// overflow or memory exhaustion can take seconds to happen.
			opt := Options{Command: selfCommand(t, c.mode), Timeout: 30 * time.Second, MemoryLimit: 256 << 20}
			if c.cause == CauseTimeout {
				opt.Timeout = 1500 * time.Millisecond
			}
			start := time.Now()
			res, err := ParseIsolated(context.Background(), []byte("%PDF-1.4\n"), "x.pdf", opt)
			elapsed := time.Since(start)
			if err == nil {
				t.Fatalf("got result %+v, want an error", res)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.Cause != c.cause {
				t.Fatalf("error %q: cause %v, want %v", err, CauseOf(err), c.cause)
			}
			if !strings.HasPrefix(err.Error(), "pdf: x.pdf: ") || !strings.Contains(err.Error(), c.message) {
				t.Errorf("error %q does not name the file and say %q", err, c.message)
			}
			t.Logf("%v in %v", err, elapsed)
			if elapsed > opt.Timeout+3*time.Second {
				t.Errorf("took %v, limit %v", elapsed, opt.Timeout)
			}
		})
	}
}

// TestTimeoutKillsProcessGroup checks that a timeout kills what the child
// started too, not only the child.
func TestTimeoutKillsProcessGroup(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	opt := Options{
		Command: []string{"sh", "-c", `sleep 300 & echo $! > "$0"; wait`, pidFile},
		Timeout: 500 * time.Millisecond,
	}
	_, err := ParseIsolated(context.Background(), nil, "group.pdf", opt)
	if CauseOf(err) != CauseTimeout {
		t.Fatalf("got %v, want a timeout", err)
	}
	b, rerr := os.ReadFile(pidFile)
	if rerr != nil {
		t.Fatalf("the child did not start its grandchild: %v", rerr)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	deadline := time.Now().Add(2 * time.Second)
	for processAlive(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("grandchild %d still running after the child's timeout", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// processAlive reports whether pid runs (a zombie awaiting its new parent's wait
// counts as dead: it was killed).
func processAlive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}

func TestCanceledByCaller(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	_, err := ParseIsolated(ctx, nil, "c.pdf", Options{Command: selfCommand(t, "hang"), Timeout: 10 * time.Second})
	if CauseOf(err) != CauseCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want canceled wrapping context.Canceled", err)
	}
}

func TestMissingChildCommand(t *testing.T) {
	_, err := ParseIsolated(context.Background(), nil, "m.pdf", Options{Command: []string{"/nonexistent/jplan"}})
	if err == nil || !strings.Contains(err.Error(), "pdf: m.pdf: ") || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v, want an error naming m.pdf wrapping ErrNotExist", err)
	}
}

// TestNotAChild: a child command that does not speak the protocol (a test binary
// without ServeChildIfRequested runs its tests and prints PASS) is named as such.
func TestNotAChild(t *testing.T) {
	_, err := ParseIsolated(context.Background(), nil, "p.pdf", Options{Command: []string{"sh", "-c", "echo PASS"}})
	if CauseOf(err) != CauseProtocol || !strings.Contains(err.Error(), `not a pdf child reply: "PASS" (does the child command run pdf.ServeChildIfRequested?)`) {
		t.Fatalf("got %v", err)
	}
}

// TestNestedChildRefused: a process that is itself a PDF child never starts
// another one, so a mis-wired test binary cannot re-execute itself forever.
func TestNestedChildRefused(t *testing.T) {
	t.Setenv(envChild, "1")
	_, err := ParseIsolated(context.Background(), nil, "n.pdf", Options{Command: []string{"/bin/false"}})
	if err == nil || !strings.Contains(err.Error(), "pdf: n.pdf: child crashed: nested pdf child") {
		t.Fatalf("got %v", err)
	}
}

// childProcesses lists the pids of this process's children, from
// /proc/self/task/*/children (zombies included: they are children until waited for).
func childProcesses(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("/proc/self/task/*/children")
	if err != nil || len(files) == 0 {
		t.Skipf("cannot list child processes: %v", err)
	}
	var kids []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // the thread exited
		}
		kids = append(kids, strings.Fields(string(b))...)
	}
	return kids
}

func TestReplyTooLarge(t *testing.T) {
	defer func(old int) { maxReplyBytes = old }(maxReplyBytes)
	maxReplyBytes = 64 << 10
	_, err := ParseIsolated(context.Background(), nil, "big.pdf", Options{Command: selfCommand(t, "big-out")})
	if CauseOf(err) != CauseProtocol || err.Error() != "pdf: big.pdf: reading child output: reply larger than 64 KiB" {
		t.Fatalf("got %.200v", err)
	}
}
