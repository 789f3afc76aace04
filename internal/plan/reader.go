package plan

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxDocumentInput bounds input that is not JSONL (pretty-printed records),
// which Reader holds in memory to split.
const maxDocumentInput = 4 * MaxRecordSize

// maxLine is MaxRecordSize, as a variable so that tests can lower it.
var maxLine = MaxRecordSize

// Raw is one record's JSON text as read, not yet checked.
type Raw struct {
	Line int    // 1-based line of the input on which the record starts
	Data []byte // the record's text; valid until the next call of Next
}

// Reader reads plan/v1 records from JSONL (one record a line; blank lines and
// CRLF allowed) or from pretty-printed JSON (one or more records, each over many
// lines), streaming JSONL and telling each record's starting line.
//
// The form is decided by the first non-blank line: a complete JSON value makes
// the input JSONL; anything else (a lone "{") makes it pretty-printed JSON, read
// whole. Should pretty-printed input turn out broken while later lines are whole
// records, it is read as JSONL after all, so one bad first line does not hide
// the rest.
type Reader struct {
	// Name is the file or stream, for errors ("out/plans.jsonl", "-").
	Name string

	br      *bufio.Reader
	line    int   // lines consumed
	pending []Raw // records split from pretty-printed input, not yet returned
	mode    int
}

const (
	modeUnknown = iota
	modeLines
	modeDocument
)

// NewReader returns a Reader that reads records from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next record's text. At the end it returns io.EOF. A line too
// long for a record is a *DecodeError and the Reader can go on; any other error
// is the underlying reader's.
func (r *Reader) Next() (Raw, error) {
	if r.mode == modeDocument {
		return r.nextPending()
	}
	for {
		start := r.line + 1
		line, err := r.readLine()
		if err != nil {
			return Raw{}, err
		}
		if r.line == 1 {
			line = trimBOM(line)
		}
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) == 0 {
			continue
		}
		if r.mode == modeUnknown && !json.Valid(trimmed) {
			if err := r.splitDocument(start, line); err != nil {
				return Raw{}, err
			}
			if r.mode == modeDocument {
				return r.nextPending()
			}
			continue // fell back to lines
		}
		r.mode = modeLines
		return Raw{Line: start, Data: trimmed}, nil
	}
}

// Read returns the next record, decoded strictly (Decode), and its line.
func (r *Reader) Read() (*Record, int, error) {
	raw, err := r.Next()
	if err != nil {
		return nil, 0, err
	}
	rec, derr := decodeBytes(raw.Data)
	if derr != nil {
		derr.Name = r.Name
		derr.Line += raw.Line - 1
		return nil, raw.Line, derr
	}
	return rec, raw.Line, nil
}

// readLine returns the next line without its line ending. A line longer than
// MaxRecordSize is skipped and reported as a *DecodeError.
func (r *Reader) readLine() ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			tooLong = len(buf) > maxLine
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(buf) == 0 && !tooLong:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, fmt.Errorf("plan: reading %s: %w", r.name(), err)
		}
		r.line++
		if tooLong {
			return nil, &DecodeError{Name: r.Name, Line: r.line, Err: ErrTooLarge}
		}
		return bytes.TrimRight(buf, "\r\n"), nil
	}
}

// splitDocument reads the rest of the input as pretty-printed JSON starting with
// first (the line numbered start) and splits it into records.
func (r *Reader) splitDocument(start int, first []byte) error {
	rest, err := io.ReadAll(io.LimitReader(r.br, maxDocumentInput))
	if err != nil {
		return fmt.Errorf("plan: reading %s: %w", r.name(), err)
	}
	if len(rest) == maxDocumentInput {
		return &DecodeError{Name: r.Name, Line: start, Err: fmt.Errorf("pretty-printed input larger than %d bytes: write it as JSONL", maxDocumentInput)}
	}
	doc := append(append(append([]byte(nil), first...), '\n'), rest...)
	raws, broken := splitValues(doc, start)
	if broken && laterLineIsRecord(doc) {
		r.mode = modeLines
		r.br = bufio.NewReader(bytes.NewReader(doc))
		r.line = start - 1
		return nil
	}
	r.mode = modeDocument
	r.pending = raws
	return nil
}

// splitValues splits doc (whose first line is numbered line) into its top-level
// JSON values. After a syntax error the rest of doc is one last Raw (Check will
// name the error) and broken is true.
func splitValues(doc []byte, line int) (raws []Raw, broken bool) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	for {
		prev := int(dec.InputOffset())
		var v json.RawMessage
		err := dec.Decode(&v)
		if err == io.EOF {
			return raws, false
		}
		begin := prev + len(doc[prev:]) - len(bytes.TrimLeft(doc[prev:], " \t\r\n"))
		at := line + bytes.Count(doc[:begin], []byte("\n"))
		if err != nil {
			return append(raws, Raw{Line: at, Data: bytes.TrimSpace(doc[begin:])}), true
		}
		raws = append(raws, Raw{Line: at, Data: v})
	}
}

// laterLineIsRecord reports whether any line after the first of doc is by itself
// a JSON object: the sign of JSONL whose first line is broken.
func laterLineIsRecord(doc []byte) bool {
	lines := bytes.Split(doc, []byte("\n"))
	for _, l := range lines[1:] {
		l = bytes.TrimSpace(l)
		if len(l) > 1 && l[0] == '{' && json.Valid(l) {
			return true
		}
	}
	return false
}

func (r *Reader) nextPending() (Raw, error) {
	if len(r.pending) == 0 {
		return Raw{}, io.EOF
	}
	raw := r.pending[0]
	r.pending = r.pending[1:]
	return raw, nil
}

func (r *Reader) name() string {
	if r.Name == "" {
		return "input"
	}
	return r.Name
}

// Result is the outcome of checking one record of a stream.
type Result struct {
	Line     int       // line on which the record starts
	ID       string    // the record's id, "" when it has none
	Failures []Failure // nil for a valid record; lines are lines of the input
}

// CheckAll checks every record of r (JSONL or pretty-printed, see Reader) with
// Check, and that no two records of the stream share an id (the same document
// extracted twice). It calls fn with each result in input order, and stops at a
// read error or an error from fn, returning it; a record too long to read is a
// failed Result.
func CheckAll(r io.Reader, name string, fn func(Result) error) error {
	rd := NewReader(r)
	rd.Name = name
	seen := make(map[string]int) // record id → line
	for {
		raw, err := rd.Next()
		var de *DecodeError
		var res Result
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &de):
			res = Result{Line: de.Line, Failures: []Failure{{Line: de.Line, Rule: de.Err.Error()}}}
		case err != nil:
			return err
		default:
			res = checkRaw(raw, seen)
		}
		if err := fn(res); err != nil {
			return err
		}
	}
}

// checkRaw checks one record of a stream; seen holds the ids of the records
// before it.
func checkRaw(raw Raw, seen map[string]int) Result {
	res := Result{Line: raw.Line, Failures: Check(raw.Data), ID: idOf(raw.Data)}
	if first, dup := seen[res.ID]; dup && res.ID != "" {
		var nodes []node
		_, _ = walk(raw.Data, nil, &nodes)
		res.Failures = append(res.Failures, Failure{
			Line: lineOf(raw.Data, nodes, "/id"), Record: res.ID, Pointer: "/id",
			Rule: fmt.Sprintf("unique record ids: %s is also the record on line %d", res.ID, first),
		})
	} else if res.ID != "" {
		seen[res.ID] = raw.Line
	}
	for i := range res.Failures {
		res.Failures[i].Line += raw.Line - 1
	}
	return res
}

// idOf returns the id member of a record's text, or "".
func idOf(data []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(data, &v)
	return v.ID
}
