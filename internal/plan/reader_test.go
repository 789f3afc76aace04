package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// compact returns the fixture as one JSONL line, with its id replaced.
func compact(t testing.TB, id string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, fixture(t, "full.json")); err != nil {
		t.Fatal(err)
	}
	return strings.Replace(b.String(), `"001_eab234e6a144cc72"`, `"`+id+`"`, 1)
}

// readAll returns the starting line and id of every record r yields.
func readAll(t *testing.T, in string) (lines []int, ids []string) {
	t.Helper()
	rd := NewReader(iotest.HalfReader(strings.NewReader(in)))
	rd.Name = "test.jsonl"
	for {
		rec, line, err := rd.Read()
		if err == io.EOF {
			return lines, ids
		}
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		lines = append(lines, line)
		ids = append(ids, rec.ID)
	}
}

func TestReaderForms(t *testing.T) {
	a, b := compact(t, "a"), compact(t, "b")
	pretty := string(fixture(t, "full.json"))
	prettyLines := strings.Count(pretty, "\n")
	tests := []struct {
		name      string
		in        string
		wantLines []int
		wantIDs   []string
	}{
		{"jsonl", a + "\n" + b + "\n", []int{1, 2}, []string{"a", "b"}},
		{"no final newline", a + "\n" + b, []int{1, 2}, []string{"a", "b"}},
		{"blank lines and CRLF", "\r\n" + a + "\r\n\r\n  \r\n" + b + "\r\n", []int{2, 5}, []string{"a", "b"}},
		{"BOM", "\ufeff" + a + "\n", []int{1}, []string{"a"}},
		{"one pretty record", pretty, []int{1}, []string{"001_eab234e6a144cc72"}},
		{"two pretty records", "\n" + pretty + pretty, []int{2, 2 + prettyLines}, []string{"001_eab234e6a144cc72", "001_eab234e6a144cc72"}},
		{"empty", "", nil, nil},
		{"blank", "\n \n", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, ids := readAll(t, tt.in)
			if !equal(lines, tt.wantLines) || !equal(ids, tt.wantIDs) {
				t.Errorf("got lines %v ids %v, want %v %v", lines, ids, tt.wantLines, tt.wantIDs)
			}
		})
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestCheckAllLines: each failure names the line of the input where the bad
// value is, in JSONL and in pretty-printed records alike, and a broken first
// JSONL line does not hide the lines after it.
func TestCheckAllLines(t *testing.T) {
	good := compact(t, "good")
	badSDG := strings.Replace(compact(t, "bad"), `"sdgs":[8]`, `"sdgs":[18]`, 1)
	prettyBad := strings.Replace(string(fixture(t, "full.json")), `"municipality_code": "332143"`, `"municipality_code": "332144"`, 1)
	codeLine := 1 + strings.Count(prettyBad[:strings.Index(prettyBad, "332144")], "\n")
	tests := []struct {
		name string
		in   string
		want []string // Failure.String() of every failure, in order
		n    int      // records seen
	}{
		{"jsonl", good + "\n\n" + badSDG + "\n" + compact(t, "good2") + "\n",
			[]string{"3: record bad: /missions/1/sdgs/0: maximum 17 (got 18)"}, 3},
		{"pretty", prettyBad,
			[]string{fmtLine(codeLine, "record 001_eab234e6a144cc72: /publisher/municipality_code: check digit: want 332143 (got 332144)")}, 1},
		{"broken first line", `{"schema":"plan/v1","id":` + "\n" + good + "\n" + badSDG + "\n",
			[]string{"1: record (no id): invalid JSON: unexpected end of record", "3: record bad: /missions/1/sdgs/0: maximum 17 (got 18)"}, 3},
		{"broken pretty record", "{\n  \"schema\": \"plan/v1\",\n  \"id\": x\n}\n",
			[]string{"3: record (no id): invalid JSON: invalid character 'x' looking for beginning of value"}, 1},
		{"same id twice", good + "\n" + compact(t, "other") + "\n" + good + "\n",
			[]string{"3: record good: /id: unique record ids: good is also the record on line 1"}, 3},
		{"not JSON at all", "schema: plan/v1\n", []string{"1: record (no id): invalid JSON: invalid character 's' looking for beginning of value"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			n := 0
			err := CheckAll(strings.NewReader(tt.in), "in.jsonl", func(r Result) error {
				n++
				for _, f := range r.Failures {
					got = append(got, f.String())
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.n || !equal(got, tt.want) {
				t.Errorf("got %d records, failures\n%s\nwant %d,\n%s", n, strings.Join(got, "\n"), tt.n, strings.Join(tt.want, "\n"))
			}
		})
	}
}

func fmtLine(line int, rest string) string { return strconv.Itoa(line) + ": " + rest }

func TestCheckAllStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := CheckAll(strings.NewReader(compact(t, "a")+"\n"+compact(t, "b")+"\n"), "x", func(Result) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got %v after %d records, want stop after 1", err, n)
	}
}

func TestCheckAllReadError(t *testing.T) {
	boom := errors.New("disk gone")
	r := io.MultiReader(strings.NewReader(compact(t, "a")+"\n"), iotest.ErrReader(boom))
	err := CheckAll(r, "x.jsonl", func(Result) error { return nil })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "x.jsonl") {
		t.Errorf("got %v, want an error naming x.jsonl and wrapping %v", err, boom)
	}
}

// TestCheckAllLongLine: a line too long for a record is one failed record, and
// the lines after it are still read.
func TestCheckAllLongLine(t *testing.T) {
	defer func(n int) { maxLine = n }(maxLine)
	good := compact(t, "good")
	maxLine = len(good) + 10
	in := good + "\n" + `{"id":"` + strings.Repeat("長", maxLine) + `"}` + "\n" + compact(t, "good2") + "\n"
	var got []string
	err := CheckAll(iotest.OneByteReader(strings.NewReader(in)), "x", func(r Result) error {
		got = append(got, fmt.Sprintf("%d:%d", r.Line, len(r.Failures)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"1:0", "2:1", "3:0"}; !equal(got, want) {
		t.Errorf("got line:failures %v, want %v", got, want)
	}
}
