package validate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Gate is a least acceptable figure: the fuzzy micro F1 of a group
// (missions, projects, indicators, sdgs), or the accuracy or mean similarity
// of a field as the report names it (fiscal_year, indicators.target.value,
// missions.description, …).
type Gate struct {
	Name string
	Min  float64
}

// ParseGates parses "missions=0.8,projects=0.7"; a value is in [0,1].
func ParseGates(s string) ([]Gate, error) {
	var gates []Gate
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("validate: gate %q: want NAME=VALUE", part)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || !(v >= 0 && v <= 1) { // NaN too: a NaN gate fails against every figure
			return nil, fmt.Errorf("validate: gate %q: want a value from 0 to 1", part)
		}
		gates = append(gates, Gate{Name: name, Min: v})
	}
	return gates, nil
}

// GateResult is one gate checked against a report.
type GateResult struct {
	Gate
	Got    float64
	Passed bool
}

func (g GateResult) String() string {
	return fmt.Sprintf("%s %.3f < %.3f", g.Name, g.Got, g.Min)
}

// CheckGates checks every gate against the report's whole-set figures. A
// name that is neither a group nor a field the report has is an error (a
// typo must not pass silently).
func (r *Report) CheckGates(gates []Gate) ([]GateResult, error) {
	out := make([]GateResult, 0, len(gates))
	for _, g := range gates {
		got, ok := r.figure(g.Name)
		if !ok {
			return nil, fmt.Errorf("validate: gate %q: no such group or field in this report (groups: %s)", g.Name, strings.Join(Groups, ", "))
		}
		out = append(out, GateResult{Gate: g, Got: got, Passed: got >= g.Min})
	}
	return out, nil
}

// figure returns the whole-set figure a gate name refers to.
func (r *Report) figure(name string) (float64, bool) {
	if slices.Contains(Groups, name) {
		return r.Headline(name).F1, true
	}
	if a, ok := r.Total.Figures.Fields[name]; ok {
		return a.Value(), true
	}
	if m, ok := r.Total.Figures.Similarity[name]; ok {
		return m.Value(), true
	}
	return 0, false
}
