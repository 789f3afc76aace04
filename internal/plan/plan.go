// Package plan holds the plan/v1 record (schemas/plan.v1.schema.json), the contract
// between extractors, the validator, the dataset writers and researchers: its Go
// types, strict decoding, a JSONL reader, and the checks `jplan check` runs.
//
// The types round-trip the schema exactly: fields whose zero value is meaningful
// (an empty organization, a value of 0, a count of 0) are pointers, everything
// else is omitted when empty. The schema therefore refuses the forms the types
// cannot keep apart: an empty string, array or object where the member could be
// left out ("omit the member"), and "estimated": false. A null member is accepted
// (docs/SCHEMA.md allows it) and means the member is absent; Encode omits it.
//
// Decode reads one record strictly: exact member names, no unknown or duplicate
// members, one JSON value. Check applies, to a record's JSON text, the schema and
// then the rules a schema cannot express (see checkRules): the municipality_code
// check digit; ids unique and increasing in document order (gaps allowed);
// references that point at existing ids, without parent cycles; sdgs ascending,
// the record's sdgs holding every goal tagged on a mission or project;
// plan_period.from <= to with fiscal_year inside; goals_achieved <= goals_total.
// Each Failure names the line, the record id, the JSON pointer and the rule.
// Validate does the same for a Record built in Go.
package plan

// SchemaID is the value of Record.Schema for every plan/v1 record.
const SchemaID = "plan/v1"

// Record is one source document as a plan/v1 record.
type Record struct {
	Schema          string      `json:"schema"`
	ID              string      `json:"id"`
	Source          Source      `json:"source"`
	Publisher       Publisher   `json:"publisher"`
	Title           string      `json:"title,omitempty"`
	Kind            string      `json:"kind,omitempty"`
	FiscalYear      int         `json:"fiscal_year,omitempty"`
	FiscalYearLabel string      `json:"fiscal_year_label,omitempty"`
	PlanPeriod      *Period     `json:"plan_period,omitempty"`
	Dates           *Dates      `json:"dates,omitempty"`
	Vision          string      `json:"vision,omitempty"`
	Missions        []Mission   `json:"missions,omitempty"`
	Projects        []Project   `json:"projects,omitempty"`
	Indicators      []Indicator `json:"indicators,omitempty"`
	SDGs            []int       `json:"sdgs,omitempty"`
	Evaluation      *Evaluation `json:"evaluation,omitempty"`
	Warnings        []string    `json:"warnings,omitempty"`
}

// Kinds of document (Record.Kind).
const (
	KindDepartmentGoals   = "department_goals"
	KindOrganizationGoals = "organization_goals"
	KindComprehensivePlan = "comprehensive_plan"
	KindNewsletterDigest  = "newsletter_digest"
	KindOther             = "other"
)

// Formats of source bytes (Source.Format).
const (
	FormatHTML = "html"
	FormatPDF  = "pdf"
	FormatText = "text"
)

// Source says where the bytes came from and what produced the record.
type Source struct {
	URL              string `json:"url,omitempty"`
	Format           string `json:"format,omitempty"`
	SHA256           string `json:"sha256,omitempty"`
	FetchedAt        string `json:"fetched_at,omitempty"`
	Extractor        string `json:"extractor,omitempty"`
	ExtractorVersion string `json:"extractor_version,omitempty"`
}

// Publisher says who published the document and whose goals they are.
type Publisher struct {
	Municipality     string `json:"municipality,omitempty"`
	MunicipalityCode string `json:"municipality_code,omitempty"`
	Prefecture       string `json:"prefecture,omitempty"`
	// Organization is nil when unknown and "" for a whole-city document.
	Organization *string `json:"organization,omitempty"`
	Head         string  `json:"head,omitempty"`
}

// Period is a multi-year plan's span in fiscal years.
type Period struct {
	From int `json:"from,omitempty"`
	To   int `json:"to,omitempty"`
}

// Dates are ISO 8601 dates (YYYY-MM-DD) read from the document.
type Dates struct {
	Published string `json:"published,omitempty"`
	Created   string `json:"created,omitempty"`
	Updated   string `json:"updated,omitempty"`
}

// Evaluation is the document's own achievement count.
type Evaluation struct {
	GoalsTotal    *int `json:"goals_total,omitempty"`
	GoalsAchieved *int `json:"goals_achieved,omitempty"`
}

// Mission is a role, mission, policy direction or 重点目標.
type Mission struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Description  string `json:"description,omitempty"`
	Organization string `json:"organization,omitempty"`
	SDGs         []int  `json:"sdgs,omitempty"`
	Result       string `json:"result,omitempty"`
	Outlook      string `json:"outlook,omitempty"`
}

// Project is a 事業, 重点事業, 個別事業 or 重点プロジェクト (and its 方針/施策).
type Project struct {
	ID           string   `json:"id"`
	Code         string   `json:"code,omitempty"`
	Title        string   `json:"title"`
	Description  string   `json:"description,omitempty"`
	Organization string   `json:"organization,omitempty"`
	MissionID    string   `json:"mission_id,omitempty"`
	ParentID     string   `json:"parent_id,omitempty"`
	Tags         []string `json:"tags,omitempty"`
	SDGs         []int    `json:"sdgs,omitempty"`
}

// Indicator is one 指標 with its target and actual values.
type Indicator struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	ProjectID string    `json:"project_id,omitempty"`
	MissionID string    `json:"mission_id,omitempty"`
	Target    *Quantity `json:"target,omitempty"`
	Actual    *Quantity `json:"actual,omitempty"`
}

// Quantity is a value as written and as a number. Value is a float64: every
// figure these documents print (integers below 2^53, one or two decimals) is
// represented exactly enough to print back as written.
type Quantity struct {
	Raw        string   `json:"raw"`
	Value      *float64 `json:"value,omitempty"`
	Unit       string   `json:"unit,omitempty"`
	FiscalYear int      `json:"fiscal_year,omitempty"`
	Estimated  bool     `json:"estimated,omitempty"`
}

// Str returns a pointer to s, for optional string fields such as Publisher.Organization.
func Str(s string) *string { return &s }

// Int returns a pointer to n, for optional counts such as Evaluation.GoalsTotal.
func Int(n int) *int { return &n }

// Float returns a pointer to f, for Quantity.Value.
func Float(f float64) *float64 { return &f }
