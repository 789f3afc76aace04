package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Failure is one rule a record breaks: where (line, record id, JSON pointer) and
// what (the rule, in words a person can act on).
type Failure struct {
	// Line is the 1-based line of the offending value in the record's file
	// (the record's own line in JSONL); 0 for a record that came from Go.
	Line int `json:"line,omitempty"`
	// Record is the record's id, "" when it has none.
	Record string `json:"record,omitempty"`
	// Pointer is the RFC 6901 JSON pointer of the offending value within the
	// record, e.g. /missions/2/sdgs/0; "" for the whole record.
	Pointer string `json:"pointer"`
	// Rule is the rule broken, e.g. "maximum 17 (got 18)", "check digit: want 332143 (got 332140)".
	Rule string `json:"rule"`
}

func (f Failure) String() string {
	id := f.Record
	if id == "" {
		id = "(no id)"
	}
	if f.Pointer == "" { // the whole record
		return fmt.Sprintf("%d: record %s: %s", f.Line, id, f.Rule)
	}
	return fmt.Sprintf("%d: record %s: %s: %s", f.Line, id, f.Pointer, f.Rule)
}

// Check checks one record's JSON text against plan/v1: well-formed UTF-8 JSON,
// one object without duplicate members, the schema, and, once those pass, the
// rules the schema cannot express (rules.go). Lines are relative to data (its
// first line is 1).
// It returns nil for a valid record.
func Check(data []byte) []Failure {
	return check(data, nil)
}

// check is Check; typed, when not nil, is the record data encodes (Validate
// has it), used for the rules instead of decoding data once more.
func check(data []byte, typed *Record) []Failure {
	data = trimBOM(data)
	if !utf8.Valid(data) {
		off := invalidUTF8At(data)
		return []Failure{{Line: lineAt(data, off), Rule: fmt.Sprintf("invalid UTF-8 at byte %d", off)}}
	}
	probs, err := walk(data, nil, nil)
	if err != nil {
		de := syntaxError(data, err)
		return []Failure{{Line: de.Line, Rule: de.Err.Error()}}
	}
	var out []Failure
	implausible := false
	for _, p := range probs {
		out = append(out, Failure{Pointer: p.ptr, Rule: p.err.Error()})
		implausible = implausible || errors.Is(p.err, ErrNumberRange)
	}
	if implausible {
		placeFailures(data, out, idOf(data))
		return out
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil { // walk accepted it, so this is not expected
		return append(out, Failure{Line: 1, Rule: "invalid JSON: " + err.Error()})
	}
	out = append(out, schemaFailures(inst)...)
	if len(out) == 0 {
		// The rules run on a record the schema accepts, so that one mistake (an
		// id that breaks its pattern) is not reported again as its consequences
		// (every reference to it).
		if typed != nil {
			out = append(out, checkRules(typed)...)
		} else if rec, err := decodeTyped(data); err != nil { // e.g. 2023.0 for an int
			de := typeError(data, err)
			out = append(out, Failure{Pointer: de.Pointer, Rule: de.Err.Error()})
		} else {
			out = append(out, checkRules(rec)...)
		}
	}
	if len(out) == 0 {
		return nil
	}
	placeFailures(data, out, recordID(inst))
	return out
}

// Validate checks a record built in Go (an extractor's output) against the
// schema and the rules. Failures have Line 0.
//
// It checks the schema on the Go value itself (native.go), and gives the same
// failures as Check gives for the record's JSON encoding; the few records the
// native pass cannot judge exactly go through that encoding and Check.
func Validate(r *Record) []Failure {
	if r == nil {
		return validateJSON(r)
	}
	fs, ok := nativeFailures(r)
	if !ok {
		return validateJSON(r)
	}
	if len(fs) == 0 {
		// As in Check, the rules run only on a record the schema accepts.
		fs = checkRules(r)
	}
	if len(fs) == 0 {
		return nil
	}
	for i := range fs {
		fs[i].Record = r.ID
	}
	// Check's order: by line (all on the one line of the encoding), then pointer.
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Pointer < fs[j].Pointer })
	return fs
}

// validateJSON is Validate by way of the record's JSON encoding: Marshal, then
// Check with the rules on r itself.
func validateJSON(r *Record) []Failure {
	data, err := Marshal(r)
	if err != nil {
		return []Failure{{Record: r.ID, Rule: err.Error()}}
	}
	fs := check(data, r)
	for i := range fs {
		fs[i].Line = 0
	}
	return fs
}

func decodeTyped(data []byte) (*Record, error) {
	var rec Record
	err := json.Unmarshal(data, &rec)
	return &rec, err
}

// placeFailures sets the record id and the line of each failure, and sorts
// them by line and pointer.
func placeFailures(data []byte, fs []Failure, id string) {
	var nodes []node
	if bytes.Count(data, []byte("\n")) > 0 {
		_, _ = walk(data, nil, &nodes)
	}
	for i := range fs {
		fs[i].Record = id
		if fs[i].Line == 0 {
			fs[i].Line = lineOf(data, nodes, fs[i].Pointer)
		}
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Line != fs[j].Line {
			return fs[i].Line < fs[j].Line
		}
		return fs[i].Pointer < fs[j].Pointer
	})
}

// recordID returns the id member of a decoded document, when it is a string.
func recordID(inst any) string {
	if m, ok := inst.(map[string]any); ok {
		if id, ok := m["id"].(string); ok {
			return id
		}
	}
	return ""
}
