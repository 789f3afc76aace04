package plan

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// recordFiles lists every plan/v1 record file the project has: this package's
// fixtures, the hand-written truth records and the devset goldens.
func recordFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		"testdata/*.json",
		"../../testdata/truth/*.json",
		"../../testdata/devset/*/golden.json",
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 2 {
		t.Fatalf("want at least the two fixtures in testdata/, found %v", files)
	}
	return files
}

// TestRoundTrip decodes every record file strictly, re-encodes it and wants the
// same JSON value back (null members are absent members, so they are dropped
// from the expectation), then wants it valid against the schema and the rules.
func TestRoundTrip(t *testing.T) {
	for _, file := range recordFiles(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			out, err := Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := jsonValue(t, out), dropNulls(jsonValue(t, data)); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip differs:\n got %s\nwant %s", out, data)
			}
			for _, f := range Check(data) {
				t.Errorf("%s:%s", file, f)
			}
			for _, f := range Validate(rec) {
				t.Errorf("Validate: %s", f)
			}
		})
	}
}

func jsonValue(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// dropNulls removes object members whose value is null, recursively.
func dropNulls(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if x == nil {
				delete(v, k)
			} else {
				v[k] = dropNulls(x)
			}
		}
	case []any:
		for i := range v {
			v[i] = dropNulls(v[i])
		}
	}
	return v
}

// TestNullIsAbsent: a null member decodes as the member left out.
func TestNullIsAbsent(t *testing.T) {
	withNulls := []byte(`{"schema":"plan/v1","id":"x1","source":{"url":null},"publisher":{"organization":null},` +
		`"dates":null,"missions":[{"id":"M1","title":"t","sdgs":null}],` +
		`"indicators":[{"id":"I1","name":"n","target":{"raw":"-","value":null,"estimated":null}}]}`)
	if fs := Check(withNulls); fs != nil {
		t.Fatalf("Check: %v", fs)
	}
	rec, err := Decode(bytes.NewReader(withNulls))
	if err != nil {
		t.Fatal(err)
	}
	want := &Record{Schema: SchemaID, ID: "x1",
		Missions:   []Mission{{ID: "M1", Title: "t"}},
		Indicators: []Indicator{{ID: "I1", Name: "n", Target: &Quantity{Raw: "-"}}},
	}
	if !reflect.DeepEqual(rec, want) {
		t.Errorf("got %+v, want %+v", rec, want)
	}
}
