package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxRecordSize bounds one record's JSON text (Decode, Reader): a goal document
// is a few kilobytes, so anything larger is not a record.
const MaxRecordSize = 32 << 20

// DecodeError is a record that cannot be decoded into a Record: bad JSON, a
// member the schema does not know, a duplicate member or a value of the wrong type.
type DecodeError struct {
	Name    string // the file or stream the record came from, when known
	Line    int    // 1-based line of the offending value (or of the record)
	Pointer string // RFC 6901 JSON pointer of the offending value; "" for the whole record
	Err     error  // the cause
}

func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString("plan: ")
	if e.Name != "" {
		b.WriteString(e.Name)
		b.WriteString(":")
	} else {
		b.WriteString("line ")
	}
	fmt.Fprintf(&b, "%d: ", e.Line)
	if e.Pointer != "" {
		b.WriteString(e.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *DecodeError) Unwrap() error { return e.Err }

// Errors that DecodeError wraps; test with errors.Is.
var (
	ErrDuplicateMember = errors.New("duplicate member")
	ErrUnknownMember   = errors.New("unknown member")
	ErrTrailingData    = errors.New("data after the end of the record (a record is one JSON value)")
	ErrInvalidUTF8     = errors.New("invalid UTF-8")
	ErrNotObject       = errors.New("a record is a JSON object")
	ErrNumberRange     = errors.New("number out of range (at most 64 characters, exponent within ±400)")
	ErrTooLarge        = fmt.Errorf("record larger than %d bytes", MaxRecordSize)
)

// Decode reads exactly one plan/v1 record (compact or pretty-printed JSON) from r.
// It is strict: member names must match exactly (encoding/json alone would accept
// "Title" for "title"), unknown and duplicate members are errors, and nothing but
// whitespace may follow the record. A null member decodes as an absent one.
// Decode checks structure and types only; Check and Validate apply the schema and
// the rules. Errors are *DecodeError (or the reader's own error).
func Decode(r io.Reader) (*Record, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRecordSize+1))
	if err != nil {
		return nil, fmt.Errorf("plan: reading record: %w", err)
	}
	if len(data) > MaxRecordSize {
		return nil, &DecodeError{Line: 1, Err: ErrTooLarge}
	}
	rec, derr := decodeBytes(data)
	if derr != nil {
		return nil, derr
	}
	return rec, nil
}

// decodeBytes is Decode on a record's text; line numbers are relative to data.
func decodeBytes(data []byte) (*Record, *DecodeError) {
	data = trimBOM(data)
	if !utf8.Valid(data) {
		return nil, &DecodeError{Line: lineAt(data, invalidUTF8At(data)), Err: ErrInvalidUTF8}
	}
	probs, err := walk(data, recordType, nil)
	if err != nil {
		return nil, syntaxError(data, err)
	}
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); trimmed[0] != '{' {
		return nil, &DecodeError{Line: lineAt(data, int64(len(data)-len(trimmed))), Err: ErrNotObject}
	}
	if len(probs) > 0 {
		p := probs[0]
		return nil, &DecodeError{Line: lineAt(data, p.off), Pointer: p.ptr, Err: p.err}
	}
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return nil, typeError(data, err)
	}
	return &rec, nil
}

// Encode writes r as one line of JSON followed by a newline (a JSONL line), with
// <, > and & as themselves. It is the canonical form: Decode(Encode(r)) == r.
func Encode(w io.Writer, r *Record) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("plan: encoding record %s: %w", r.ID, err)
	}
	return nil
}

// Marshal returns r in its canonical form (Encode without the newline).
func Marshal(r *Record) ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// syntaxError turns an error of wellFormed into a DecodeError with a line.
func syntaxError(data []byte, err error) *DecodeError {
	var se *json.SyntaxError
	switch {
	case isEndOfInput(err):
		return &DecodeError{Line: lineAt(data, int64(len(data))), Err: errors.New("invalid JSON: unexpected end of record")}
	case errors.As(err, &se):
		return &DecodeError{Line: lineAt(data, se.Offset-1), Err: fmt.Errorf("invalid JSON: %w", err)}
	case errors.Is(err, ErrTrailingData):
		return &DecodeError{Line: lineAt(data, int64(len(bytes.TrimRight(data, " \t\r\n")))-1), Err: err}
	}
	return &DecodeError{Line: 1, Err: err}
}

// typeError turns an error of json.Decoder.Decode into a DecodeError with the
// pointer and line of the value that does not fit its Go type.
func typeError(data []byte, err error) *DecodeError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		var nodes []node
		_, _ = walk(data, nil, &nodes) // data is known to be valid JSON here
		return &DecodeError{
			Line:    lineAt(data, te.Offset-1),
			Pointer: nodeAt(nodes, te.Offset-1),
			Err:     fmt.Errorf("%s value does not fit Go type %s", te.Value, te.Type),
		}
	}
	return syntaxError(data, err)
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// invalidUTF8At returns the offset of the first byte that is not valid UTF-8.
func invalidUTF8At(data []byte) int64 {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return int64(i)
		}
		i += n
	}
	return int64(len(data))
}

// trimBOM drops a leading UTF-8 byte order mark, which Windows editors write.
func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\ufeff"))
}
