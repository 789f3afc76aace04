package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// problem is a structural fault walk finds at a value.
type problem struct {
	ptr string
	off int64
	err error
}

// node is where a value starts: its pointer and the offset of its first byte.
type node struct {
	ptr string
	off int64
}

// recordType is the Go type a record decodes into.
var recordType = reflect.TypeFor[Record]()

// walk checks data, a single JSON value decoded into t (nil: no name check), for
// what encoding/json forgives: duplicate members (the last one wins) and member
// names that match a field only case-insensitively. It returns the problems
// found, and an error for data that is not exactly one JSON value. When nodes
// is non-nil it receives every value's position, in document order.
func walk(data []byte, t reflect.Type, nodes *[]node) ([]problem, error) {
	if err := wellFormed(data); err != nil {
		return nil, err
	}
	w := &walker{data: data, nodes: nodes}
	w.value(t)
	return w.probs, nil
}

// wellFormed returns nil for exactly one JSON value, ErrTrailingData when a
// value is followed by more, else the *json.SyntaxError of encoding/json.
func wellFormed(data []byte) error {
	if json.Valid(data) {
		return nil
	}
	var v json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&v); err == nil {
		return ErrTrailingData
	}
	return json.Unmarshal(data, &v)
}

// walker scans JSON already known to be well-formed, keeping the path of the
// value it is in.
type walker struct {
	data  []byte
	pos   int
	path  []string
	probs []problem
	nodes *[]node
}

func (w *walker) value(t reflect.Type) {
	w.space()
	if w.pos >= len(w.data) {
		return
	}
	if w.nodes != nil {
		*w.nodes = append(*w.nodes, node{ptr: pointer(w.path), off: int64(w.pos)})
	}
	switch w.data[w.pos] {
	case '{':
		w.object(structType(t))
	case '[':
		w.array(elemType(t))
	case '"':
		w.str()
	default: // number, true, false, null
		start := w.pos
		for w.pos < len(w.data) && !isDelimiter(w.data[w.pos]) {
			w.pos++
		}
		if lit := w.data[start:w.pos]; !plausibleNumber(lit) {
			w.fault(start, fmt.Errorf("%w: %.40s", ErrNumberRange, lit))
		}
	}
}

// plausibleNumber reports whether a literal (true, false, null or a number) is
// one a record can hold: a number of at most 64 characters whose exponent is
// within ±400. Others are refused before the schema sees them, since exact
// arithmetic on 1e-400000 costs seconds and no figure in a plan needs it.
func plausibleNumber(lit []byte) bool {
	if len(lit) == 0 || (lit[0] != '-' && (lit[0] < '0' || lit[0] > '9')) {
		return true // true, false, null
	}
	if len(lit) > 64 {
		return false
	}
	i := bytes.IndexAny(lit, "eE")
	if i < 0 {
		return true
	}
	exp, err := strconv.Atoi(strings.TrimPrefix(string(lit[i+1:]), "+"))
	return err == nil && exp >= -400 && exp <= 400
}

func isDelimiter(c byte) bool {
	switch c {
	case ',', ']', '}', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

func (w *walker) object(t reflect.Type) {
	w.pos++ // '{'
	seen := make(map[string]bool)
	for {
		w.space()
		if w.pos >= len(w.data) || w.data[w.pos] == '}' {
			w.pos++
			return
		}
		if w.data[w.pos] == ',' {
			w.pos++
			w.space()
		}
		at := w.pos
		key := w.key()
		w.path = append(w.path, key)
		if seen[key] {
			w.fault(at, fmt.Errorf("%w %q", ErrDuplicateMember, key))
		}
		seen[key] = true
		ft, known := fieldOf(t, key)
		if t != nil && !known {
			w.fault(at, fmt.Errorf("%w %q%s", ErrUnknownMember, key, suggest(t, key)))
		}
		w.space()
		w.pos++ // ':'
		w.value(ft)
		w.path = w.path[:len(w.path)-1]
	}
}

func (w *walker) array(t reflect.Type) {
	w.pos++ // '['
	for i := 0; ; i++ {
		w.space()
		if w.pos >= len(w.data) || w.data[w.pos] == ']' {
			w.pos++
			return
		}
		if w.data[w.pos] == ',' {
			w.pos++
		}
		w.path = append(w.path, strconv.Itoa(i))
		w.value(t)
		w.path = w.path[:len(w.path)-1]
	}
}

// str skips a string and returns its raw text, quotes included.
func (w *walker) str() []byte {
	start := w.pos
	w.pos++ // opening quote
	for w.pos < len(w.data) && w.data[w.pos] != '"' {
		if w.data[w.pos] == '\\' {
			w.pos++
		}
		w.pos++
	}
	w.pos++ // closing quote
	return w.data[start:min(w.pos, len(w.data))]
}

// key reads a member name, unescaping it when it has escapes.
func (w *walker) key() string {
	raw := w.str()
	if bytes.IndexByte(raw, '\\') < 0 && len(raw) >= 2 {
		return string(raw[1 : len(raw)-1])
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

func (w *walker) space() {
	for w.pos < len(w.data) {
		switch w.data[w.pos] {
		case ' ', '\t', '\r', '\n':
			w.pos++
		default:
			return
		}
	}
}

func (w *walker) fault(off int, err error) {
	w.probs = append(w.probs, problem{ptr: pointer(w.path), off: int64(off), err: err})
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// pointer renders path as an RFC 6901 JSON pointer.
func pointer(path []string) string {
	var b strings.Builder
	for _, p := range path {
		b.WriteByte('/')
		b.WriteString(pointerEscaper.Replace(p))
	}
	return b.String()
}

// nodeAt returns the pointer of the innermost value that starts at or before
// off, the value encoding/json names by an error offset within or just after it.
func nodeAt(nodes []node, off int64) string {
	ptr := ""
	for _, n := range nodes {
		if n.off > off {
			break
		}
		ptr = n.ptr
	}
	return ptr
}

// lineOf returns the line of the value at ptr (or of its nearest enclosing value).
func lineOf(data []byte, nodes []node, ptr string) int {
	for {
		for _, n := range nodes {
			if n.ptr == ptr {
				return lineAt(data, n.off)
			}
		}
		i := strings.LastIndexByte(ptr, '/')
		if i < 0 {
			return 1
		}
		ptr = ptr[:i]
	}
}

// isEndOfInput reports whether err is encoding/json's "unexpected end".
func isEndOfInput(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se) && strings.Contains(se.Error(), "unexpected end")
}
