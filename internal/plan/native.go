package plan

import (
	"math"
	"math/big"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// This file checks a *Record against schemas/plan.v1.schema.json in Go, without
// encoding it to JSON and decoding it again for the JSON Schema validator: every
// extracted record is validated (pipeline.Process), and the round trip was an
// eighth of a text or HTML run.
//
// The Go types already guarantee what the schema says of shapes: closed objects,
// member types, the required members (they have no omitempty). What remains is
// checked here member by member, in the schema's order of keywords (format before
// pattern), and a failure is rendered by rule() from the validator's own error
// kind, so its pointer and wording are those the JSON pass gives. native_test.go
// proves the two passes agree.
//
// A record the native pass cannot judge exactly is left to the JSON pass
// (nativeFailures returns ok == false): a string that is not valid UTF-8 (the
// encoder replaces its bytes, so the schema sees another string), a value that
// is NaN or infinite (it cannot be encoded at all) and a fetched_at of a shape
// other than the usual RFC 3339 one (the validator's date-time format has
// corners not worth repeating). The pipeline makes none of these.

// pattern is one of the schema's patterns: src as written there (kind.Pattern.Want,
// which rule() explains through patternMeaning) and a hand-written equivalent of
// regexp.MustCompile(src).MatchString, so that a record is not run through the
// regexp engine a hundred times (native_test.go holds the two to agreement).
type pattern struct {
	src   string
	match func(string) bool
}

// The schema's patterns.
var (
	patID      = &pattern{`^\S+$`, noSpace}
	patLine    = &pattern{`^\S(.*\S)?$`, isLine}
	patText    = &pattern{`^\S([\s\S]*\S)?$`, isText}
	patOrg     = &pattern{`^(\S(.*\S)?)?$`, func(s string) bool { return s == "" || isLine(s) }}
	patCode    = &pattern{`^[0-9]{6}$`, func(s string) bool { return len(s) == 6 && allDigits(s) }}
	patDate    = &pattern{`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, isDatePattern}
	patSHA256  = &pattern{`^[0-9a-f]{64}$`, isLowerHex64}
	patURL     = &pattern{`^[A-Za-z][A-Za-z0-9+.-]*:\S+$`, isURL}
	patMission = &pattern{`^M[0-9]+$`, func(s string) bool { return isID(s, 'M') }}
	patProject = &pattern{`^P[0-9]+$`, func(s string) bool { return isID(s, 'P') }}
	patIndic   = &pattern{`^I[0-9]+$`, func(s string) bool { return isID(s, 'I') }}

	allPatterns = []*pattern{patID, patLine, patText, patOrg, patCode, patDate, patSHA256, patURL, patMission, patProject, patIndic}
)

// Enums of the schema, as the validator reports them (null included).
var (
	kindEnum   = []any{KindDepartmentGoals, KindOrganizationGoals, KindComprehensivePlan, KindNewsletterDigest, KindOther, nil}
	formatEnum = []any{FormatHTML, FormatPDF, FormatText, nil}
)

// Bounds of the schema's fiscalYear, count and sdgs item.
const (
	minFiscalYear = 1868
	maxFiscalYear = 2200
	minSDG        = 1
	maxSDG        = 17
)

// nativeChecker collects schema failures of one record.
type nativeChecker struct {
	fs []Failure
	ok bool // false: the record needs the JSON pass
}

// nativeFailures returns the failures the JSON Schema pass reports for r (in no
// particular order), or ok == false when r needs that pass (see above).
func nativeFailures(r *Record) (fs []Failure, ok bool) {
	c := nativeChecker{ok: true}
	c.record(r)
	return c.fs, c.ok
}

func (c *nativeChecker) fail(at loc, k jsonschema.ErrorKind) {
	c.fs = append(c.fs, Failure{Pointer: at.String(), Rule: rule(k)})
}

// loc is the JSON pointer of a value, kept in parts and joined only when a
// failure names it: a record has hundreds of values and almost never a failure.
// It reads base, then /i, /member, /sub and /k, each when set (i, k >= 0).
type loc struct {
	base        string
	i           int
	member, sub string
	k           int
}

// path is the pointer base.
func path(base string) loc { return loc{base: base, i: -1, k: -1} }

// in is the pointer of member of item i of the list at base ("" for the item).
func in(base string, i int, member string) loc { return loc{base: base, i: i, member: member, k: -1} }

// with is the pointer of member sub of the value at l.
func (l loc) with(sub string) loc { l.sub = sub; return l }

// item is the pointer of item k of the list at l.
func (l loc) item(k int) loc { l.k = k; return l }

func (l loc) String() string {
	p := l.base
	if l.i >= 0 {
		p += "/" + strconv.Itoa(l.i)
	}
	if l.member != "" {
		p += "/" + l.member
	}
	if l.sub != "" {
		p += "/" + l.sub
	}
	if l.k >= 0 {
		p += "/" + strconv.Itoa(l.k)
	}
	return p
}

func (c *nativeChecker) record(r *Record) {
	if r.Schema != SchemaID && c.utf8(r.Schema) {
		c.fail(path("/schema"), &kind.Const{Got: r.Schema, Want: SchemaID})
	}
	c.str(path("/id"), r.ID, patID)
	c.source(&r.Source)
	c.publisher(&r.Publisher)
	c.optStr(path("/title"), r.Title, patLine)
	c.optEnum(path("/kind"), r.Kind, kindEnum)
	c.fiscalYear(path("/fiscal_year"), r.FiscalYear)
	c.optStr(path("/fiscal_year_label"), r.FiscalYearLabel, patLine)
	if p := r.PlanPeriod; p != nil {
		if p.From == 0 && p.To == 0 {
			c.fail(path("/plan_period"), &kind.MinProperties{Got: 0, Want: 1})
		}
		c.fiscalYear(path("/plan_period/from"), p.From)
		c.fiscalYear(path("/plan_period/to"), p.To)
	}
	if d := r.Dates; d != nil {
		if d.Published == "" && d.Created == "" && d.Updated == "" {
			c.fail(path("/dates"), &kind.MinProperties{Got: 0, Want: 1})
		}
		c.date(path("/dates/published"), d.Published)
		c.date(path("/dates/created"), d.Created)
		c.date(path("/dates/updated"), d.Updated)
	}
	c.optStr(path("/vision"), r.Vision, patText)
	for i := range r.Missions {
		c.mission(i, &r.Missions[i])
	}
	for i := range r.Projects {
		c.project(i, &r.Projects[i])
	}
	for i := range r.Indicators {
		c.indicator(i, &r.Indicators[i])
	}
	c.sdgs(path("/sdgs"), r.SDGs)
	if e := r.Evaluation; e != nil {
		if e.GoalsTotal == nil && e.GoalsAchieved == nil {
			c.fail(path("/evaluation"), &kind.MinProperties{Got: 0, Want: 1})
		}
		c.count(path("/evaluation/goals_total"), e.GoalsTotal)
		c.count(path("/evaluation/goals_achieved"), e.GoalsAchieved)
	}
	for i, w := range r.Warnings {
		c.str(in("/warnings", i, ""), w, patText)
	}
}

func (c *nativeChecker) source(s *Source) {
	c.optStr(path("/source/url"), s.URL, patURL)
	c.optEnum(path("/source/format"), s.Format, formatEnum)
	c.optStr(path("/source/sha256"), s.SHA256, patSHA256)
	if s.FetchedAt != "" && c.utf8(s.FetchedAt) && !plainDateTime(s.FetchedAt) {
		c.ok = false // not the usual shape: the JSON pass judges it
	}
	c.optStr(path("/source/extractor"), s.Extractor, patLine)
	c.optStr(path("/source/extractor_version"), s.ExtractorVersion, patLine)
}

func (c *nativeChecker) publisher(p *Publisher) {
	c.optStr(path("/publisher/municipality"), p.Municipality, patLine)
	c.optStr(path("/publisher/municipality_code"), p.MunicipalityCode, patCode)
	c.optStr(path("/publisher/prefecture"), p.Prefecture, patLine)
	if p.Organization != nil { // "" is a value here: a whole-city document
		c.str(path("/publisher/organization"), *p.Organization, patOrg)
	}
	c.optStr(path("/publisher/head"), p.Head, patLine)
}

func (c *nativeChecker) mission(i int, m *Mission) {
	const l = "/missions"
	c.str(in(l, i, "id"), m.ID, patMission)
	c.str(in(l, i, "title"), m.Title, patText)
	c.optStr(in(l, i, "description"), m.Description, patText)
	c.optStr(in(l, i, "organization"), m.Organization, patLine)
	c.sdgs(in(l, i, "sdgs"), m.SDGs)
	c.optStr(in(l, i, "result"), m.Result, patText)
	c.optStr(in(l, i, "outlook"), m.Outlook, patText)
}

func (c *nativeChecker) project(i int, p *Project) {
	const l = "/projects"
	c.str(in(l, i, "id"), p.ID, patProject)
	c.optStr(in(l, i, "code"), p.Code, patLine)
	c.str(in(l, i, "title"), p.Title, patText)
	c.optStr(in(l, i, "description"), p.Description, patText)
	c.optStr(in(l, i, "organization"), p.Organization, patLine)
	c.optStr(in(l, i, "mission_id"), p.MissionID, patMission)
	c.optStr(in(l, i, "parent_id"), p.ParentID, patProject)
	if len(p.Tags) > 0 {
		tags := in(l, i, "tags")
		if j, k, dup := firstDuplicate(p.Tags); dup {
			c.fail(tags, &kind.UniqueItems{Duplicates: [2]int{j, k}})
		}
		for k, t := range p.Tags {
			c.str(tags.item(k), t, patLine)
		}
	}
	c.sdgs(in(l, i, "sdgs"), p.SDGs)
}

func (c *nativeChecker) indicator(i int, ind *Indicator) {
	const l = "/indicators"
	c.str(in(l, i, "id"), ind.ID, patIndic)
	c.str(in(l, i, "name"), ind.Name, patText)
	c.optStr(in(l, i, "project_id"), ind.ProjectID, patProject)
	c.optStr(in(l, i, "mission_id"), ind.MissionID, patMission)
	if ind.Target != nil {
		c.quantity(in(l, i, "target"), ind.Target)
	}
	if ind.Actual != nil {
		c.quantity(in(l, i, "actual"), ind.Actual)
	}
}

// quantity checks a target or actual; estimated needs no check (true or
// omitted is all a bool with omitempty can be).
func (c *nativeChecker) quantity(at loc, q *Quantity) {
	c.str(at.with("raw"), q.Raw, patLine)
	if q.Value != nil && (math.IsNaN(*q.Value) || math.IsInf(*q.Value, 0)) {
		c.ok = false // no JSON number: the encoder fails, and Validate reports that
	}
	c.optStr(at.with("unit"), q.Unit, patLine)
	c.fiscalYear(at.with("fiscal_year"), q.FiscalYear)
}

// sdgs checks a non-empty sdgs list: uniqueItems, then each goal within 1..17.
func (c *nativeChecker) sdgs(at loc, gs []int) {
	if len(gs) == 0 {
		return // omitted
	}
	if j, k, dup := firstDuplicate(gs); dup {
		c.fail(at, &kind.UniqueItems{Duplicates: [2]int{j, k}})
	}
	for k, g := range gs {
		c.bounds(at, k, g, minSDG, maxSDG)
	}
}

// bounds checks item k of the list at at (k < 0: the value at at itself).
func (c *nativeChecker) bounds(at loc, k, n, lo, hi int) {
	if n >= lo && n <= hi {
		return
	}
	if k >= 0 {
		at = at.item(k)
	}
	if n < lo {
		c.fail(at, &kind.Minimum{Got: big.NewRat(int64(n), 1), Want: big.NewRat(int64(lo), 1)})
	} else {
		c.fail(at, &kind.Maximum{Got: big.NewRat(int64(n), 1), Want: big.NewRat(int64(hi), 1)})
	}
}

// fiscalYear checks an int fiscal year member (0: omitted).
func (c *nativeChecker) fiscalYear(at loc, y int) {
	if y != 0 {
		c.bounds(at, -1, y, minFiscalYear, maxFiscalYear)
	}
}

// count checks a count member (nil: omitted).
func (c *nativeChecker) count(at loc, n *int) {
	if n != nil && *n < 0 {
		c.fail(at, &kind.Minimum{Got: big.NewRat(int64(*n), 1), Want: big.NewRat(0, 1)})
	}
}

// date checks a date member ("" is omitted): the format, and then, as the
// validator does once the format holds, the pattern.
func (c *nativeChecker) date(at loc, s string) {
	if s == "" || !c.utf8(s) {
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		c.fail(at, &kind.Format{Got: s, Want: "date", Err: err})
		return
	}
	c.str(at, s, patDate)
}

// optEnum checks an optional string member against an enum ("" is omitted).
func (c *nativeChecker) optEnum(at loc, s string, enum []any) {
	if s == "" || !c.utf8(s) {
		return
	}
	for _, v := range enum {
		if v == s {
			return
		}
	}
	c.fail(at, &kind.Enum{Got: s, Want: enum})
}

// optStr checks an optional string member ("" is omitted) against pattern.
func (c *nativeChecker) optStr(at loc, s string, pat *pattern) {
	if s != "" {
		c.str(at, s, pat)
	}
}

// str checks a string that is present in the JSON (even when "") against pattern.
func (c *nativeChecker) str(at loc, s string, pat *pattern) {
	if c.utf8(s) && !pat.match(s) {
		c.fail(at, &kind.Pattern{Got: s, Want: pat.src})
	}
}

// utf8 reports whether s is valid UTF-8, and sends the record to the JSON pass
// when it is not.
func (c *nativeChecker) utf8(s string) bool {
	if utf8.ValidString(s) {
		return true
	}
	c.ok = false
	return false
}

// firstDuplicate returns the pair the validator's uniqueItems reports: the
// first item k equal to an earlier one, and the first item j equal to it.
func firstDuplicate[T comparable](items []T) (j, k int, dup bool) {
	if len(items) <= 16 { // the usual list: no map to allocate
		for k := 1; k < len(items); k++ {
			for j := range k {
				if items[j] == items[k] {
					return j, k, true
				}
			}
		}
		return 0, 0, false
	}
	first := make(map[T]int, len(items))
	for k, v := range items {
		if j, seen := first[v]; seen {
			return j, k, true
		}
		first[v] = k
	}
	return 0, 0, false
}

// isSpace reports whether b is what \s matches in Go's regexp syntax ([\t\n\f\r ]).
// Every other byte of valid UTF-8 belongs to a rune \S matches.
func isSpace(b byte) bool {
	switch b {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

// noSpace is ^\S+$.
func noSpace(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			return false
		}
	}
	return true
}

// isText is ^\S([\s\S]*\S)?$: not empty, no whitespace at either end.
func isText(s string) bool {
	return s != "" && !isSpace(s[0]) && !isSpace(s[len(s)-1])
}

// isLine is ^\S(.*\S)?$: isText without a newline (. does not match \n).
func isLine(s string) bool {
	if !isText(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isID is ^X[0-9]+$ for prefix X.
func isID(s string, prefix byte) bool {
	return len(s) >= 2 && s[0] == prefix && allDigits(s[1:])
}

// isDatePattern is ^[0-9]{4}-[0-9]{2}-[0-9]{2}$.
func isDatePattern(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' &&
		allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

// isLowerHex64 is ^[0-9a-f]{64}$.
func isLowerHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; !isDigit(b) && (b < 'a' || b > 'f') {
			return false
		}
	}
	return true
}

// isURL is ^[A-Za-z][A-Za-z0-9+.-]*:\S+$. The scheme's class has no ':', so the
// first byte outside it must be the colon.
func isURL(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	i := 1
	for i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-') {
		i++
	}
	return i < len(s) && s[i] == ':' && noSpace(s[i+1:])
}

func isLetter(b byte) bool { return ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') }

// plainDateTime reports whether s is an RFC 3339 date-time of the usual shape,
// YYYY-MM-DDTHH:MM:SS[.digits](Z|+HH:MM|-HH:MM) with every field in range and
// no leap second: a shape the validator's date-time format always accepts (the
// pipeline writes time.RFC3339). False says nothing; the JSON pass decides.
func plainDateTime(s string) bool {
	if len(s) < 20 || (s[10] != 'T' && s[10] != 't') {
		return false
	}
	if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
		return false
	}
	t := s[11:]
	if !twoDigits(t, 0, 23) || t[2] != ':' || !twoDigits(t, 3, 59) || t[5] != ':' || !twoDigits(t, 6, 59) {
		return false
	}
	t = t[8:]
	if len(t) > 1 && t[0] == '.' && isDigit(t[1]) {
		t = t[2:]
		for len(t) > 0 && isDigit(t[0]) {
			t = t[1:]
		}
	}
	switch {
	case t == "Z" || t == "z":
		return true
	case len(t) == 6 && (t[0] == '+' || t[0] == '-') && t[3] == ':':
		return twoDigits(t, 1, 23) && twoDigits(t, 4, 59)
	}
	return false
}

// twoDigits reports whether s[i:i+2] are two ASCII digits of a number <= max.
func twoDigits(s string, i, max int) bool {
	return i+2 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && int(s[i]-'0')*10+int(s[i+1]-'0') <= max
}
