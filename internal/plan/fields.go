package plan

import (
	"fmt"
	"reflect"
	"strings"
)

// jsonFields maps every struct type reachable from Record to its members' exact
// JSON names and Go types, built once from the struct tags.
var jsonFields = collectFields(recordType, map[reflect.Type]map[string]reflect.Type{})

func collectFields(t reflect.Type, acc map[reflect.Type]map[string]reflect.Type) map[reflect.Type]map[string]reflect.Type {
	t = structType(t)
	if t == nil || acc[t] != nil {
		return acc
	}
	fields := make(map[string]reflect.Type)
	acc[t] = fields
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = f.Type
		collectFields(f.Type, acc)
		collectFields(elemType(f.Type), acc)
	}
	return acc
}

// structType returns the struct type t is or points at, or nil.
func structType(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

// elemType returns the element type of a slice type (through pointers), or nil.
func elemType(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Slice {
		return nil
	}
	return t.Elem()
}

// fieldOf returns the Go type of member name of struct type t.
func fieldOf(t reflect.Type, name string) (reflect.Type, bool) {
	if t == nil {
		return nil, false
	}
	ft, ok := jsonFields[t][name]
	return ft, ok
}

// suggest names the member name was probably meant to be, for a message a person
// can act on: "Title" → ` (did you mean "title"?)`, "mission" → "missions".
func suggest(t reflect.Type, name string) string {
	if len(name) > 40 {
		return ""
	}
	fold := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	best, bestDist := "", 3
	for known := range jsonFields[t] {
		d := editDistance(fold(known), fold(name))
		if d < bestDist || (d == bestDist && known < best) {
			best, bestDist = known, d
		}
	}
	if best == "" || bestDist > (len(name)+2)/3 {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// typeAt returns the Go type of the value at path (pointer tokens) in a Record,
// or nil when path leaves the known members.
func typeAt(path []string) reflect.Type {
	t := recordType
	for _, tok := range path {
		if e := elemType(t); e != nil {
			t = e // tok is an index
			continue
		}
		ft, ok := fieldOf(structType(t), tok)
		if !ok {
			return nil
		}
		t = ft
	}
	return structType(t)
}
