package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"jplan/schemas"
)

// patternSamples are strings on the edges of the schema's patterns.
var patternSamples = []string{
	"", " ", "a", "ab", "a b", " a", "a ", "a\n", "\na", "a\nb", "a\tb", "a\rb", "a\fb", "\f", "\v", "a\v",
	"\u3000", "あ", "あ い", "\u3000あ\u3000", "a\u0085", "\u00a0", "a\x00b",
	"M", "M1", "M01", "m1", "M1 ", "MM1", "P12", "I3", "I-1", "M１",
	"332143", "33214", "3321430", "３３２１４３", "33214a",
	"2023-01-02", "2023-1-02", "2023/01/02", "20230-01-02", "２０２３-01-02",
	strings.Repeat("a", 64), strings.Repeat("A", 64), strings.Repeat("f", 63), strings.Repeat("0", 65), strings.Repeat("g", 64),
	"https://x", "file:a/b", "1http:x", "http:", "ht tp:x", "a:b c", "+a:b", "a+.-:x", "a::", "a:", ":a", "a.b:c:d", "a_b:c",
}

// TestPatternsMatchSchema holds each hand-written matcher to the regexp it
// stands for, and each pattern to the schema's text.
func TestPatternsMatchSchema(t *testing.T) {
	for _, p := range allPatterns {
		quoted, _ := json.Marshal(p.src)
		if !bytes.Contains(schemas.PlanV1, []byte(`"pattern": `+string(quoted))) {
			t.Errorf("pattern %s is not in schemas/plan.v1.schema.json", p.src)
		}
		re := regexp.MustCompile(p.src)
		for _, s := range patternSamples {
			if got, want := p.match(s), re.MatchString(s); got != want {
				t.Errorf("%s on %q: matcher %v, regexp %v", p.src, s, got, want)
			}
		}
	}
}

// FuzzPatterns: on any valid UTF-8 string, every matcher agrees with its regexp.
func FuzzPatterns(f *testing.F) {
	for _, s := range patternSamples {
		f.Add(s)
	}
	res := make([]*regexp.Regexp, len(allPatterns))
	for i, p := range allPatterns {
		res[i] = regexp.MustCompile(p.src)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the native pass leaves such records to the JSON pass
		}
		for i, p := range allPatterns {
			if got, want := p.match(s), res[i].MatchString(s); got != want {
				t.Fatalf("%s on %q: matcher %v, regexp %v", p.src, s, got, want)
			}
		}
	})
}

// baseRecords decodes every record file the project has (fixtures, truth
// records, devset goldens): valid records to break.
func baseRecords(t testing.TB) [][]byte {
	t.Helper()
	var out [][]byte
	for _, file := range recordFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(bytes.NewReader(data)); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, data)
	}
	return out
}

func mustDecode(t testing.TB, data []byte) *Record {
	t.Helper()
	r, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// agree asserts that Validate (the native pass) and validateJSON (the schema
// over the encoding) give the same failures, and returns whether the native
// pass judged r itself.
func agree(t *testing.T, r *Record) (native bool) {
	t.Helper()
	want := validateJSON(r)
	got := Validate(r)
	if !reflect.DeepEqual(got, want) {
		data, _ := Marshal(r)
		t.Fatalf("native and schema passes differ on %s\nnative: %v\nschema: %v", data, got, want)
	}
	if r == nil {
		return false
	}
	_, native = nativeFailures(r)
	return native
}

// nativeEdits break a valid record one member at a time, as an extractor could:
// empty strings, whitespace, bad codes and enums, out-of-range numbers, duplicate
// ids, bad dates and URLs, empty objects. fallback marks the edits the native
// pass hands to the JSON pass.
var nativeEdits = []struct {
	name     string
	fallback bool
	edit     func(r *Record)
}{
	{"valid", false, func(r *Record) {}},
	{"schema empty", false, func(r *Record) { r.Schema = "" }},
	{"schema v2", false, func(r *Record) { r.Schema = "plan/v2" }},
	{"id empty", false, func(r *Record) { r.ID = "" }},
	{"id space", false, func(r *Record) { r.ID = "a b" }},
	{"id fullwidth space", false, func(r *Record) { r.ID = "a\u3000b" }},
	{"title padded", false, func(r *Record) { r.Title = " 題 " }},
	{"title newline", false, func(r *Record) { r.Title = "令和8年度\n部局経営目標" }},
	{"title CR", false, func(r *Record) { r.Title = "令和8年度\r部局" }},
	{"title invalid UTF-8", true, func(r *Record) { r.Title = "題\xff" }},
	{"kind bad", false, func(r *Record) { r.Kind = "budget" }},
	{"kind case", false, func(r *Record) { r.Kind = "Other" }},
	{"fiscal year low", false, func(r *Record) { r.FiscalYear = 1867 }},
	{"fiscal year edges", false, func(r *Record) {
		r.FiscalYear = 1868
		r.Indicators = append(r.Indicators, Indicator{ID: "I999", Name: "n", Target: &Quantity{Raw: "1", FiscalYear: 2200}})
	}},
	{"fiscal year high", false, func(r *Record) { r.FiscalYear = 2201 }},
	{"fiscal year negative", false, func(r *Record) { r.FiscalYear = -5 }},
	{"fiscal year huge", false, func(r *Record) { r.FiscalYear = math.MaxInt }},
	{"fiscal year tiny", false, func(r *Record) { r.FiscalYear = math.MinInt }},
	{"label padded", false, func(r *Record) { r.FiscalYearLabel = "令和5年度 " }},
	{"period empty", false, func(r *Record) { r.PlanPeriod = &Period{} }},
	{"period from only", false, func(r *Record) { r.PlanPeriod = &Period{From: 1000} }},
	{"period to only", false, func(r *Record) { r.PlanPeriod = &Period{To: 3000} }},
	{"period reversed", false, func(r *Record) { r.PlanPeriod = &Period{From: 2027, To: 2023} }},
	{"dates empty", false, func(r *Record) { r.Dates = &Dates{} }},
	{"date impossible", false, func(r *Record) { r.Dates = &Dates{Published: "2023-02-30"} }},
	{"date slashes", false, func(r *Record) { r.Dates = &Dates{Created: "2026/04/01"} }},
	{"date short", false, func(r *Record) { r.Dates = &Dates{Updated: "2023-1-1"} }},
	{"date fullwidth", false, func(r *Record) { r.Dates = &Dates{Updated: "２０２３-01-01"} }},
	{"date padded", false, func(r *Record) { r.Dates = &Dates{Published: " 2023-01-01", Created: "2023-01-01"} }},
	{"vision padded", false, func(r *Record) { r.Vision = "\n将来像" }},
	{"vision multiline", false, func(r *Record) { r.Vision = "将来\n像" }},
	{"url no scheme", false, func(r *Record) { r.Source.URL = "www.city.maniwa.lg.jp/x" }},
	{"url space", false, func(r *Record) { r.Source.URL = "https://a b" }},
	{"url bare scheme", false, func(r *Record) { r.Source.URL = "http:" }},
	{"url digit first", false, func(r *Record) { r.Source.URL = "1a:b" }},
	{"url file", false, func(r *Record) { r.Source.URL = "file:corpus/x.html" }},
	{"format bad", false, func(r *Record) { r.Source.Format = "docx" }},
	{"sha256 upper", false, func(r *Record) { r.Source.SHA256 = strings.Repeat("A", 64) }},
	{"sha256 short", false, func(r *Record) { r.Source.SHA256 = "abc" }},
	{"fetched_at RFC3339", false, func(r *Record) { r.Source.FetchedAt = "2026-04-01T09:30:00Z" }},
	{"fetched_at offset", false, func(r *Record) { r.Source.FetchedAt = "2026-04-01T09:30:00.123+09:00" }},
	{"fetched_at space", true, func(r *Record) { r.Source.FetchedAt = "2026-04-01 09:30" }},
	{"fetched_at leap second", true, func(r *Record) { r.Source.FetchedAt = "2026-12-31T23:59:60Z" }},
	{"fetched_at bad day", true, func(r *Record) { r.Source.FetchedAt = "2026-02-30T09:30:00Z" }},
	{"fetched_at word", true, func(r *Record) { r.Source.FetchedAt = "yesterday" }},
	{"extractor padded", false, func(r *Record) { r.Source.Extractor = " generic" }},
	{"code five digits", false, func(r *Record) { r.Publisher.MunicipalityCode = "33214" }},
	{"code check digit", false, func(r *Record) { r.Publisher.MunicipalityCode = "332140" }},
	{"code fullwidth", false, func(r *Record) { r.Publisher.MunicipalityCode = "３３２１４３" }},
	{"organization empty", false, func(r *Record) { r.Publisher.Organization = Str("") }},
	{"organization padded", false, func(r *Record) { r.Publisher.Organization = Str(" 部") }},
	{"organization newline", false, func(r *Record) { r.Publisher.Organization = Str("部\n課") }},
	{"head space", false, func(r *Record) { r.Publisher.Head = " " }},
	{"prefecture padded", false, func(r *Record) { r.Publisher.Prefecture = "岡山県\t" }},
	{"mission id empty", false, func(r *Record) { r.Missions = append(r.Missions, Mission{Title: "t"}) }},
	{"mission id wrong prefix", false, func(r *Record) { r.Missions = append(r.Missions, Mission{ID: "P1", Title: "t"}) }},
	{"mission duplicate", false, func(r *Record) {
		r.Missions = append(r.Missions, Mission{ID: "M1", Title: "a"}, Mission{ID: "M1", Title: "b"})
	}},
	{"mission title empty", false, func(r *Record) { r.Missions = append(r.Missions, Mission{ID: "M900"}) }},
	{"mission fields padded", false, func(r *Record) {
		r.Missions = append(r.Missions, Mission{ID: "M901", Title: "t", Description: " d", Organization: "o\no", Result: "r ", Outlook: "\to"})
	}},
	{"mission sdgs bad", false, func(r *Record) {
		r.Missions = append(r.Missions, Mission{ID: "M902", Title: "t", SDGs: []int{0, 18, 3, 3, 17, 1}})
	}},
	{"sdgs duplicate", false, func(r *Record) { r.SDGs = []int{8, 8, 11, 11} }},
	{"sdgs empty slice", false, func(r *Record) { r.SDGs = []int{} }},
	{"project fields", false, func(r *Record) {
		r.Projects = append(r.Projects, Project{ID: "p1", Title: "", Code: " c", MissionID: "X1", ParentID: "M1",
			Tags: []string{"", "a", "a", "b\nc", "a"}, SDGs: []int{5, 5, -1}})
	}},
	{"project valid tags", false, func(r *Record) {
		r.Projects = append(r.Projects, Project{ID: "P999", Title: "t", Tags: []string{"a", "b"}})
	}},
	{"project tags empty slice", false, func(r *Record) {
		r.Projects = append(r.Projects, Project{ID: "P998", Title: "t", Tags: []string{}})
	}},
	{"many duplicate tags", false, func(r *Record) {
		tags := make([]string, 30)
		for i := range tags {
			tags[i] = fmt.Sprint(i % 23)
		}
		r.Projects = append(r.Projects, Project{ID: "P997", Title: "t", Tags: tags})
	}},
	{"indicator fields", false, func(r *Record) {
		r.Indicators = append(r.Indicators, Indicator{ID: "I-1", Name: "", ProjectID: "M1", MissionID: "P1",
			Target: &Quantity{Raw: ""}, Actual: &Quantity{Raw: " 1", Unit: "% ", FiscalYear: 9999, Estimated: true}})
	}},
	{"indicator value negative", false, func(r *Record) {
		r.Indicators = append(r.Indicators, Indicator{ID: "I990", Name: "n", Target: &Quantity{Raw: "-1", Value: Float(-1e300)}})
	}},
	{"indicator value NaN", true, func(r *Record) {
		r.Indicators = append(r.Indicators, Indicator{ID: "I991", Name: "n", Target: &Quantity{Raw: "x", Value: Float(math.NaN())}})
	}},
	{"indicator value Inf", true, func(r *Record) {
		r.Indicators = append(r.Indicators, Indicator{ID: "I992", Name: "n", Actual: &Quantity{Raw: "x", Value: Float(math.Inf(-1))}})
	}},
	{"evaluation empty", false, func(r *Record) { r.Evaluation = &Evaluation{} }},
	{"evaluation negative", false, func(r *Record) { r.Evaluation = &Evaluation{GoalsTotal: Int(-1), GoalsAchieved: Int(math.MinInt)} }},
	{"evaluation zero", false, func(r *Record) { r.Evaluation = &Evaluation{GoalsTotal: Int(0), GoalsAchieved: Int(0)} }},
	{"achieved over total", false, func(r *Record) { r.Evaluation = &Evaluation{GoalsTotal: Int(3), GoalsAchieved: Int(5)} }},
	{"warnings bad", false, func(r *Record) { r.Warnings = append(r.Warnings, "", " w", "w\nx") }},
	{"warning invalid UTF-8", true, func(r *Record) { r.Warnings = append(r.Warnings, "\xe3\x81") }},
}

// TestValidateNativeAgrees: on every record file, as it is and broken by each
// edit, Validate (native) gives exactly the failures of the schema pass over
// the encoding, and judges the record itself unless the edit says otherwise.
func TestValidateNativeAgrees(t *testing.T) {
	for _, data := range baseRecords(t) {
		for _, e := range nativeEdits {
			r := mustDecode(t, data)
			e.edit(r)
			if native := agree(t, r); native == e.fallback {
				t.Errorf("%s on %s: native pass used = %v", e.name, r.ID, native)
			}
		}
	}
	agree(t, nil)
	agree(t, &Record{})
}

// TestValidateNativeEveryMember breaks every member of the full fixture (which
// sets every member of plan/v1) in turn, whatever its name, so that a member
// added to the types and the schema but not to native.go is caught here.
func TestValidateNativeEveryMember(t *testing.T) {
	data := fixture(t, "full.json")
	badStrings := []string{"", " x", "x\ny", "2023-02-30", "plan/v1", " \xff"} // the last for the JSON pass
	badInts := []int64{-1, 0, 18, 1867, 2201, 5}
	n := visitLeaves(reflect.ValueOf(mustDecode(t, data)), -1, nil)
	if n < 50 {
		t.Fatalf("only %d members found in full.json", n)
	}
	for leaf := range n {
		for k := range max(len(badStrings), len(badInts)) {
			r := mustDecode(t, data)
			visitLeaves(reflect.ValueOf(r), leaf, func(v reflect.Value) {
				switch v.Kind() {
				case reflect.String:
					v.SetString(badStrings[k%len(badStrings)])
				case reflect.Int:
					v.SetInt(badInts[k%len(badInts)])
				case reflect.Bool:
					v.SetBool(k%2 == 0)
				case reflect.Float64:
					v.SetFloat(float64(badInts[k%len(badInts)]))
				}
			})
			agree(t, r)
		}
	}
}

// visitLeaves walks the strings, numbers and bools under v (through pointers,
// structs and slice items) and calls set on leaf number want; it returns the
// number of leaves.
func visitLeaves(v reflect.Value, want int, set func(reflect.Value)) int {
	n := 0
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		default:
			if n == want {
				set(v)
			}
			n++
		}
	}
	walk(v)
	return n
}

// FuzzValidateNative: records decoded leniently from any JSON (every Go value
// a Record can hold) and records broken by a series of edits get the same
// failures from the native pass as from the schema over their encoding.
func FuzzValidateNative(f *testing.F) {
	bases := baseRecords(f)
	for i, data := range bases {
		f.Add(data, uint8(i), []byte{}, "", int64(0))
	}
	for i, e := range nativeEdits {
		f.Add([]byte("{}"), uint8(i), []byte{uint8(i), uint8(i * 7)}, e.name, int64(i*100))
	}
	f.Add([]byte(`{"schema":"plan/v1","id":"x","missions":[{"id":"M1","title":"t","sdgs":[3,3]}]}`), uint8(0), []byte{3}, " ", int64(-1))
	f.Fuzz(func(t *testing.T, data []byte, base uint8, edits []byte, s string, n int64) {
		var r Record
		if json.Unmarshal(data, &r) == nil {
			agree(t, &r)
		}
		rec := mustDecode(t, bases[int(base)%len(bases)])
		for k, e := range edits {
			if k == 16 {
				break
			}
			fuzzEdit(rec, e, s, n+int64(k))
		}
		agree(t, rec)
	})
}

// fuzzEdit sets the member chosen by e (an item chosen by n) to s or n.
func fuzzEdit(r *Record, e byte, s string, n int64) {
	i := int(uint64(n) % 8)
	num := int(n)
	small := int(n%40) - 10 // around the sdgs bounds and 0
	year := 1860 + int(n%350)
	switch e % 40 {
	case 0:
		r.Schema = s
	case 1:
		r.ID = s
	case 2:
		r.Title = s
	case 3:
		r.Kind = s
	case 4:
		r.FiscalYear = year
	case 5:
		r.FiscalYear = num
	case 6:
		r.FiscalYearLabel = s
	case 7:
		if r.PlanPeriod == nil {
			r.PlanPeriod = &Period{}
		}
		if n%2 == 0 {
			r.PlanPeriod.From = year
		} else {
			r.PlanPeriod.To = year
		}
	case 8:
		if r.Dates == nil {
			r.Dates = &Dates{}
		}
		switch i % 3 {
		case 0:
			r.Dates.Published = s
		case 1:
			r.Dates.Created = s
		default:
			r.Dates.Updated = s
		}
	case 9:
		r.Vision = s
	case 10:
		r.Source.URL = s
	case 11:
		r.Source.Format = s
	case 12:
		r.Source.SHA256 = s
	case 13:
		r.Source.FetchedAt = s
	case 14:
		r.Source.Extractor = s
	case 15:
		r.Publisher.MunicipalityCode = s
	case 16:
		r.Publisher.Organization = &s
	case 17:
		r.Publisher.Municipality = s
	case 18:
		r.Missions = append(r.Missions, Mission{ID: s, Title: s})
	case 19:
		if len(r.Missions) > 0 {
			m := &r.Missions[i%len(r.Missions)]
			m.Description, m.Organization, m.Result, m.Outlook = s, s, s, s
		}
	case 20:
		if len(r.Missions) > 0 {
			m := &r.Missions[i%len(r.Missions)]
			m.SDGs = append(m.SDGs, small)
		}
	case 21:
		r.SDGs = append(r.SDGs, small)
	case 22:
		r.Projects = append(r.Projects, Project{ID: s, Title: s})
	case 23:
		if len(r.Projects) > 0 {
			p := &r.Projects[i%len(r.Projects)]
			p.Code, p.Description, p.Organization = s, s, s
		}
	case 24:
		if len(r.Projects) > 0 {
			p := &r.Projects[i%len(r.Projects)]
			p.MissionID, p.ParentID = s, s
		}
	case 25:
		if len(r.Projects) > 0 {
			p := &r.Projects[i%len(r.Projects)]
			p.Tags = append(p.Tags, s)
		}
	case 26:
		if len(r.Projects) > 0 {
			p := &r.Projects[i%len(r.Projects)]
			p.SDGs = append(p.SDGs, small)
		}
	case 27:
		r.Indicators = append(r.Indicators, Indicator{ID: s, Name: s, ProjectID: s, MissionID: s})
	case 28:
		if len(r.Indicators) > 0 {
			ind := &r.Indicators[i%len(r.Indicators)]
			ind.Target = &Quantity{Raw: s, Unit: s, FiscalYear: year, Value: Float(float64(n) / 7)}
		}
	case 29:
		if len(r.Indicators) > 0 {
			ind := &r.Indicators[i%len(r.Indicators)]
			ind.Actual = &Quantity{Raw: s, Estimated: n%2 == 0}
		}
	case 30:
		if len(r.Indicators) > 0 {
			ind := &r.Indicators[i%len(r.Indicators)]
			if ind.Target != nil {
				ind.Target.Value = Float([]float64{math.NaN(), math.Inf(1), -0.0, 1e308, 5e-324}[i%5])
			}
		}
	case 31:
		r.Evaluation = &Evaluation{}
		if n%3 != 0 {
			r.Evaluation.GoalsTotal = Int(small)
		}
		if n%3 != 1 {
			r.Evaluation.GoalsAchieved = Int(num)
		}
	case 32:
		r.Warnings = append(r.Warnings, s)
	case 33: // duplicate an item, keeping its id
		if len(r.Missions) > 0 {
			r.Missions = append(r.Missions, r.Missions[i%len(r.Missions)])
		}
	case 34:
		if len(r.Projects) > 0 {
			r.Projects = append(r.Projects, r.Projects[i%len(r.Projects)])
		}
	case 35: // empty, non-nil lists: omitted like nil ones
		r.Missions, r.Warnings = r.Missions[:0], []string{}
	case 36:
		r.PlanPeriod = &Period{}
	case 37:
		r.Dates = &Dates{}
	case 38:
		r.Publisher.Head, r.Publisher.Prefecture = s, s
	case 39:
		r.Source.ExtractorVersion = s
	}
}
