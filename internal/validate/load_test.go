package validate

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadTruthDevset(t *testing.T) {
	truth, err := LoadTruth("testdata/devset")
	if err != nil {
		t.Fatal(err)
	}
	if len(truth) != 6 {
		t.Fatalf("loaded %d truth records, want the 6 golden.json (source.json is not a record)", len(truth))
	}
	for i := 1; i < len(truth); i++ {
		if truth[i-1].Record.ID >= truth[i].Record.ID {
			t.Errorf("not sorted by id: %s before %s", truth[i-1].Record.ID, truth[i].Record.ID)
		}
	}
	for _, tr := range truth {
		if filepath.Base(tr.File) != "golden.json" {
			t.Errorf("loaded %s", tr.File)
		}
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadTruthBrokenRecordNamesFileAndPointer(t *testing.T) {
	const good = `{"schema":"plan/v1","id":"a","source":{},"publisher":{}}`
	cases := []struct {
		name, json, pointer string
	}{
		{"unknown field", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"missions":[{"id":"M1","title":"x"},{"id":"M2","title":"y","colour":"red"}]}`, "/missions/1/colour"},
		{"missing title", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"projects":[{"id":"P1"}]}`, "/projects/0"},
		{"wrong type", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"fiscal_year":"2023"}`, "/fiscal_year"},
		{"fraction year", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"indicators":[{"id":"I1","name":"n","target":{"raw":"1","fiscal_year":2023.5}}]}`, "/indicators/0/target/fiscal_year"},
		{"bad sdg", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"sdgs":[3,18]}`, "/sdgs/1"},
		{"bad date", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"dates":{"updated":"2023/06/22"}}`, "/dates/updated"},
		{"bad schema", `{"schema":"plan/v2","id":"a","source":{},"publisher":{}}`, "/schema"},
		{"no source", `{"schema":"plan/v1","id":"a","publisher":{}}`, ""},
		{"bad check digit", `{"schema":"plan/v1","id":"a","source":{},"publisher":{"municipality_code":"332140"}}`, "/publisher/municipality_code"},
		{"key with slash", `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"a/b":1}`, "/a~1b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "ok.json"), good)
			bad := filepath.Join(dir, "sub", "bad.json")
			writeFile(t, bad, c.json)
			_, err := LoadTruth(dir)
			var re *RecordError
			var se *ShapeError
			if !errors.As(err, &re) || !errors.As(err, &se) {
				t.Fatalf("err = %v, want a RecordError wrapping a ShapeError", err)
			}
			if re.File != bad || se.Pointer != c.pointer {
				t.Errorf("error at %s %s, want %s %s", re.File, se.Pointer, bad, c.pointer)
			}
			ptr := c.pointer
			if ptr == "" {
				ptr = "/"
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "validate: "+bad+":1: at "+ptr+": ") {
				t.Errorf("message %q does not name file and pointer", msg)
			}
		})
	}
}

func TestLoadTruthDuplicateID(t *testing.T) {
	dir := t.TempDir()
	rec := `{"schema":"plan/v1","id":"same","source":{},"publisher":{}}`
	writeFile(t, filepath.Join(dir, "a.json"), rec)
	writeFile(t, filepath.Join(dir, "b.json"), rec)
	_, err := LoadTruth(dir)
	if err == nil || !strings.Contains(err.Error(), "a.json") || !strings.Contains(err.Error(), "b.json") {
		t.Errorf("err = %v, want both files named", err)
	}
}

func TestLoadTruthNotJSON(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.json"), `{"schema":"plan/v1",`)
	if _, err := LoadTruth(dir); err == nil || !strings.Contains(err.Error(), "a.json") {
		t.Errorf("err = %v, want the file named", err)
	}
	writeFile(t, filepath.Join(dir, "a.json"), `{"schema":"plan/v1","id":"a","source":{},"publisher":{}} {}`)
	if _, err := LoadTruth(dir); err == nil || !strings.Contains(err.Error(), "a.json") {
		t.Errorf("err = %v, want trailing data refused", err)
	}
}

func TestReadPredictionsNamesLine(t *testing.T) {
	in := `{"schema":"plan/v1","id":"a","source":{},"publisher":{}}

{"schema":"plan/v1","id":"b","source":{},"publisher":{"municipality_code":332143}}
`
	_, err := ReadPredictions(strings.NewReader(in), "pred.jsonl")
	var re *RecordError
	if !errors.As(err, &re) || re.Line != 3 || !strings.Contains(err.Error(), "pred.jsonl:3: at /publisher/municipality_code") {
		t.Errorf("err = %v, want line 3 and the pointer", err)
	}
	recs, err := ReadPredictions(strings.NewReader(in[:strings.Index(in, "\n")]), "p")
	if err != nil || len(recs) != 1 || recs[0].ID != "a" {
		t.Errorf("good line: %v %v", recs, err)
	}
	// A prediction that breaks a value rule (check digit) is still scored.
	recs, err = ReadPredictions(strings.NewReader(`{"schema":"plan/v1","id":"c","source":{},"publisher":{"municipality_code":"332140"}}`), "p")
	if err != nil || len(recs) != 1 {
		t.Errorf("rule-breaking prediction refused: %v", err)
	}
}

func TestLoadTruthSeveralDirs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "x.json"), `{"schema":"plan/v1","id":"x","source":{},"publisher":{}}`)
	truth, err := LoadTruth("testdata/devset", dir)
	if err != nil || len(truth) != 7 {
		t.Fatalf("loaded %d, %v; want 7", len(truth), err)
	}
	if _, err := LoadTruth("testdata/devset", "testdata/devset"); err == nil {
		t.Error("the same records twice: no duplicate-id error")
	}
	if _, err := LoadTruth(filepath.Join(dir, "nope")); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("missing dir: err = %v", err)
	}
}
