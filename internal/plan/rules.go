package plan

import (
	"fmt"
	"strings"
)

// The rules below are those JSON Schema cannot express. They run on a record
// that decoded, after the schema; each returns failures with pointers.
//
// Ids: unique within their list and increasing in document order (M1, M3, M7 is
// fine: an extractor may drop an item after numbering; M2 before M1 is not), so a
// record reads in the order of its document and the ids of a record stay stable
// when one item is dropped. The validator never matches on ids.
//
// The rules run on every extracted record (Validate), so a pointer is formatted
// only in the branch that reports a failure.
func checkRules(r *Record) []Failure {
	var f failures
	f.municipalityCode(r)
	missions := f.ids("missions", "M", len(r.Missions), func(i int) string { return r.Missions[i].ID })
	projects := f.ids("projects", "P", len(r.Projects), func(i int) string { return r.Projects[i].ID })
	f.ids("indicators", "I", len(r.Indicators), func(i int) string { return r.Indicators[i].ID })
	f.projectRefs(r, missions, projects)
	f.indicatorRefs(r, missions, projects)
	f.sdgs(r)
	f.period(r)
	if e := r.Evaluation; e != nil && e.GoalsTotal != nil && e.GoalsAchieved != nil && *e.GoalsAchieved > *e.GoalsTotal {
		f.add("/evaluation/goals_achieved", "goals_achieved %d exceeds goals_total %d", *e.GoalsAchieved, *e.GoalsTotal)
	}
	return f
}

// failures collects rule failures.
type failures []Failure

func (f *failures) add(ptr, format string, args ...any) {
	*f = append(*f, Failure{Pointer: ptr, Rule: fmt.Sprintf(format, args...)})
}

// municipalityCode checks the 総務省 check digit of a 6-digit code.
func (f *failures) municipalityCode(r *Record) {
	code := r.Publisher.MunicipalityCode
	if want, ok := checkDigit(code); ok && code[5] != want {
		f.add("/publisher/municipality_code", "check digit: want %s%c (got %s)", code[:5], want, code)
	}
}

// checkDigit returns the check digit of the 全国地方公共団体コード whose first
// five digits start code: for d1..d5, S = 6d1+5d2+4d3+3d4+2d5 and the check digit
// is (11 − S mod 11) mod 10 (33214 → 3). ok is false unless code is 6 ASCII digits.
// It repeats lgcode.CheckDigit on purpose: the record contract, which every
// extractor imports, must not embed lgcode's municipality tables
// (checkdigit_test.go keeps the two in step).
func checkDigit(code string) (digit byte, ok bool) {
	if len(code) != 6 {
		return 0, false
	}
	s := 0
	for i := range 6 {
		c := code[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if i < 5 {
			s += (6 - i) * int(c-'0')
		}
	}
	return byte('0' + (11-s%11)%10), true
}

// ids checks that the ids of list are unique and increase; it returns the index
// of each id (for references).
func (f *failures) ids(list, prefix string, n int, id func(int) string) map[string]int {
	index := make(map[string]int, n)
	prev := ""
	for i := range n {
		cur := id(i)
		if j, dup := index[cur]; dup {
			f.add(fmt.Sprintf("/%s/%d/id", list, i), "unique ids: %s already used at /%s/%d", cur, list, j)
			continue
		}
		index[cur] = i
		num, ok := idNumber(cur, prefix)
		if !ok {
			continue // the schema's pattern reports it
		}
		if p, _ := idNumber(prev, prefix); prev != "" && !numLess(p, num) {
			f.add(fmt.Sprintf("/%s/%d/id", list, i), "ids in document order: %s comes after %s; number %s… in the order of the document", cur, prev, prefix)
		}
		prev = cur
	}
	return index
}

// idNumber returns the digits of an id such as M12 without leading zeros.
func idNumber(id, prefix string) (string, bool) {
	digits, ok := strings.CutPrefix(id, prefix)
	if !ok || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return "", false
	}
	digits = strings.TrimLeft(digits, "0")
	return digits, true
}

// numLess compares two decimal numbers without leading zeros, of any length.
func numLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// projectRefs checks project.mission_id and project.parent_id, and that parents
// do not form a cycle.
func (f *failures) projectRefs(r *Record, missions, projects map[string]int) {
	for i, p := range r.Projects {
		if p.MissionID != "" {
			if _, ok := missions[p.MissionID]; !ok {
				f.add(fmt.Sprintf("/projects/%d/mission_id", i), "reference: no mission %s in /missions", p.MissionID)
			}
		}
		switch _, ok := projects[p.ParentID]; {
		case p.ParentID == "":
		case p.ParentID == p.ID:
			f.add(fmt.Sprintf("/projects/%d/parent_id", i), "reference: project %s is its own parent", p.ID)
		case !ok:
			f.add(fmt.Sprintf("/projects/%d/parent_id", i), "reference: no project %s in /projects", p.ParentID)
		case cycleHead(r.Projects, projects, i) == i:
			f.add(fmt.Sprintf("/projects/%d/parent_id", i), "reference: parent_id of %s leads back to itself (a cycle)", p.ID)
		}
	}
}

// cycleHead returns, when following parent_id from project i comes back to i,
// the smallest index on that cycle (so a cycle is reported once); else -1.
func cycleHead(ps []Project, index map[string]int, i int) int {
	head, j := i, i
	for range len(ps) {
		k, ok := index[ps[j].ParentID]
		if !ok {
			return -1
		}
		if k == i {
			return head
		}
		head, j = min(head, k), k
	}
	return -1
}

// indicatorRefs checks indicator.project_id and indicator.mission_id, and that
// an indicator given both agrees with its project's mission.
func (f *failures) indicatorRefs(r *Record, missions, projects map[string]int) {
	for i, ind := range r.Indicators {
		if ind.MissionID != "" {
			if _, ok := missions[ind.MissionID]; !ok {
				f.add(fmt.Sprintf("/indicators/%d/mission_id", i), "reference: no mission %s in /missions", ind.MissionID)
			}
		}
		if ind.ProjectID == "" {
			continue
		}
		j, ok := projects[ind.ProjectID]
		if !ok {
			f.add(fmt.Sprintf("/indicators/%d/project_id", i), "reference: no project %s in /projects", ind.ProjectID)
			continue
		}
		if pm := r.Projects[j].MissionID; ind.MissionID != "" && pm != "" && pm != ind.MissionID {
			f.add(fmt.Sprintf("/indicators/%d/mission_id", i), "reference: %s but its project %s serves %s", ind.MissionID, ind.ProjectID, pm)
		}
	}
}

// sdgs checks that every sdgs list is in ascending order and that the record's
// list holds every goal a mission or project is tagged with.
func (f *failures) sdgs(r *Record) {
	f.ascending("/sdgs", -1, r.SDGs)
	have := make(map[int]bool, len(r.SDGs))
	for _, g := range r.SDGs {
		have[g] = true
	}
	tagged := func(list string, i int, gs []int) {
		f.ascending(list, i, gs)
		for k, g := range gs {
			if !have[g] {
				f.add("/sdgs", "union of tagged goals: %d is missing (tagged at %s/%d/sdgs/%d)", g, list, i, k)
				have[g] = true // once per goal
			}
		}
	}
	for i, m := range r.Missions {
		tagged("/missions", i, m.SDGs)
	}
	for i, p := range r.Projects {
		tagged("/projects", i, p.SDGs)
	}
}

// ascending reports an item smaller than the one before it (equal items are the
// schema's uniqueItems failure) in the sdgs of item i of list, or in list itself
// when i < 0. The pointer is built only for a failure.
func (f *failures) ascending(list string, i int, gs []int) {
	for k := 1; k < len(gs); k++ {
		if gs[k] < gs[k-1] {
			ptr := list
			if i >= 0 {
				ptr = fmt.Sprintf("%s/%d/sdgs", list, i)
			}
			f.add(fmt.Sprintf("%s/%d", ptr, k), "sorted: %d comes after %d; list goals in ascending order", gs[k], gs[k-1])
			return
		}
	}
}

// period checks plan_period.from <= to and that fiscal_year lies within it.
func (f *failures) period(r *Record) {
	p := r.PlanPeriod
	if p == nil {
		return
	}
	if p.From != 0 && p.To != 0 && p.From > p.To {
		f.add("/plan_period/to", "plan_period: to %d is before from %d", p.To, p.From)
		return
	}
	fy := r.FiscalYear
	if fy != 0 && ((p.From != 0 && fy < p.From) || (p.To != 0 && fy > p.To)) {
		f.add("/fiscal_year", "fiscal_year %d outside plan_period %s", fy, spanText(p))
	}
}

func spanText(p *Period) string {
	from, to := "?", "?"
	if p.From != 0 {
		from = fmt.Sprint(p.From)
	}
	if p.To != 0 {
		to = fmt.Sprint(p.To)
	}
	return from + "–" + to
}
