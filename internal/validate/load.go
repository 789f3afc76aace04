package validate

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"jplan/internal/plan"
)

// RecordError is a record that could not be loaded: the file, the line for
// JSONL, the line of the fault in a one-record file (0 when unknown), and the
// cause — a *ShapeError carries the JSON pointer of the fault.
type RecordError struct {
	File string
	Line int
	Err  error
}

func (e *RecordError) Error() string {
	where := e.File
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line)
	}
	return "validate: " + where + ": " + e.Err.Error()
}

func (e *RecordError) Unwrap() error { return e.Err }

// Truth is a truth record and the file it came from.
type Truth struct {
	File   string
	Record *plan.Record
}

// caseFile is the truth record of a devset case directory (which also holds
// the input and a source.json that is not a record).
const caseFile = "golden.json"

// LoadTruth reads every truth record under the directories: each *.json file
// recursively, one record per file, except that in a directory holding
// golden.json (a devset case: golden.json, input.*, source.json) only
// golden.json is a record. Every record is shape-checked; the first broken
// one is a *RecordError naming the file and the JSON pointer. Two records
// with one id are an error too. The records come back sorted by id.
func LoadTruth(dirs ...string) ([]Truth, error) {
	var out []Truth
	seen := map[string]string{}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("validate: truth: %w", err)
			}
			if d.IsDir() || filepath.Ext(path) != ".json" || !isTruthFile(path) {
				return nil
			}
			t, err := loadTruthFile(path)
			if err != nil {
				return err
			}
			if prev, dup := seen[t.Record.ID]; dup {
				return &RecordError{File: path, Err: fmt.Errorf("at /id: id %q is also the id of %s", t.Record.ID, prev)}
			}
			seen[t.Record.ID] = path
			out = append(out, t)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortFunc(out, func(a, b Truth) int { return strings.Compare(a.Record.ID, b.Record.ID) })
	return out, nil
}

func loadTruthFile(path string) (Truth, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Truth{}, fmt.Errorf("validate: truth: %w", err)
	}
	rec, line, err := DecodeRecord(data)
	if err != nil {
		return Truth{}, &RecordError{File: path, Line: line, Err: err}
	}
	return Truth{File: path, Record: rec}, nil
}

func isTruthFile(path string) bool {
	if filepath.Base(path) == caseFile {
		return true
	}
	_, err := os.Stat(filepath.Join(filepath.Dir(path), caseFile))
	return errors.Is(err, fs.ErrNotExist)
}

// LoadPredictions reads a JSONL file of extracted records (one per line;
// blank lines skipped). A broken line is a *RecordError with its line number.
func LoadPredictions(path string) ([]*plan.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("validate: predictions: %w", err)
	}
	defer f.Close()
	return ReadPredictions(f, path)
}

// maxLine bounds one JSONL record; the largest real record is well under 1 MiB.
const maxLine = 64 << 20

// ReadPredictions reads JSONL records from r; name is used in errors.
// Predictions are decoded strictly (plan.Decode) but not held to the schema's
// value rules: a rule an extractor breaks shows up in the scores instead.
func ReadPredictions(r io.Reader, name string) ([]*plan.Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var out []*plan.Record
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		rec, _, err := decodePrediction(b)
		if err != nil {
			return nil, &RecordError{File: name, Line: line, Err: err}
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, &RecordError{File: name, Err: err}
	}
	return out, nil
}

// ShapeError is a fault at one place of a record: its JSON pointer (RFC 6901,
// "" for the whole record) and what is wrong there.
type ShapeError struct {
	Pointer string
	Msg     string
	Err     error // the cause, when there is one (a *plan.DecodeError)
}

func (e *ShapeError) Error() string {
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	return "at " + p + ": " + e.Msg
}

func (e *ShapeError) Unwrap() error { return e.Err }

// DecodeRecord decodes one truth record strictly: plan.Check (the plan/v1
// JSON Schema and the rules it cannot express: ids, links, check digits, …)
// and then plan.Decode. The first failure comes back as a *ShapeError with
// its JSON pointer and, as the second result, its line within data.
func DecodeRecord(data []byte) (*plan.Record, int, error) {
	if fails := plan.Check(data); len(fails) > 0 {
		f := fails[0]
		msg := f.Rule
		if len(fails) > 1 {
			msg += fmt.Sprintf(" (and %d more)", len(fails)-1)
		}
		return nil, f.Line, &ShapeError{Pointer: f.Pointer, Msg: msg}
	}
	return decodePrediction(data)
}

// decodePrediction decodes an extracted record with plan.Decode: structure
// and types only (no unknown or duplicate members, right types), so a record
// that breaks a schema rule is still scored — the score shows what is wrong.
func decodePrediction(data []byte) (*plan.Record, int, error) {
	rec, err := plan.Decode(bytes.NewReader(data))
	if err == nil {
		return rec, 0, nil
	}
	var de *plan.DecodeError
	if errors.As(err, &de) {
		return nil, de.Line, &ShapeError{Pointer: de.Pointer, Msg: de.Err.Error(), Err: err}
	}
	return nil, 0, err
}
