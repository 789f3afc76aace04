package main

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"jplan/internal/dataset"
	"jplan/internal/pdf"
	"jplan/internal/plan"
)

// envRunAsJplan makes this test binary behave as the jplan binary, so tests
// can run it as a child process (to interrupt it) and PDFs can be parsed in
// its isolated children.
const envRunAsJplan = "JPLAN_TEST_RUN_AS_JPLAN"

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	if os.Getenv(envRunAsJplan) == "1" {
		os.Exit(run())
	}
	os.Exit(m.Run())
}

// jplanProcess runs this test binary as jplan with args.
func jplanProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envRunAsJplan+"=1")
	return cmd
}

// jplanExec runs this test binary as jplan in a child process (flags start
// fresh in every run) and returns its exit code, stdout and stderr.
func jplanExec(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := jplanProcess(args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

var runTruth = []string{"--truth", "../../testdata/truth", "--truth", "../../testdata/devset"}

func TestRunBundledCorpus(t *testing.T) {
	out := t.TempDir()
	cmd := jplanProcess(append([]string{"run", "--corpus", "../../corpus", "--out", out}, runTruth...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("jplan run: %v\nstderr: %s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "missions") || !strings.Contains(stdout.String(), "indicators") {
		t.Errorf("no score table on stdout:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "documents → ") {
		t.Errorf("no summary line on stderr: %s", stderr.String())
	}
	recs := checkPlans(t, filepath.Join(out, dataset.PlansFile))
	manifest, _ := os.ReadFile("../../corpus/corpus.tsv")
	var ids []string
	for _, line := range strings.Split(string(manifest), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			ids = append(ids, strings.Split(line, "\t")[0])
		}
	}
	if len(recs) != len(ids) {
		t.Fatalf("plans.jsonl has %d records, corpus.tsv %d documents", len(recs), len(ids))
	}
	indicators := 0
	for i, r := range recs {
		if r.ID != ids[i] {
			t.Errorf("record %d is %s, want %s (corpus order)", i, r.ID, ids[i])
		}
		indicators += len(r.Indicators)
	}
	for _, name := range []string{"documents", "missions", "projects", "indicators", "sdgs"} {
		rows := readCSVFile(t, filepath.Join(out, name+".csv"))
		if rows[0][0] != "document_id" || rows[0][1] != "municipality_code" || len(rows) < 2 {
			t.Errorf("%s.csv: header %v, %d lines", name, rows[0], len(rows))
		}
	}
	db, err := sql.Open("sqlite", filepath.Join(out, dataset.SQLiteFile))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM indicators").Scan(&n); err != nil || n != indicators {
		t.Errorf("SELECT count(*) FROM indicators = %d, %v; plans.jsonl has %d", n, err, indicators)
	}
	if code, stdout, stderr := jplanExec(t, "check", filepath.Join(out, dataset.PlansFile)); code != exitOK {
		t.Errorf("jplan check plans.jsonl: exit %d\n%s%s", code, stdout, stderr)
	}
	checkWithPython(t, out, map[string]int{"documents": len(recs), "indicators": indicators})
	if info, err := os.Stat(filepath.Join(out, reportFile)); err != nil || info.Size() < 1000 {
		t.Errorf("report.html: %v", err)
	}
	if data, err := os.ReadFile(filepath.Join(out, dataset.ErrorsFile)); err != nil || len(data) != 0 {
		t.Errorf("errors.jsonl: %q, %v; want an empty file", data, err)
	}
	// Run again without a report: the old report.html would describe other records.
	if code, _, stderr := jplanExec(t, "run", "--corpus", "../../corpus", "--out", out, "--no-report"); code != exitOK {
		t.Fatalf("jplan run --no-report: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, reportFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("report.html of the previous run left beside new outputs: %v", err)
	}
}

// TestRunBrokenCorpus: a broken PDF, an empty file and unknown formats are
// listed in errors.jsonl, every other document still makes its record, and
// the exit status is 1.
func TestRunBrokenCorpus(t *testing.T) {
	dir := t.TempDir()
	seeds, _ := filepath.Abs("../../corpus/seeds")
	pdfData, _ := os.ReadFile(filepath.Join(seeds, "004_100f42f673f1fccc.chromium.pdf"))
	os.WriteFile(filepath.Join(dir, "broken.pdf"), pdfData[:len(pdfData)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "empty.html"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "photo.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), 0o644)
	os.WriteFile(filepath.Join(dir, "bundle.zip"), []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), 0o644)
	manifest := "# test corpus\n" +
		"good-html\t" + filepath.Join(seeds, "000_0cc3bb853a8a753b.html") + "\thttps://www.city.maniwa.lg.jp/soshiki/2/1.html\n" +
		"bad-pdf\tbroken.pdf\n" +
		"good-pdf\t" + filepath.Join(seeds, "004_100f42f673f1fccc.libreoffice.pdf") + "\n" +
		"bad-empty\tempty.html\n" +
		"bad-png\tphoto.png\n" +
		"good-text\t" + filepath.Join(seeds, "003_6b0ab0eabee2ef88.txt") + "\n" +
		"bad-zip\tbundle.zip\n"
	// The manifest wants relative paths: point at the seeds through a symlink.
	os.Symlink(seeds, filepath.Join(dir, "seeds"))
	manifest = strings.ReplaceAll(manifest, seeds, "seeds")
	os.WriteFile(filepath.Join(dir, "corpus.tsv"), []byte(manifest), 0o644)

	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := jplanExec(t, "run", "--corpus", dir, "--out", out, "--workers", "3", "--truth", t.TempDir())
	if code != exitFailures || !strings.Contains(stderr, "4 of 7 documents failed") {
		t.Fatalf("exit %d, want %d\nstdout %s\nstderr %s", code, exitFailures, stdout, stderr)
	}
	recs := checkPlans(t, filepath.Join(out, dataset.PlansFile))
	var got []string
	for _, r := range recs {
		got = append(got, r.ID)
	}
	if strings.Join(got, ",") != "good-html,good-pdf,good-text" {
		t.Errorf("records %v, want the three good documents", got)
	}
	data, _ := os.ReadFile(filepath.Join(out, dataset.ErrorsFile))
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	want := []struct{ id, stage, reason string }{{"bad-pdf", "layout", "broken.pdf"}, {"bad-empty", "sniff", "empty"},
		{"bad-png", "sniff", "PNG"}, {"bad-zip", "sniff", "zip"}}
	if len(lines) != len(want) {
		t.Fatalf("errors.jsonl has %d lines, want %d:\n%s", len(lines), len(want), data)
	}
	for i, w := range want {
		var f struct{ ID, Path, URL, Stage, Reason string }
		if err := json.Unmarshal([]byte(lines[i]), &f); err != nil {
			t.Fatal(err)
		}
		if f.ID != w.id || f.Stage != w.stage || !strings.Contains(f.Reason, w.reason) || f.Path == "" || !strings.HasPrefix(f.URL, "file:") {
			t.Errorf("errors.jsonl line %d = %s; want id %s, stage %s, a reason with %q, its path and url", i+1, lines[i], w.id, w.stage, w.reason)
		}
	}
}

func TestRunCannotProceed(t *testing.T) {
	code, _, stderr := jplanExec(t, "run", "--corpus", filepath.Join(t.TempDir(), "nowhere"), "--out", t.TempDir(), "--truth", t.TempDir())
	if code != exitFatal || !strings.Contains(stderr, "nowhere") {
		t.Errorf("missing corpus: exit %d, stderr %s", code, stderr)
	}
	if code, _, stderr := jplanExec(t, "run", "--extractor", "nope", "--out", t.TempDir()); code != exitUsage || !strings.Contains(stderr, "nope") {
		t.Errorf("unknown --extractor: exit %d, stderr %s", code, stderr)
	}
	file := writeFile(t, "f", "x")
	code, _, stderr = jplanExec(t, "run", "--corpus", "../../corpus", "--out", filepath.Join(file, "out"), "--truth", t.TempDir())
	if code != exitFatal || !strings.Contains(stderr, "dataset:") {
		t.Errorf("output under a file: exit %d, stderr %s", code, stderr)
	}
}

// TestRunInterrupted stops runs half-way (SIGINT, then SIGKILL): the outputs
// of the previous run stay byte for byte, and no half file takes their place.
func TestRunInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs jplan on a few thousand documents")
	}
	dir := t.TempDir()
	seed, _ := filepath.Abs("../../corpus/seeds/000_0cc3bb853a8a753b.txt")
	os.Symlink(filepath.Dir(seed), filepath.Join(dir, "seeds"))
	var manifest strings.Builder
	for i := range 5000 {
		manifest.WriteString("doc-" + strconv.Itoa(i) + "\tseeds/" + filepath.Base(seed) + "\n")
	}
	os.WriteFile(filepath.Join(dir, "corpus.tsv"), []byte(manifest.String()), 0o644)
	out := t.TempDir()
	if code, _, stderr := jplanExec(t, "run", "--corpus", "../../corpus", "--out", out, "--truth", t.TempDir()); code != exitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := dirContents(t, out)
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGKILL} {
		cmd := jplanProcess("run", "--corpus", dir, "--out", out, "--truth", t.TempDir(), "--workers", "2")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitForTemp(t, out)
		time.Sleep(200 * time.Millisecond) // well into the run
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		code := cmd.ProcessState.ExitCode()
		if sig == os.Interrupt && (code != exitFatal || !strings.Contains(stderr.String(), "interrupted")) {
			t.Errorf("after SIGINT: exit %d (%v), stderr %s; want %d and 'interrupted'", code, err, stderr.String(), exitFatal)
		}
		after := dirContents(t, out)
		for name, data := range before {
			if !bytes.Equal(after[name], data) {
				t.Errorf("after %v: %s changed (%d bytes, was %d)", sig, name, len(after[name]), len(data))
			}
		}
		for name := range after {
			if _, ok := before[name]; !ok && (sig == os.Interrupt || !strings.HasPrefix(name, ".jplan-tmp-")) {
				t.Errorf("after %v: new file %s left in the output directory", sig, name)
			}
		}
	}
}

func waitForTemp(t *testing.T, dir string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".jplan-tmp-") {
				return
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the run never started writing")
}

func dirContents(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		m[e.Name()] = data
	}
	return m
}

// checkPlans reads a plans.jsonl through plan's checks and returns its records.
func checkPlans(t *testing.T, path string) []*plan.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []*plan.Record
	r := plan.NewReader(f)
	for {
		rec, line, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if fails := plan.Validate(rec); len(fails) > 0 {
			t.Errorf("%s:%d: %v", path, line, fails)
		}
		recs = append(recs, rec)
	}
	return recs
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestRunSources crawls a registry served on 127.0.0.1 and builds the dataset
// from what it fetched: the good page makes a record, the broken PDF a line of
// errors.jsonl.
func TestRunSources(t *testing.T) {
	page, _ := os.ReadFile("../../corpus/seeds/000_0cc3bb853a8a753b.html")
	pdfData, _ := os.ReadFile("../../corpus/seeds/001_eab234e6a144cc72.libreoffice.pdf")
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/goals.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/broken.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(pdfData[:len(pdfData)/3])
		default:
			http.NotFound(w, r)
		}
	}))
	defer s.Close()
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.yaml")
	yaml := "version: 1\nsources:\n  - id: test-maniwa\n    municipality_code: \"332143\"\n    start: [\"" +
		s.URL + "/goals.html\", \"" + s.URL + "/broken.pdf\"]\n"
	os.WriteFile(sources, []byte(yaml), 0o644)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := jplanExec(t, "run", "--sources", sources, "--out", out, "--truth", t.TempDir())
	if code != exitFailures {
		t.Fatalf("exit %d, want %d\nstdout %s\nstderr %s", code, exitFailures, stdout, stderr)
	}
	recs := checkPlans(t, filepath.Join(out, dataset.PlansFile))
	if len(recs) != 1 || recs[0].Source.URL != s.URL+"/goals.html" || len(recs[0].Missions) == 0 || recs[0].Source.FetchedAt == "" {
		t.Errorf("records %d, want the crawled page with its URL, fetch time and missions", len(recs))
	}
	errs, _ := os.ReadFile(filepath.Join(out, dataset.ErrorsFile))
	if strings.Count(string(errs), "\n") != 1 || !strings.Contains(string(errs), "/broken.pdf") {
		t.Errorf("errors.jsonl = %s, want the broken PDF", errs)
	}
	if code, _, _ := jplanExec(t, "run", "--sources", sources, "a.html"); code != exitUsage {
		t.Errorf("--sources with files: exit %d, want %d", code, exitUsage)
	}
}

// pythonCSV reads every table with Python's csv module, as a researcher's
// script would, and prints "name rows first-column" per file.
const pythonCSV = `
import csv, sys, os
for name in ["documents", "missions", "projects", "indicators", "sdgs"]:
    with open(os.path.join(sys.argv[1], name + ".csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
        print(name, len(rows), list(rows[0].keys())[0] if rows else "-")
`

// checkWithPython opens the CSV files with Python's csv module when python3
// is installed, and compares the row counts it sees with want.
func checkWithPython(t *testing.T, out string, want map[string]int) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not installed: CSV files not opened with Python's csv module")
		return
	}
	got, err := exec.Command(py, "-c", pythonCSV, out).CombinedOutput()
	if err != nil {
		t.Fatalf("python3 csv: %v\n%s", err, got)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || f[2] != "document_id" {
			t.Errorf("python3 csv: %q, want NAME ROWS document_id", line)
			continue
		}
		if n, ok := want[f[0]]; ok && strconv.Itoa(n) != f[1] {
			t.Errorf("python3 reads %s rows from %s.csv, want %d", f[1], f[0], n)
		}
	}
}
