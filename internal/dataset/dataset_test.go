package dataset

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"jplan/internal/plan"
)

// truthRecords are the hand-made truth records of the bundled corpus and the
// devset: real records with every kind of field.
func truthRecords(t testing.TB) []*plan.Record {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/truth/*.json")
	devset, _ := filepath.Glob("../../testdata/devset/*/golden.json")
	files = append(files, devset...)
	sort.Strings(files)
	if len(files) < 10 {
		t.Fatalf("found only %d truth records", len(files))
	}
	var recs []*plan.Record
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := plan.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		recs = append(recs, r)
	}
	return recs
}

func writeAll(t *testing.T, dir string, recs []*plan.Record, opt Options) {
	t.Helper()
	w, err := Create(context.Background(), dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Fail(map[string]string{"id": "x", "stage": "layout", "reason": "broken"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestPlansJSONLPassesChecks(t *testing.T) {
	recs := truthRecords(t)
	dir := t.TempDir()
	writeAll(t, dir, recs, Options{})
	f, err := os.Open(filepath.Join(dir, PlansFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ids []string
	err = plan.CheckAll(f, PlansFile, func(r plan.Result) error {
		if len(r.Failures) > 0 {
			t.Errorf("line %d: %v", r.Line, r.Failures)
		}
		ids = append(ids, r.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range recs {
		want = append(want, r.ID)
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ids in plans.jsonl = %v, want the input order %v", ids, want)
	}
}

// readCSV opens a table with encoding/csv, as a researcher's script would.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestCSVTables(t *testing.T) {
	recs := truthRecords(t)
	dir := t.TempDir()
	writeAll(t, dir, recs, Options{})
	want := map[string]int{}
	for _, r := range recs {
		want["documents"]++
		want["missions"] += len(r.Missions)
		want["projects"] += len(r.Projects)
		want["indicators"] += len(r.Indicators)
		want["sdgs"] += len(r.SDGs)
		for _, m := range r.Missions {
			want["sdgs"] += len(m.SDGs)
		}
		for _, p := range r.Projects {
			want["sdgs"] += len(p.SDGs)
		}
	}
	for _, tb := range Tables {
		rows := readCSV(t, filepath.Join(dir, tb.Name+".csv"))
		if !reflect.DeepEqual(rows[0], tb.ColumnNames()) {
			t.Errorf("%s.csv header = %v, want %v", tb.Name, rows[0], tb.ColumnNames())
		}
		if got := len(rows) - 1; got != want[tb.Name] {
			t.Errorf("%s.csv has %d rows, want %d", tb.Name, got, want[tb.Name])
		}
		for i, row := range rows[1:] {
			if row[0] == "" {
				t.Errorf("%s.csv row %d has no document_id", tb.Name, i+1)
			}
			if c := row[1]; c != "" && len(c) != 6 {
				t.Errorf("%s.csv row %d: municipality_code %q is not 6 digits", tb.Name, i+1, c)
			}
		}
	}
	if strings.HasPrefix(string(mustRead(t, filepath.Join(dir, "documents.csv"))), utf8BOM) {
		t.Error("documents.csv starts with a BOM without --excel")
	}
}

func TestCSVValues(t *testing.T) {
	r := &plan.Record{Schema: plan.SchemaID, ID: "doc1",
		Publisher:  plan.Publisher{Municipality: "真庭市", MunicipalityCode: "332143", Organization: plan.Str("総合政策部")},
		FiscalYear: 2026, SDGs: []int{8, 17},
		Projects: []plan.Project{{ID: "P1", Code: "1-①", Title: "移住, 定住\n「促進」", Tags: []string{"重点事業", "行革"}, SDGs: []int{8}}},
		Indicators: []plan.Indicator{{ID: "I1", Name: "ふるさと納税額",
			Target: &plan.Quantity{Raw: "10.0億円", Value: plan.Float(1e9), Unit: "円"},
			Actual: &plan.Quantity{Raw: "8.5億円", Value: plan.Float(8.5e8), Unit: "円", FiscalYear: 2025, Estimated: true}}},
	}
	dir := t.TempDir()
	writeAll(t, dir, []*plan.Record{r}, Options{})
	ind := readCSV(t, filepath.Join(dir, "indicators.csv"))
	got := map[string]string{}
	for i, name := range ind[0] {
		got[name] = ind[1][i]
	}
	for col, want := range map[string]string{"document_id": "doc1", "municipality_code": "332143", "fiscal_year": "2026",
		"name": "ふるさと納税額", "target_raw": "10.0億円", "target_value": "1000000000", "target_unit": "円",
		"target_estimated": "0", "actual_value": "850000000", "actual_fiscal_year": "2025", "actual_estimated": "1", "project_id": ""} {
		if got[col] != want {
			t.Errorf("indicators.%s = %q, want %q", col, got[col], want)
		}
	}
	proj := readCSV(t, filepath.Join(dir, "projects.csv"))
	if title, tags := proj[1][5], proj[1][10]; title != "移住, 定住\n「促進」" || tags != "重点事業;行革" {
		t.Errorf("projects title, tags = %q, %q", title, tags)
	}
	sdgs := readCSV(t, filepath.Join(dir, "sdgs.csv"))
	var links []string
	for _, row := range sdgs[1:] {
		links = append(links, row[3]+":"+row[4]+":"+row[5])
	}
	if want := []string{"document::8", "document::17", "project:P1:8"}; !reflect.DeepEqual(links, want) {
		t.Errorf("sdgs.csv links = %v, want %v", links, want)
	}
}

func TestExcelCSV(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, dir, truthRecords(t)[:3], Options{Excel: true})
	data := mustRead(t, filepath.Join(dir, "missions.csv"))
	if !strings.HasPrefix(string(data), utf8BOM+"document_id,") {
		t.Fatalf("missions.csv does not start with a BOM and the header: %q", data[:min(40, len(data))])
	}
	if !bytes.Contains(data, []byte("\r\n")) {
		t.Error("missions.csv for Excel has no CRLF line ends")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte(utf8BOM)))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("missions.csv for Excel: %d rows, %v", len(rows), err)
	}
}

func TestSQLite(t *testing.T) {
	recs := truthRecords(t)
	dir := t.TempDir()
	writeAll(t, dir, recs, Options{})
	db, err := sql.Open("sqlite", filepath.Join(dir, SQLiteFile))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var indicators, want int
	for _, r := range recs {
		want += len(r.Indicators)
	}
	if err := db.QueryRow("SELECT count(*) FROM indicators").Scan(&indicators); err != nil {
		t.Fatal(err)
	}
	if indicators != want || want == 0 {
		t.Errorf("SELECT count(*) FROM indicators = %d, want %d", indicators, want)
	}
	var value sql.NullFloat64
	if err := db.QueryRow("SELECT target_value FROM indicators WHERE target_value IS NOT NULL LIMIT 1").Scan(&value); err != nil || !value.Valid {
		t.Errorf("no numeric target_value: %v", err)
	}
	for _, tb := range Tables {
		for _, col := range []string{"municipality_code", "fiscal_year"} {
			var plan string
			q := "EXPLAIN QUERY PLAN SELECT * FROM " + tb.Name + " WHERE " + col + " = ?"
			rows, err := db.Query(q, "1")
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var a, b, c int
				var detail string
				rows.Scan(&a, &b, &c, &detail)
				plan += detail
			}
			rows.Close()
			if !strings.Contains(plan, "INDEX") {
				t.Errorf("%s by %s does not use an index: %s", tb.Name, col, plan)
			}
		}
	}
	var n int
	db.QueryRow("SELECT count(*) FROM documents WHERE organization IS NULL").Scan(&n)
	var nullOrg int
	for _, r := range recs {
		if r.Publisher.Organization == nil {
			nullOrg++
		}
	}
	if n != nullOrg {
		t.Errorf("documents with NULL organization = %d, want %d (unknown is NULL, whole city is '')", n, nullOrg)
	}
}

func TestAbortKeepsPreviousOutputs(t *testing.T) {
	recs := truthRecords(t)
	dir := t.TempDir()
	writeAll(t, dir, recs[:2], Options{})
	before := snapshot(t, dir)
	w, err := Create(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	w.Abort()
	if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("abort changed the directory:\nbefore %v\nafter  %v", keysOf(before), keysOf(after))
	}
}

func TestCreateRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, tempPrefix+"plans.jsonl-123")
	fresh := filepath.Join(dir, tempPrefix+"plans.jsonl-456")
	os.WriteFile(stale, []byte(`{"half":`), 0o644)
	os.WriteFile(fresh, []byte(`{"half":`), 0o644)
	old := mustStat(t, stale).ModTime().Add(-2 * staleAge)
	os.Chtimes(stale, old, old)
	w, err := Create(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.Abort()
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a stale temporary file survived Create")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("Create removed a temporary file another run may still be writing")
	}
}

func TestEmptyDataset(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tb := range Tables {
		if rows := readCSV(t, filepath.Join(dir, tb.Name+".csv")); len(rows) != 1 {
			t.Errorf("%s.csv of an empty dataset has %d lines, want the header only", tb.Name, len(rows))
		}
	}
	if n := len(mustRead(t, filepath.Join(dir, PlansFile))); n != 0 {
		t.Errorf("plans.jsonl of an empty dataset has %d bytes", n)
	}
}

func TestCreateInUnwritableDir(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	_, err := Create(context.Background(), filepath.Join(f, "out"), Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "dataset: ") || !strings.Contains(err.Error(), f) {
		t.Errorf("Create under a file: %v, want a dataset: error naming the path", err)
	}
}

func snapshot(t *testing.T, dir string) map[string]string {
	out := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		out[e.Name()] = strconv.Itoa(len(mustRead(t, filepath.Join(dir, e.Name()))))
	}
	return out
}

func keysOf(m map[string]string) []string {
	var ks []string
	for k, v := range m {
		ks = append(ks, k+"="+v)
	}
	sort.Strings(ks)
	return ks
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func mustStat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// TestOutputDirWithURIChars: a directory name with '?', '#' or '%' is a path,
// not part of a URI.
func TestOutputDirWithURIChars(t *testing.T) {
	recs := truthRecords(t)[:2]
	for _, name := range []string{"run#1", "what?mode=ro", "100%"} {
		dir := filepath.Join(t.TempDir(), name)
		writeAll(t, dir, recs, Options{})
		// The reader needs the escaped URI too: the driver splits a plain name at '?'.
		db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: filepath.Join(dir, SQLiteFile)}).String())
		if err != nil {
			t.Fatal(err)
		}
		var n int
		err = db.QueryRow("SELECT count(*) FROM documents").Scan(&n)
		db.Close()
		if err != nil || n != len(recs) {
			t.Errorf("%s: %d documents in plans.sqlite, %v", name, n, err)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), "*")); len(left) != 1 {
			t.Errorf("%s: files beside the output directory: %v", name, left)
		}
	}
}
