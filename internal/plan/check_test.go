package plan

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// remove, as a value for breakAt, deletes the member.
var remove = &struct{}{}

// breakAt sets (or deletes, for remove) the value at JSON pointer ptr of doc.
func breakAt(t *testing.T, doc any, ptr string, v any) {
	t.Helper()
	parts := strings.Split(ptr, "/")[1:]
	for i, p := range parts {
		last := i == len(parts)-1
		switch d := doc.(type) {
		case map[string]any:
			if last {
				if v == remove {
					delete(d, p)
				} else {
					d[p] = v
				}
				return
			}
			doc = d[p]
		case []any:
			n, err := strconv.Atoi(p)
			if err != nil || n >= len(d) {
				t.Fatalf("breakAt %s: no index %s", ptr, p)
			}
			if last {
				d[n] = v
				return
			}
			doc = d[n]
		default:
			t.Fatalf("breakAt %s: %s is not in the fixture", ptr, p)
		}
	}
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

type edit struct {
	ptr string
	v   any
}

// TestCheckRejects breaks the valid fixture one rule at a time; each must fail
// with the named pointer and rule, and with nothing else.
func TestCheckRejects(t *testing.T) {
	base := fixture(t, "full.json")
	if fs := Check(base); fs != nil {
		t.Fatalf("fixture full.json must be valid: %v", fs)
	}
	tests := []struct {
		name     string
		edits    []edit
		wantPtr  string
		wantRule string
	}{
		// The schema.
		{"schema version", []edit{{"/schema", "plan/v2"}}, "/schema", `const: want "plan/v1"`},
		{"missing id", []edit{{"/id", remove}}, "", `missing required member "id"`},
		{"id with space", []edit{{"/id", "a b"}}, "/id", "no whitespace"},
		{"unknown member", []edit{{"/missions/0/Title", "x"}}, "/missions/0/Title", `unknown member "Title" (did you mean "title"?)`},
		{"misspelt member", []edit{{"/indicators/0/target/vlaue", 1}}, "/indicators/0/target/vlaue", `unknown member "vlaue" (did you mean "value"?)`},
		{"unknown top member", []edit{{"/goals", []any{}}}, "/goals", `unknown member "goals"`},
		{"sdg above 17", []edit{{"/missions/1/sdgs/0", 18}}, "/missions/1/sdgs/0", "maximum 17 (got 18)"},
		{"sdg zero", []edit{{"/sdgs/0", 0}}, "/sdgs/0", "minimum 1 (got 0)"},
		{"sdg not integer", []edit{{"/sdgs/0", 8.5}}, "/sdgs/0", "type: want integer, got number"},
		{"sdg duplicate", []edit{{"/sdgs", []any{8, 8, 11, 17}}}, "/sdgs", "uniqueItems: items 0 and 1 are equal"},
		{"empty sdgs", []edit{{"/missions/1/sdgs", []any{}}}, "/missions/1/sdgs", "minItems 1"},
		{"mission id pattern", []edit{{"/missions/0/id", "P1"}}, "/missions/0/id", "pattern ^M[0-9]+$"},
		{"project id pattern", []edit{{"/projects/0/id", "p1"}}, "/projects/0/id", "pattern ^P[0-9]+$"},
		{"indicator id pattern", []edit{{"/indicators/0/id", "I-1"}}, "/indicators/0/id", "pattern ^I[0-9]+$"},
		{"code five digits", []edit{{"/publisher/municipality_code", "33214"}}, "/publisher/municipality_code", "6 digits"},
		{"date pattern", []edit{{"/dates/created", "2026/04/01"}}, "/dates/created", `format date: "2026/04/01" is not a valid date`},
		{"date impossible", []edit{{"/dates/updated", "2023-02-30"}}, "/dates/updated", "format date"},
		{"fetched_at not RFC 3339", []edit{{"/source/fetched_at", "2026-04-01 09:30"}}, "/source/fetched_at", "format date-time"},
		{"kind enum", []edit{{"/kind", "budget"}}, "/kind", "enum: want one of"},
		{"format enum", []edit{{"/source/format", "docx"}}, "/source/format", `(got "docx")`},
		{"sha256 upper case", []edit{{"/source/sha256", strings.Repeat("A", 64)}}, "/source/sha256", "64 lower-case hex digits"},
		{"url without scheme", []edit{{"/source/url", "www.city.maniwa.lg.jp/x"}}, "/source/url", "a URL with a scheme"},
		{"fiscal year era number", []edit{{"/fiscal_year", 8}}, "/fiscal_year", "minimum 1868 (got 8)"},
		{"fiscal year far future", []edit{{"/plan_period/to", 20260}}, "/plan_period/to", "maximum 2200"},
		{"quantity year as string", []edit{{"/indicators/0/actual/fiscal_year", "2025"}}, "/indicators/0/actual/fiscal_year", "type: want integer or null, got string"},
		{"value as string", []edit{{"/indicators/0/target/value", "115"}}, "/indicators/0/target/value", "type: want number or null, got string"},
		{"raw missing", []edit{{"/indicators/1/target/raw", remove}}, "/indicators/1/target", `missing required member "raw"`},
		{"estimated false", []edit{{"/indicators/1/actual/estimated", false}}, "/indicators/1/actual/estimated", "enum: want one of true, null (got false)"},
		{"empty title", []edit{{"/title", ""}}, "/title", "empty string: omit the member"},
		{"empty string in list", []edit{{"/projects/1/tags/0", ""}}, "/projects/1/tags/0", "empty string: omit the member"},
		{"title with newline", []edit{{"/title", "令和8年度\n部局経営目標"}}, "/title", "one line"},
		{"description padded", []edit{{"/missions/0/description", " 本文 "}}, "/missions/0/description", "no leading or trailing whitespace"},
		{"mission without title", []edit{{"/missions/1/title", remove}}, "/missions/1", `missing required member "title"`},
		{"empty dates", []edit{{"/dates", map[string]any{}}}, "/dates", "minProperties 1"},
		{"negative count", []edit{{"/evaluation/goals_total", -1}}, "/evaluation/goals_total", "minimum 0"},
		{"source not object", []edit{{"/source", "file:x"}}, "/source", "type: want object, got string"},
		// The rules the schema cannot express.
		{"check digit", []edit{{"/publisher/municipality_code", "332140"}}, "/publisher/municipality_code", "check digit: want 332143 (got 332140)"},
		{"duplicate id", []edit{{"/indicators/1/id", "I1"}}, "/indicators/1/id", "unique ids: I1 already used at /indicators/0"},
		{"ids out of order", []edit{{"/indicators/0/id", "I9"}}, "/indicators/1/id", "ids in document order: I2 comes after I9"},
		{"ids numerically ordered", []edit{{"/indicators/0/id", "I10"}, {"/indicators/1/id", "I9"}, {"/indicators/2/id", "I11"}, {"/indicators/3/id", "I12"}}, "/indicators/1/id", "I9 comes after I10"},
		{"ids with gaps", []edit{{"/indicators/1/id", "I7"}, {"/indicators/2/id", "I8"}, {"/indicators/3/id", "I20"}}, "", ""},
		{"project to missing mission", []edit{{"/projects/1/mission_id", "M7"}}, "/projects/1/mission_id", "reference: no mission M7"},
		{"parent missing", []edit{{"/projects/1/parent_id", "P5"}}, "/projects/1/parent_id", "reference: no project P5"},
		{"parent itself", []edit{{"/projects/1/parent_id", "P2"}}, "/projects/1/parent_id", "its own parent"},
		{"parent cycle", []edit{{"/projects/0/parent_id", "P2"}}, "/projects/0/parent_id", "cycle"},
		{"indicator to missing project", []edit{{"/indicators/1/project_id", "P3"}}, "/indicators/1/project_id", "reference: no project P3"},
		{"indicator to missing mission", []edit{{"/indicators/2/mission_id", "M3"}}, "/indicators/2/mission_id", "reference: no mission M3"},
		{"indicator mission disagrees", []edit{{"/indicators/0/mission_id", "M1"}}, "/indicators/0/mission_id", "its project P1 serves M2"},
		{"sdgs unsorted", []edit{{"/missions/0/sdgs", []any{17, 11}}}, "/missions/0/sdgs/1", "sorted: 11 comes after 17"},
		{"sdgs not the union", []edit{{"/sdgs", []any{8, 11}}}, "/sdgs", "union of tagged goals: 17 is missing (tagged at /missions/0/sdgs/1)"},
		{"period reversed", []edit{{"/plan_period", map[string]any{"from": 2027, "to": 2023}}}, "/plan_period/to", "to 2023 is before from 2027"},
		{"fiscal year outside period", []edit{{"/fiscal_year", 2030}}, "/fiscal_year", "outside plan_period 2026–2026"},
		{"more achieved than total", []edit{{"/evaluation/goals_achieved", 5}}, "/evaluation/goals_achieved", "goals_achieved 5 exceeds goals_total 4"},
		{"number out of range", []edit{{"/indicators/0/target/value", json.Number("1e-400000")}}, "/indicators/0/target/value", "number out of range"},
		{"integer written as float", []edit{{"/evaluation/goals_total", json.Number("4.0")}}, "/evaluation/goals_total", "does not fit Go type int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc any
			if err := json.Unmarshal(base, &doc); err != nil {
				t.Fatal(err)
			}
			for _, e := range tt.edits {
				breakAt(t, doc, e.ptr, e.v)
			}
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			fs := Check(data)
			if tt.wantRule == "" { // a case the rules allow
				if fs != nil {
					t.Fatalf("want valid, got %v", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one failure at %s, got %d: %v", tt.wantPtr, len(fs), fs)
			}
			f := fs[0]
			if f.Pointer != tt.wantPtr || !strings.Contains(f.Rule, tt.wantRule) {
				t.Errorf("got %s %q, want %s %q", f.Pointer, f.Rule, tt.wantPtr, tt.wantRule)
			}
			if f.Record != "001_eab234e6a144cc72" && tt.name != "missing id" && tt.name != "id with space" {
				t.Errorf("failure names record %q", f.Record)
			}
		})
	}
}
