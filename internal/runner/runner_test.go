package runner

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "jplan/extractors/all"
	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/pdf"
	"jplan/internal/plan"
)

// TestMain lets this test binary serve as the isolated PDF child.
func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

const corpusDir = "../../corpus"

// collect is a Sink that keeps everything, in the order received.
type collect struct {
	mu       sync.Mutex
	order    []string // record ids and "!"+failure ids
	records  []*plan.Record
	failures []Failure
	stopAt   int   // return errStop after this many outcomes (0: never)
	err      error // returned by Record
}

var errStop = errors.New("stop")

func (c *collect) Record(r *plan.Record) error {
	c.records = append(c.records, r)
	c.order = append(c.order, r.ID)
	return c.next()
}

func (c *collect) Failure(f Failure) error {
	c.failures = append(c.failures, f)
	c.order = append(c.order, "!"+f.ID)
	return c.next()
}

func (c *collect) next() error {
	if c.stopAt > 0 && len(c.order) >= c.stopAt {
		return errStop
	}
	return c.err
}

func corpusItems(t testing.TB) []Item {
	t.Helper()
	items, err := FromCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// TestCorpusInOrder runs the bundled corpus: every document is reported once,
// in manifest order, and four workers give byte-identical records to one.
func TestCorpusInOrder(t *testing.T) {
	items := corpusItems(t)
	var outputs [2][]byte
	for i, workers := range []int{1, 4} {
		var c collect
		st, err := Run(context.Background(), items, &c, Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != len(items) || st.Records+st.Failures != len(items) || len(c.order) != len(items) {
			t.Fatalf("workers=%d: stats %+v, %d outcomes for %d items", workers, st, len(c.order), len(items))
		}
		for j, it := range items {
			if got := strings.TrimPrefix(c.order[j], "!"); got != it.ID {
				t.Fatalf("workers=%d: outcome %d is %s, want %s (manifest order)", workers, j, got, it.ID)
			}
		}
		for _, f := range c.failures {
			t.Errorf("workers=%d: %s failed at %s: %s", workers, f.ID, f.Stage, f.Reason)
		}
		var buf bytes.Buffer
		for _, r := range c.records {
			if fails := plan.Validate(r); len(fails) > 0 {
				t.Errorf("%s: %v", r.ID, fails)
			}
			plan.Encode(&buf, r)
		}
		outputs[i] = buf.Bytes()
	}
	if !bytes.Equal(outputs[0], outputs[1]) {
		t.Error("records differ between 1 and 4 workers")
	}
}

func TestCorpusSourceURLs(t *testing.T) {
	for _, it := range corpusItems(t) {
		if it.ID == "" || (!strings.HasPrefix(it.URL, "https://") && !strings.HasPrefix(it.URL, "file:seeds/")) {
			t.Errorf("item %+v: want the manifest id and its URL or file:seeds/…", it)
		}
		if _, err := os.Stat(it.Path); err != nil {
			t.Error(err)
		}
	}
}

// brokenCorpus is a directory with good documents and four bad ones.
func brokenCorpus(t *testing.T) (dir string, good, bad []string) {
	t.Helper()
	dir = t.TempDir()
	copyFile := func(src, name string) {
		data, err := os.ReadFile(filepath.Join(corpusDir, "seeds", src))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	copyFile("000_0cc3bb853a8a753b.html", "a-maniwa.html")
	copyFile("004_100f42f673f1fccc.txt", "b-niigata.txt")
	copyFile("001_eab234e6a144cc72.libreoffice.pdf", "c-maniwa.pdf")
	good = []string{"a-maniwa.html", "b-niigata.txt", "c-maniwa.pdf"}

	whole, _ := os.ReadFile(filepath.Join(corpusDir, "seeds", "001_eab234e6a144cc72.chromium.pdf"))
	os.WriteFile(filepath.Join(dir, "d-broken.pdf"), whole[:len(whole)/3], 0o644)
	os.WriteFile(filepath.Join(dir, "e-empty.txt"), nil, 0o644)
	var img bytes.Buffer
	png.Encode(&img, image.NewGray(image.Rect(0, 0, 8, 8)))
	os.WriteFile(filepath.Join(dir, "f-scan.png"), img.Bytes(), 0o644)
	var arc bytes.Buffer
	zw := zip.NewWriter(&arc)
	w, _ := zw.Create("令和5年度部局経営目標.txt")
	w.Write([]byte("令和5年度 部局経営目標\n1 使命\n"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "g-bundle.zip"), arc.Bytes(), 0o644)
	bad = []string{"d-broken.pdf", "e-empty.txt", "f-scan.png", "g-bundle.zip"}
	return dir, good, bad
}

func TestBrokenInputsFailAlone(t *testing.T) {
	dir, good, bad := brokenCorpus(t)
	items, err := FromPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != len(good)+len(bad) {
		t.Fatalf("FromPaths found %d files, want %d", len(items), len(good)+len(bad))
	}
	var c collect
	st, err := Run(context.Background(), items, &c, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != len(good) || st.Failures != len(bad) {
		t.Fatalf("stats %+v, want %d records and %d failures; failures: %+v", st, len(good), len(bad), c.failures)
	}
	wantStage := map[string]string{"d-broken.pdf": "layout", "e-empty.txt": StageSniff, "f-scan.png": StageSniff, "g-bundle.zip": StageSniff}
	wantReason := map[string]string{"d-broken.pdf": "pdf", "e-empty.txt": "empty file", "f-scan.png": "PNG", "g-bundle.zip": "zip"}
	for i, f := range c.failures {
		name := bad[i]
		if filepath.Base(f.Path) != name || !strings.HasPrefix(f.URL, "file:") || !strings.HasPrefix(f.ID, "sha256:") {
			t.Errorf("failure %d = %+v, want %s with its file: URL and sha256 id", i, f, name)
		}
		if f.Stage != wantStage[name] || !strings.Contains(f.Reason, wantReason[name]) || !strings.Contains(f.Reason, name) {
			t.Errorf("%s: stage %q reason %q; want stage %q and a reason naming the file and %q",
				name, f.Stage, f.Reason, wantStage[name], wantReason[name])
		}
	}
	for i, r := range c.records {
		if !strings.HasSuffix(r.Source.URL, good[i]) || r.Publisher.Municipality == "" {
			t.Errorf("record %d from %s: municipality %q", i, r.Source.URL, r.Publisher.Municipality)
		}
	}
}

func TestReadErrorNamesFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone.html")
	var c collect
	st, err := Run(context.Background(), []Item{{ID: "x", Path: missing, URL: "file:gone.html"}}, &c, Options{})
	if err != nil || st.Failures != 1 {
		t.Fatalf("Run: %+v, %v", st, err)
	}
	if f := c.failures[0]; f.Stage != StageRead || !strings.Contains(f.Reason, missing) || f.ID != "x" {
		t.Errorf("failure %+v, want stage read naming %s", f, missing)
	}
}

func TestDuplicateBytesReportedOnce(t *testing.T) {
	src := filepath.Join(corpusDir, "seeds", "000_0cc3bb853a8a753b.txt")
	items := []Item{{Path: src, URL: "file:one.txt"}, {Path: src, URL: "file:two.txt"}}
	var c collect
	st, err := Run(context.Background(), items, &c, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != 1 || st.Failures != 1 || c.failures[0].Stage != StageDuplicate || !strings.Contains(c.failures[0].Reason, "file:one.txt") {
		t.Errorf("stats %+v, failures %+v: want the second copy reported as a duplicate of the first", st, c.failures)
	}
}

func TestSinkErrorStopsRun(t *testing.T) {
	items := corpusItems(t)
	c := collect{stopAt: 2}
	st, err := Run(context.Background(), items, &c, Options{Workers: 2})
	if !errors.Is(err, errStop) || st.Documents != 1 || len(c.order) != 2 {
		t.Errorf("Run = %+v, %v after %d outcomes; want the sink's error after the second", st, err, len(c.order))
	}
}

func TestCancelStopsRun(t *testing.T) {
	items := corpusItems(t)
	ctx, cancel := context.WithCancel(context.Background())
	c := collect{}
	n := 0
	st, err := Run(ctx, items, &c, Options{Workers: 2, Progress: func(done, total int) {
		n++
		if done == 3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || st.Documents != 3 || n != 3 {
		t.Errorf("Run after cancel = %+v, %v (%d progress calls); want 3 documents and context.Canceled", st, err, n)
	}
}

func TestFromPathsErrors(t *testing.T) {
	_, err := FromPaths([]string{filepath.Join(t.TempDir(), "nope")})
	if err == nil || !strings.HasPrefix(err.Error(), "runner: ") || !strings.Contains(err.Error(), "nope") {
		t.Errorf("FromPaths(missing) = %v", err)
	}
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "HEAD"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644)
	items, err := FromPaths([]string{dir})
	var names []string
	for _, it := range items {
		names = append(names, filepath.Base(it.Path))
	}
	if err != nil || !reflect.DeepEqual(names, []string{"a.txt", "b.txt"}) {
		t.Errorf("FromPaths(dir) = %v, %v; want a.txt, b.txt (sorted, hidden skipped)", names, err)
	}
}

// panicky is an extractor with a bug: it panics on every document.
var panicky = extract.Spec{Name: "test-panicky", Version: "0", Description: "panics (runner tests)",
	Match: func(*layout.Document) float64 { return extract.None },
	Extract: func(context.Context, *layout.Document, *extract.Env) (*plan.Record, error) {
		var m map[string]int
		m["boom"]++ // assignment to entry in nil map
		return nil, nil
	}}

func init() { extract.Register(panicky) }

func TestPanicCostsOneDocument(t *testing.T) {
	items := corpusItems(t)[:3]
	var c collect
	st, err := Run(context.Background(), items, &c, Options{Workers: 2, Extractor: panicky.Name})
	if err != nil || st.Failures != len(items) {
		t.Fatalf("Run = %+v, %v; want every document failed, the run completed", st, err)
	}
	f := c.failures[0]
	if f.Stage != StagePanic || !strings.Contains(f.Reason, "nil map") || !strings.Contains(f.Reason, "runner_test.go") ||
		!strings.Contains(f.Reason, items[0].Path) {
		t.Errorf("failure %+v: want stage panic, the panic value, where it happened and the file", f)
	}
}

// slowFirst is an extractor for TestSlowDocumentDoesNotHoldWorkers: the
// document named "slow" waits until every other document has been extracted.
var (
	quickDone       atomic.Int32
	quickBeforeSlow atomic.Int32 // quickDone when the slow document finished
	slowFirst       = extract.Spec{Name: "test-slow-first", Version: "0", Description: "waits (runner tests)",
		Match: func(*layout.Document) float64 { return extract.None },
		Extract: func(ctx context.Context, doc *layout.Document, _ *extract.Env) (*plan.Record, error) {
			if strings.HasSuffix(doc.Name, "slow.txt") {
				deadline := time.Now().Add(20 * time.Second)
				for quickDone.Load() < slowFirstQuick && time.Now().Before(deadline) {
					time.Sleep(time.Millisecond)
				}
				quickBeforeSlow.Store(quickDone.Load())
			} else {
				quickDone.Add(1)
			}
			return &plan.Record{Schema: plan.SchemaID, Title: doc.Name}, nil
		}}
)

const slowFirstQuick = 40

func init() { extract.Register(slowFirst) }

// TestSlowDocumentDoesNotHoldWorkers: while the first document is slow, the
// other workers go on with the rest, and the output keeps input order.
func TestSlowDocumentDoesNotHoldWorkers(t *testing.T) {
	dir := t.TempDir()
	items := []Item{{ID: "slow", Path: filepath.Join(dir, "slow.txt")}}
	for i := range slowFirstQuick {
		items = append(items, Item{ID: "quick-" + itoa(i), Path: filepath.Join(dir, "quick-"+itoa(i)+".txt")})
	}
	for _, it := range items {
		os.WriteFile(it.Path, []byte("令和5年度 "+it.ID), 0o644)
	}
	quickDone.Store(0)
	quickBeforeSlow.Store(-1)
	var c collect
	st, err := Run(context.Background(), items, &c, Options{Workers: 2, Extractor: slowFirst.Name})
	if err != nil || st.Records != len(items) {
		t.Fatalf("Run = %+v, %v; failures %v", st, err, c.failures)
	}
	if n := quickBeforeSlow.Load(); n != slowFirstQuick {
		t.Errorf("only %d of %d documents were extracted while the first one was slow", n, slowFirstQuick)
	}
	for i, it := range items {
		if c.order[i] != it.ID {
			t.Fatalf("outcome %d is %s, want %s", i, c.order[i], it.ID)
		}
	}
}
