package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// problem is a structural fault walk finds at a value.
type problem struct {
	ptr string
	off int64
	err error
}

// node is where a value starts: its pointer and the offset of its first byte
// (of its last byte for a scalar, which is on the same line).
type node struct {
	ptr string
	off int64
}

// walker reads a record token by token, beside the Go type it decodes into,
// to find what encoding/json forgives: duplicate members (the last one wins) and
// member names that match a field only case-insensitively.
type walker struct {
	dec   *json.Decoder
	path  []string
	probs []problem
	nodes *[]node // collected when non-nil
}

// recordType is the Go type a record decodes into.
var recordType = reflect.TypeFor[Record]()

// walk checks data, a single JSON value decoded into t (nil: no name check). It
// returns the structural problems found, and an error for invalid JSON or
// trailing data. When nodes is non-nil it receives every value's position.
func walk(data []byte, t reflect.Type, nodes *[]node) ([]problem, error) {
	w := &walker{dec: json.NewDecoder(bytes.NewReader(data)), nodes: nodes}
	w.dec.UseNumber()
	if err := w.value(t); err != nil {
		return w.probs, err
	}
	if _, err := w.dec.Token(); err != io.EOF {
		if err == nil {
			err = ErrTrailingData
		}
		return w.probs, err
	}
	return w.probs, nil
}

func (w *walker) value(t reflect.Type) error {
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	if w.nodes != nil {
		*w.nodes = append(*w.nodes, node{ptr: pointer(w.path), off: w.dec.InputOffset() - 1})
	}
	switch tok {
	case json.Delim('{'):
		return w.object(structType(t))
	case json.Delim('['):
		return w.array(elemType(t))
	}
	return nil
}

func (w *walker) object(t reflect.Type) error {
	seen := make(map[string]bool)
	for w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		w.path = append(w.path, key)
		if seen[key] {
			w.fault(fmt.Errorf("%w %q", ErrDuplicateMember, key))
		}
		seen[key] = true
		ft, known := fieldOf(t, key)
		if t != nil && !known {
			w.fault(fmt.Errorf("%w %q%s", ErrUnknownMember, key, suggest(t, key)))
		}
		if err := w.value(ft); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
	}
	_, err := w.dec.Token() // '}'
	return err
}

func (w *walker) array(t reflect.Type) error {
	for i := 0; w.dec.More(); i++ {
		w.path = append(w.path, fmt.Sprint(i))
		if err := w.value(t); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
	}
	_, err := w.dec.Token() // ']'
	return err
}

func (w *walker) fault(err error) {
	w.probs = append(w.probs, problem{ptr: pointer(w.path), off: w.dec.InputOffset() - 1, err: err})
}

// pointer renders path as an RFC 6901 JSON pointer.
func pointer(path []string) string {
	var b strings.Builder
	for _, p := range path {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(p))
	}
	return b.String()
}

// nodeAt returns the pointer of the value whose position is off, or "".
func nodeAt(nodes []node, off int64) string {
	for _, n := range nodes {
		if n.off == off {
			return n.ptr
		}
	}
	return ""
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
