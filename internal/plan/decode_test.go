package plan

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
)

const minimal = `{"schema":"plan/v1","id":"x1","source":{},"publisher":{}}`

// TestDecodeStrict: what encoding/json forgives, Decode refuses, naming the
// line and pointer of the offending value.
func TestDecodeStrict(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantErr  error // errors.Is target, or nil to match the message only
		wantLine int
		wantPtr  string
		wantMsg  string
	}{
		{"case-insensitive name", `{"schema":"plan/v1","id":"x","source":{},"publisher":{},"missions":[{"id":"M1","Title":"t"}]}`,
			ErrUnknownMember, 1, "/missions/0/Title", `(did you mean "title"?)`},
		{"unknown member", "{\n\"schema\":\"plan/v1\",\n\"id\":\"x\",\"source\":{},\"publisher\":{},\n\"mission\":[]}",
			ErrUnknownMember, 4, "/mission", `did you mean "missions"?`},
		{"duplicate member", "{\"schema\":\"plan/v1\",\"id\":\"x\",\n\"id\":\"y\",\"source\":{},\"publisher\":{}}",
			ErrDuplicateMember, 2, "/id", `"id"`},
		{"trailing record", minimal + "\n" + minimal, ErrTrailingData, 2, "", "data after the end of the record"},
		{"invalid UTF-8", "{\"schema\":\"plan/v1\",\n\"id\":\"\xff\"}", ErrInvalidUTF8, 2, "", "invalid UTF-8"},
		{"truncated", "{\"schema\":\"plan/v1\",\n\"id\":", nil, 2, "", "unexpected end of record"},
		{"syntax", "{\"schema\":\"plan/v1\",\n\"id\" \"x\"}", nil, 2, "", "invalid JSON"},
		{"string for int", "{\"schema\":\"plan/v1\",\"id\":\"x\",\"source\":{},\"publisher\":{},\n\"fiscal_year\":\"2023\"}",
			nil, 2, "/fiscal_year", "string value does not fit Go type int"},
		{"wrong type in list", `{"schema":"plan/v1","id":"x","source":{},"publisher":{},"missions":[{"id":"M1","title":"t"},{"id":"M2","title":"u","sdgs":[3,"4"]}]}`,
			nil, 1, "/missions/1/sdgs/1", "does not fit Go type int"},
		{"object for string", `{"schema":"plan/v1","id":{"a":1},"source":{},"publisher":{}}`, nil, 1, "/id", "object value does not fit"},
		{"not an object", `["plan/v1"]`, ErrNotObject, 1, "", "a record is a JSON object"},
		{"null", "\n null", ErrNotObject, 2, "", "a record is a JSON object"},
		{"empty", "", nil, 1, "", "unexpected end of record"},
		{"huge exponent", "{\"schema\":\"plan/v1\",\"id\":\"x\",\"source\":{},\"publisher\":{},\n\"fiscal_year\":1e-400000}",
			ErrNumberRange, 2, "/fiscal_year", "number out of range"},
		{"long number", `{"indicators":[{"target":{"value":` + strings.Repeat("9", 65) + `}}]}`,
			ErrNumberRange, 1, "/indicators/0/target/value", "number out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := Decode(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("decoded %+v, want an error", rec)
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T %v is not a *DecodeError", err, err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v is not %v", err, tt.wantErr)
			}
			if de.Line != tt.wantLine || de.Pointer != tt.wantPtr || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got line %d pointer %q %q, want line %d pointer %q containing %q",
					de.Line, de.Pointer, err, tt.wantLine, tt.wantPtr, tt.wantMsg)
			}
			if !strings.HasPrefix(err.Error(), "plan: ") {
				t.Errorf("message %q lacks the package prefix", err)
			}
		})
	}
}

// TestDecodeAwkwardInput: one-byte reads, CRLF, a BOM and escaped names are
// all the same record.
func TestDecodeAwkwardInput(t *testing.T) {
	want, err := Decode(bytes.NewReader(fixture(t, "full.json")))
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(fixture(t, "full.json"), []byte("\n"), []byte("\r\n"))
	inputs := map[string][]byte{
		"crlf":        crlf,
		"bom":         append([]byte("\ufeff"), fixture(t, "full.json")...),
		"escaped key": bytes.Replace(fixture(t, "full.json"), []byte(`"vision"`), []byte(`"\u0076ision"`), 1),
	}
	for name, in := range inputs {
		got, err := Decode(iotest.OneByteReader(bytes.NewReader(in)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		a, _ := Marshal(got)
		b, _ := Marshal(want)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: decoded\n%s\nwant\n%s", name, a, b)
		}
	}
}

func TestDecodeReadError(t *testing.T) {
	boom := errors.New("disk gone")
	_, err := Decode(iotest.ErrReader(boom))
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "plan: ") {
		t.Errorf("got %v, want a plan: error wrapping %v", err, boom)
	}
}

// TestEncodeCanonical: Encode writes one line, keeps <>& and Japanese as is,
// and what it writes decodes to the same record.
func TestEncodeCanonical(t *testing.T) {
	rec := &Record{Schema: SchemaID, ID: "x1", Title: "A&B <令和5年度>",
		Publisher:  Publisher{Organization: Str("")},
		Evaluation: &Evaluation{GoalsTotal: Int(0)},
		Indicators: []Indicator{{ID: "I1", Name: "率", Target: &Quantity{Raw: "0%", Value: Float(0), Unit: "%"}}}}
	var b bytes.Buffer
	if err := Encode(&b, rec); err != nil {
		t.Fatal(err)
	}
	line := b.String()
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") {
		t.Errorf("not one JSONL line: %q", line)
	}
	for _, want := range []string{`"A&B <令和5年度>"`, `"organization":""`, `"goals_total":0`, `"value":0`} {
		if !strings.Contains(line, want) {
			t.Errorf("%s missing from %s", want, line)
		}
	}
	back, err := Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Marshal(back)
	if string(again)+"\n" != line {
		t.Errorf("re-encoded %s, want %s", again, line)
	}
}

func TestCheckDigit(t *testing.T) {
	// Codes from the 総務省 table (真庭市, 総社市, 三鷹市, 新潟市中央区, 北海道,
	// 浜松市中央区 of 2024) and the README's worked example.
	for _, code := range []string{"332143", "332089", "132047", "151033", "010006", "221384", "271080"} {
		if d, ok := checkDigit(code); !ok || d != code[5] {
			t.Errorf("checkDigit(%s) = %c, %v; want %c", code, d, ok, code[5])
		}
	}
	for _, bad := range []string{"", "33214", "3321430", "33214a", "３３２１４３"} {
		if _, ok := checkDigit(bad); ok {
			t.Errorf("checkDigit(%q) accepted", bad)
		}
	}
}
