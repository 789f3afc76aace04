package crawl

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"jplan/internal/fetch"
)

// Environment of the crawl child process (the test binary re-executed).
const (
	childURLEnv = "JPLAN_CRAWL_TEST_CHILD_URL"
	childOutEnv = "JPLAN_CRAWL_TEST_CHILD_OUT"
)

func TestMain(m *testing.M) {
	if u := os.Getenv(childURLEnv); u != "" {
		os.Exit(crawlChild(u, os.Getenv(childOutEnv)))
	}
	os.Exit(m.Run())
}

// crawlChild runs one crawl and prints a line per document, until killed.
func crawlChild(base, dir string) int {
	e := newEnv(childTB{}, dir)
	cfg := e.config(childTB{}, siteRegistry(childTB{}, base), resumeFetch())
	cfg.Progress = func(ev Event) { fmt.Printf("done %d\n", ev.Done) }
	if _, err := Run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func resumeFetch() fetch.Config {
	fc := fastFetch()
	fc.HostDelay = -1
	// Generous: a loaded CI machine must not turn a slow response into a
	// failure that makes the two datasets differ for the wrong reason.
	fc.TotalTimeout, fc.FirstByteTimeout = 20*time.Second, 10*time.Second
	return fc
}

// childTB is the little of testing.TB the helpers use, for the child process.
type childTB struct{ testing.TB }

func (childTB) Fatal(args ...any)     { fmt.Fprintln(os.Stderr, args...); os.Exit(2) }
func (childTB) Cleanup(func())        {}
func (childTB) Helper()               {}
func (childTB) Errorf(string, ...any) {}

// TestKillAndResume kills a crawl with SIGKILL half-way, runs it again, and
// compares the result with an uninterrupted crawl of the same site.
func TestKillAndResume(t *testing.T) {
	const n = 40
	b := newBulkSite(t, n, 15*time.Millisecond)

	whole := t.TempDir()
	ew := newEnv(t, whole)
	if sum, err := Run(context.Background(), ew.config(t, siteRegistry(t, b.URL), resumeFetch())); err != nil || sum.New != n || sum.Failed != 0 {
		t.Fatalf("uninterrupted run %v, %v; want %d new, none failed", sum, err, n)
	}

	killed := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childURLEnv+"="+b.URL, childOutEnv+"="+killed)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	done := 0
	for sc.Scan() {
		if _, err := fmt.Sscanf(sc.Text(), "done %d", &done); err == nil && done >= n/2 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if done < n/2 || done > n {
		t.Fatalf("child reported %d documents before the kill", done)
	}
	if _, err := os.Stat(killed + "/" + DatasetFile); err == nil {
		t.Log("note: child wrote the dataset before it was killed")
	}

	ek := newEnv(t, killed)
	sum, err := Run(context.Background(), ek.config(t, siteRegistry(t, b.URL), resumeFetch()))
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Interrupted) != 1 {
		t.Errorf("resumed run found interrupted runs %v, want one", sum.Interrupted)
	}
	if sum.New+sum.NotModified < n || sum.New == 0 || sum.New == n {
		t.Errorf("resumed run %v: want the rest as new and the done part not modified", sum)
	}
	sameDataset(t, readDataset(t, whole), readDataset(t, killed))
	if t.Failed() {
		rows, _ := ek.state.Docs(context.Background(), "record IS NULL")
		for _, d := range rows {
			t.Logf("row without record: %+v", d)
		}
		t.Logf("resumed: %v", sum)
	}
	sameStore(t, ew, ek)
	newOnce(t, readChanges(t, killed), n)
}

func sameDataset(t *testing.T, want, got map[string]planRecord) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("resumed dataset has %d records, uninterrupted %d", len(got), len(want))
	}
	for id, w := range want {
		g, ok := got[id]
		if !ok {
			t.Errorf("%s missing after resume", id)
			continue
		}
		w.Source.FetchedAt, g.Source.FetchedAt = "", ""
		if fmt.Sprint(w) != fmt.Sprint(g) {
			t.Errorf("%s differs:\n got %+v\nwant %+v", id, g, w)
		}
	}
}

func sameStore(t *testing.T, a, b *env) {
	t.Helper()
	da, _ := a.store.Digests()
	db, _ := b.store.Digests()
	slices.Sort(da)
	slices.Sort(db)
	if !slices.Equal(da, db) {
		t.Errorf("stores differ: %d vs %d objects", len(da), len(db))
	}
	tmp, _ := findTemps(b.dir)
	if len(tmp) != 0 {
		t.Logf("temp files left by the killed run (harmless, never read): %v", tmp)
	}
	ra, _ := a.state.Docs(context.Background(), "1")
	rb, _ := b.state.Docs(context.Background(), "1")
	if len(ra) != len(rb) {
		t.Errorf("state has %d rows after resume, %d uninterrupted", len(rb), len(ra))
	}
}

// newOnce checks that across all runs' change logs every document is new exactly once.
func newOnce(t *testing.T, changes []Change, n int) {
	t.Helper()
	seen := map[string]int{}
	for _, c := range changes {
		if c.Change != ChangeNew {
			t.Errorf("unexpected change %+v", c)
		}
		seen[c.ID]++
	}
	if len(seen) != n {
		t.Errorf("change logs name %d documents as new, want %d", len(seen), n)
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("%s logged new %d times", id, k)
		}
	}
}

func findTemps(dir string) ([]string, error) {
	var out []string
	err := walkFiles(dir, func(p string) {
		if strings.Contains(p, ".tmp-") {
			out = append(out, p)
		}
	})
	return out, err
}
