package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jplan/schemas"
)

// jplan runs the CLI in-process and returns its exit code, stdout and stderr.
func jplan(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	rootCmd.SetIn(strings.NewReader(stdin))
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs(args)
	defer rootCmd.SetArgs(nil)
	resetFlags(rootCmd) // flags keep their values between in-process runs
	// run reports the command's error on os.Stderr itself.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := os.Stderr
	os.Stderr = w
	code := run()
	os.Stderr = stderr
	w.Close()
	rest, _ := io.ReadAll(r)
	r.Close()
	return code, out.String(), errOut.String() + string(rest)
}

// resetFlags sets every flag of c and its subcommands back to its default, so
// one in-process run of jplan does not see the flags of the one before.
func resetFlags(c *cobra.Command) {
	reset := func(f *pflag.Flag) {
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			sv.Replace(nil)
			if f.DefValue != "[]" {
				_ = f.Value.Set(strings.Trim(f.DefValue, "[]"))
			}
		} else {
			_ = f.Value.Set(f.DefValue)
		}
		f.Changed = false
	}
	c.Flags().VisitAll(reset)
	c.PersistentFlags().VisitAll(reset)
	for _, sub := range c.Commands() {
		resetFlags(sub)
	}
}

const goodRecord = `{"schema":"plan/v1","id":"sha256:9efcdfd9de2ab1c0","source":{"url":"https://www.city.maniwa.lg.jp/soshiki/40/104559.html","format":"html"},` +
	`"publisher":{"municipality":"真庭市","municipality_code":"332143","prefecture":"岡山県","organization":"産業観光部"},` +
	`"title":"令和7年度 部局経営目標【産業観光部】","kind":"department_goals","fiscal_year":2025,"fiscal_year_label":"令和7年度",` +
	`"missions":[{"id":"M1","title":"循環型経済の推進","sdgs":[8]}],"sdgs":[8]}`

// withID returns record with its id replaced.
func withID(record, id string) string {
	return strings.Replace(record, `"id":"sha256:9efcdfd9de2ab1c0"`, `"id":"`+id+`"`, 1)
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSchemaPrintsEmbedded(t *testing.T) {
	code, out, _ := jplan(t, "", "schema")
	if code != exitOK || out != string(schemas.PlanV1) {
		t.Errorf("exit %d, printed %d bytes; want 0 and the %d embedded bytes", code, len(out), len(schemas.PlanV1))
	}
}

func TestCheckCommand(t *testing.T) {
	badCode := strings.Replace(goodRecord, `"332143"`, `"332140"`, 1)
	badRef := strings.Replace(goodRecord, `"sdgs":[8]}],"sdgs":[8]`, `"sdgs":[8]}],"sdgs":[8],"projects":[{"id":"P1","title":"t","mission_id":"M9"}]`, 1)
	good := writeFile(t, "good.jsonl", withID(goodRecord, "a")+"\n"+withID(goodRecord, "b")+"\n")
	mixed := writeFile(t, "mixed.jsonl", withID(goodRecord, "c")+"\n"+withID(badCode, "d")+"\n\n"+withID(badRef, "e")+"\n")
	empty := writeFile(t, "empty.jsonl", "")
	tests := []struct {
		name      string
		stdin     string
		args      []string
		wantCode  int
		wantOut   []string // lines of stdout
		wantInErr string
	}{
		{"valid", "", []string{"check", good}, exitOK, nil, "2 records, 0 invalid"},
		{"failures", "", []string{"check", mixed, good}, exitFailures, []string{
			mixed + ":2: record d: /publisher/municipality_code: check digit: want 332143 (got 332140)",
			mixed + ":4: record e: /projects/0/mission_id: reference: no mission M9 in /missions",
		}, "5 records, 2 invalid"},
		{"stdin", badCode, []string{"check", "-"}, exitFailures, []string{
			"<stdin>:1: record sha256:9efcdfd9de2ab1c0: /publisher/municipality_code: check digit: want 332143 (got 332140)",
		}, "1 record, 1 invalid"},
		{"unreadable", "", []string{"check", good, filepath.Join(t.TempDir(), "missing.jsonl")}, exitFatal, nil, "no such file"},
		{"directory", "", []string{"check", t.TempDir()}, exitFatal, nil, "is a directory"},
		{"no records", "", []string{"check", empty}, exitFailures, nil, "no records in"},
		{"no arguments", "", []string{"check"}, exitUsage, nil, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := jplan(t, tt.stdin, append(tt.args[:1:1], append([]string{"--json=false"}, tt.args[1:]...)...)...)
			var lines []string
			if out != "" {
				lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			}
			if code != tt.wantCode || strings.Join(lines, "\n") != strings.Join(tt.wantOut, "\n") || !strings.Contains(errOut, tt.wantInErr) {
				t.Errorf("exit %d\nstdout:\n%s\nstderr: %s\nwant exit %d, stdout\n%s\nstderr containing %q",
					code, out, errOut, tt.wantCode, strings.Join(tt.wantOut, "\n"), tt.wantInErr)
			}
		})
	}
}

func TestCheckCommandJSON(t *testing.T) {
	pretty := "{\n  \"schema\": \"plan/v1\",\n  \"id\": \"x1\",\n  \"source\": {},\n  \"publisher\": {},\n  \"sdgs\": [3, 18]\n}\n"
	code, out, _ := jplan(t, pretty, "check", "--json", "-")
	if code != exitFailures {
		t.Fatalf("exit %d, want %d", code, exitFailures)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %q: %v", out, err)
	}
	want := map[string]any{"file": "<stdin>", "line": 6.0, "record": "x1", "pointer": "/sdgs/1", "rule": "maximum 17 (got 18)"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (in %s)", k, got[k], v, out)
		}
	}
}
