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
// can act on: "Title" → ` (did you mean "title"?)`.
func suggest(t reflect.Type, name string) string {
	for known := range jsonFields[t] {
		if strings.EqualFold(known, name) || strings.EqualFold(strings.ReplaceAll(known, "_", ""), strings.ReplaceAll(name, "_", "")) {
			return fmt.Sprintf(" (did you mean %q?)", known)
		}
	}
	return ""
}
