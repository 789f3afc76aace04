package plan

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"jplan/schemas"
)

// compiledSchema is schemas/plan.v1.schema.json compiled once, on first use, and
// shared; format ("date", "date-time") is asserted, not just annotated.
var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemas.PlanV1))
	if err != nil {
		return nil, fmt.Errorf("plan: embedded schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schemas.PlanV1ID, doc); err != nil {
		return nil, fmt.Errorf("plan: embedded schema: %w", err)
	}
	sch, err := c.Compile(schemas.PlanV1ID)
	if err != nil {
		return nil, fmt.Errorf("plan: embedded schema: %w", err)
	}
	return sch, nil
})

// schema returns the compiled plan/v1 schema. The schema is embedded and a test
// compiles it, so failing here is a broken build, not bad input.
func schema() *jsonschema.Schema {
	sch, err := compiledSchema()
	if err != nil {
		panic(err)
	}
	return sch
}

var printer = message.NewPrinter(language.English)

// schemaFailures validates inst (a document decoded by jsonschema.UnmarshalJSON)
// and returns one Failure per broken keyword, at the pointer of the value.
func schemaFailures(inst any) []Failure {
	err := schema().Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []Failure{{Rule: err.Error()}}
	}
	var out []Failure
	leaves(ve, &out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return out
}

// leaves appends the failures of the innermost errors of ve: the keywords that
// failed, not the $ref and group errors that only wrap them.
func leaves(ve *jsonschema.ValidationError, out *[]Failure) {
	if len(ve.Causes) > 0 {
		for _, c := range ve.Causes {
			leaves(c, out)
		}
		return
	}
	ptr := pointer(ve.InstanceLocation)
	if k, ok := ve.ErrorKind.(*kind.AdditionalProperties); ok {
		for _, p := range k.Properties {
			hint := suggest(typeAt(ve.InstanceLocation), p)
			*out = append(*out, Failure{Pointer: ptr + pointer([]string{p}), Rule: fmt.Sprintf("unknown member %q%s", p, hint)})
		}
		return
	}
	*out = append(*out, Failure{Pointer: ptr, Rule: rule(ve.ErrorKind)})
}

// patternMeaning explains the schema's patterns in words.
var patternMeaning = map[string]string{
	`^\S(.*\S)?$`:                   "one line without leading or trailing whitespace",
	`^\S([\s\S]*\S)?$`:              "no leading or trailing whitespace",
	`^(\S(.*\S)?)?$`:                "one line without leading or trailing whitespace (\"\" allowed)",
	`^\S+$`:                         "no whitespace",
	`^[0-9]{6}$`:                    "6 digits (5-digit code and check digit)",
	`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`:  "an ISO date YYYY-MM-DD",
	`^[0-9a-f]{64}$`:                "64 lower-case hex digits",
	`^[A-Za-z][A-Za-z0-9+.-]*:\S+$`: "a URL with a scheme (https:, file:) and no whitespace",
}

// rule renders a schema keyword failure as the rule a person must fix.
func rule(k jsonschema.ErrorKind) string {
	switch k := k.(type) {
	case *kind.Type:
		return fmt.Sprintf("type: want %s, got %s", nullLast(k.Want), k.Got)
	case *kind.Required:
		return fmt.Sprintf("missing required member %s", quoteAll(k.Missing))
	case *kind.Minimum:
		return fmt.Sprintf("minimum %s (got %s)", k.Want.RatString(), k.Got.RatString())
	case *kind.Maximum:
		return fmt.Sprintf("maximum %s (got %s)", k.Want.RatString(), k.Got.RatString())
	case *kind.Pattern:
		if k.Got == "" {
			return "empty string: omit the member when there is no value"
		}
		if m, ok := patternMeaning[k.Want]; ok {
			return fmt.Sprintf("pattern %s: want %s (got %q)", k.Want, m, k.Got)
		}
		return fmt.Sprintf("pattern %s (got %q)", k.Want, k.Got)
	case *kind.Enum:
		return fmt.Sprintf("enum: want one of %s (got %v)", displayAll(k.Want), display(k.Got))
	case *kind.Const:
		return fmt.Sprintf("const: want %v (got %v)", display(k.Want), display(k.Got))
	case *kind.MinLength:
		return "minLength 1: empty string; omit the member when there is no value"
	case *kind.MinItems:
		return "minItems 1: empty array; omit the member when there are no items"
	case *kind.MinProperties:
		return "minProperties 1: empty object; omit the member when there is no value"
	case *kind.UniqueItems:
		return fmt.Sprintf("uniqueItems: items %d and %d are equal", k.Duplicates[0], k.Duplicates[1])
	case *kind.Format:
		return fmt.Sprintf("format %s: %v is not a valid %s", k.Want, display(k.Got), k.Want)
	}
	return k.LocalizedString(printer)
}

// nullLast joins JSON type names with "or", null last: "integer or null".
func nullLast(types []string) string {
	var s []string
	null := false
	for _, t := range types {
		if t == "null" {
			null = true
		} else {
			s = append(s, t)
		}
	}
	if null {
		s = append(s, "null")
	}
	return strings.Join(s, " or ")
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

func displayAll(vs []any) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = display(v)
	}
	return strings.Join(s, ", ")
}

// display renders a JSON value briefly, as it would be written in JSON.
func display(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("%q", v)
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	}
	return fmt.Sprint(v)
}
