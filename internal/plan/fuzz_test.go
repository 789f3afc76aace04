package plan

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"testing"
)

func addRecordSeeds(f *testing.F) {
	for _, file := range recordFiles(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		minimal,
		`{"schema":"plan/v1","id":"x","source":{},"publisher":{},"projects":[{"id":"P1","title":"t","parent_id":"P2"},{"id":"P2","title":"u","parent_id":"P1"}]}`,
		`{"schema":"plan/v1","id":"x","source":{},"publisher":{"municipality_code":"332140"},"sdgs":[17,1,1]}`,
		`{"schema":"plan/v1","id":"x","Id":"y","id":"z"}`,
		`{"schema":"plan/v1","id":"x","source":{},"publisher":{},"fiscal_year":2023.0,"plan_period":{"from":2027,"to":2023}}`,
		"{\n\"schema\": \"plan/v1\",\n\"id\": \"\xff\"\n}",
		`{"indicators":[{"id":"I1","name":"n","target":{"raw":"1e400","value":1e400}}]}`,
		"",
		"[]",
		"null",
	} {
		f.Add([]byte(s))
	}
}

// FuzzCheck: Check and Decode never panic; what Decode accepts encodes to a
// canonical form that decodes and encodes to itself; what Check accepts, Decode
// accepts, the round trip keeps exactly, and Validate agrees with.
func FuzzCheck(f *testing.F) {
	addRecordSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		failures := Check(data)
		rec, err := Decode(bytes.NewReader(data))
		if failures == nil && err != nil {
			t.Fatalf("Check accepted what Decode refuses: %v", err)
		}
		if err != nil {
			return
		}
		out, err := Marshal(rec)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		again, err := Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("Decode of Marshal output %s: %v", out, err)
		}
		if out2, _ := Marshal(again); !bytes.Equal(out, out2) {
			t.Fatalf("canonical form not stable:\n%s\n%s", out, out2)
		}
		// Validate runs the rules on rec itself rather than on its encoding
		// decoded again: it must say what Check says of that encoding.
		want := Check(out)
		for i := range want {
			want[i].Line = 0
		}
		if got := Validate(rec); !reflect.DeepEqual(got, want) {
			t.Fatalf("Validate = %v, Check of its encoding = %v", got, want)
		}
		if failures != nil {
			return
		}
		if !reflect.DeepEqual(rec, again) {
			t.Fatalf("round trip of a valid record changed it:\n%+v\n%+v", rec, again)
		}
		if fs := Validate(rec); fs != nil {
			t.Fatalf("Check accepted, Validate refuses: %v", fs)
		}
	})
}

// FuzzCheckAll: the stream reader never panics, never loses a line number and
// returns no error on input that reads without I/O errors.
func FuzzCheckAll(f *testing.F) {
	addRecordSeeds(f)
	f.Add([]byte(minimal + "\n\n" + minimal + "\r\n"))
	f.Add([]byte("{\n" + minimal + "\n" + minimal))
	f.Add([]byte("\ufeff" + minimal + "\n{\n}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		last := 0
		err := CheckAll(bytes.NewReader(data), "fuzz", func(r Result) error {
			if r.Line < 1 || r.Line > lines || r.Line < last {
				t.Fatalf("record line %d (previous %d) outside 1..%d", r.Line, last, lines)
			}
			last = r.Line
			for _, fl := range r.Failures {
				if fl.Line < 1 || fl.Line > lines {
					t.Fatalf("failure line %d outside 1..%d: %v", fl.Line, lines, fl)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("CheckAll: %v", err)
		}
		rd := NewReader(bytes.NewReader(data))
		for {
			if _, _, err := rd.Read(); err == io.EOF {
				break
			}
		}
	})
}

// BenchmarkCheck measures Check on the full fixture (every member set once):
// records/s is the throughput of `jplan check` on one core.
func BenchmarkCheck(b *testing.B) {
	data := fixture(b, "full.json")
	if fs := Check(data); fs != nil {
		b.Fatal(fs)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Check(data)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkDecode measures strict decoding alone (no schema, no rules).
func BenchmarkDecode(b *testing.B) {
	data := fixture(b, "full.json")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkValidate measures the contract check every extracted record gets
// (pipeline.Process): the schema checked on the Go value (native.go), then the rules.
func BenchmarkValidate(b *testing.B) {
	rec, err := Decode(bytes.NewReader(fixture(b, "full.json")))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if fs := Validate(rec); fs != nil {
			b.Fatal(fs)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkValidateJSON measures what Validate did before native.go, and still
// does for the records native.go hands over: encode, then Check's steps with the
// rules on the record itself.
func BenchmarkValidateJSON(b *testing.B) {
	rec, err := Decode(bytes.NewReader(fixture(b, "full.json")))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if fs := validateJSON(rec); fs != nil {
			b.Fatal(fs)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
