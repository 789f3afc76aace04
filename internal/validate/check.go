package validate

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"jplan/internal/plan"
)

// This file checks a record's JSON against the plan/v1 shape before it is
// decoded, so a broken record is reported with the JSON pointer of the fault.
// The shape comes from the Go types of internal/plan (json tags; a field
// without omitempty is required), plus the value rules SCHEMA.md states.
// It stands in for plan.Decode and the JSON Schema check, which did not exist
// yet when this was written.

// ShapeError is a fault at one place of a record.
type ShapeError struct {
	Pointer string // RFC 6901 JSON pointer, "" for the whole document
	Msg     string
}

func (e *ShapeError) Error() string {
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	return "at " + p + ": " + e.Msg
}

// checkShape reports the first place where v (decoded with UseNumber) departs
// from the Go type t.
func checkShape(v any, t reflect.Type, ptr string) error {
	if t.Kind() == reflect.Pointer {
		if v == nil {
			return nil
		}
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		return checkObject(v, t, ptr)
	case reflect.Slice:
		arr, ok := v.([]any)
		if !ok {
			return &ShapeError{ptr, "want an array, got " + jsonKind(v)}
		}
		for i, e := range arr {
			if err := checkShape(e, t.Elem(), ptr+"/"+strconv.Itoa(i)); err != nil {
				return err
			}
		}
	case reflect.String:
		if _, ok := v.(string); !ok {
			return &ShapeError{ptr, "want a string, got " + jsonKind(v)}
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			return &ShapeError{ptr, "want a boolean, got " + jsonKind(v)}
		}
	case reflect.Int:
		n, ok := v.(json.Number)
		if _, err := n.Int64(); !ok || err != nil {
			return &ShapeError{ptr, "want an integer, got " + jsonKind(v)}
		}
	case reflect.Float64:
		n, ok := v.(json.Number)
		if _, err := n.Float64(); !ok || err != nil {
			return &ShapeError{ptr, "want a number, got " + jsonKind(v)}
		}
	}
	return nil
}

func checkObject(v any, t reflect.Type, ptr string) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return &ShapeError{ptr, "want an object, got " + jsonKind(v)}
	}
	known := make(map[string]bool, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		known[name] = true
		fv, present := obj[name]
		if !present {
			if !strings.Contains(opts, "omitempty") {
				return &ShapeError{ptr + "/" + escapePointer(name), "required field is missing"}
			}
			continue
		}
		if err := checkShape(fv, f.Type, ptr+"/"+escapePointer(name)); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !known[k] {
			return &ShapeError{ptr + "/" + escapePointer(k), "unknown field"}
		}
	}
	return nil
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

var (
	isoDateRE   = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`)
	lgCodeRE    = regexp.MustCompile(`^[0-9]{6}$`)
	validKinds  = []string{plan.KindDepartmentGoals, plan.KindOrganizationGoals, plan.KindComprehensivePlan, plan.KindNewsletterDigest, plan.KindOther}
	validFormat = []string{plan.FormatHTML, plan.FormatPDF, plan.FormatText}
)

// checkValues applies the value rules of SCHEMA.md to a decoded record.
func checkValues(r *plan.Record) error {
	switch {
	case r.Schema != plan.SchemaID:
		return &ShapeError{"/schema", fmt.Sprintf("want %q, got %q", plan.SchemaID, r.Schema)}
	case r.ID == "":
		return &ShapeError{"/id", "empty id"}
	case r.Kind != "" && !slices.Contains(validKinds, r.Kind):
		return &ShapeError{"/kind", fmt.Sprintf("unknown kind %q", r.Kind)}
	case r.Source.Format != "" && !slices.Contains(validFormat, r.Source.Format):
		return &ShapeError{"/source/format", fmt.Sprintf("unknown format %q", r.Source.Format)}
	case r.Publisher.MunicipalityCode != "" && !lgCodeRE.MatchString(r.Publisher.MunicipalityCode):
		return &ShapeError{"/publisher/municipality_code", fmt.Sprintf("want 6 digits, got %q", r.Publisher.MunicipalityCode)}
	}
	if err := checkSDGs(r.SDGs, "/sdgs"); err != nil {
		return err
	}
	if r.Dates != nil {
		for _, d := range [...][2]string{{"published", r.Dates.Published}, {"created", r.Dates.Created}, {"updated", r.Dates.Updated}} {
			if d[1] != "" && !isoDateRE.MatchString(d[1]) {
				return &ShapeError{"/dates/" + d[0], fmt.Sprintf("want YYYY-MM-DD, got %q", d[1])}
			}
		}
	}
	for i, m := range r.Missions {
		if err := checkSDGs(m.SDGs, "/missions/"+strconv.Itoa(i)+"/sdgs"); err != nil {
			return err
		}
	}
	for i, p := range r.Projects {
		if err := checkSDGs(p.SDGs, "/projects/"+strconv.Itoa(i)+"/sdgs"); err != nil {
			return err
		}
	}
	return nil
}

func checkSDGs(goals []int, ptr string) error {
	for i, g := range goals {
		if g < 1 || g > 17 {
			return &ShapeError{ptr + "/" + strconv.Itoa(i), fmt.Sprintf("SDG goal %d is not in 1–17", g)}
		}
	}
	return nil
}
