package validate

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"jplan/internal/plan"
)

// This file compares one truth record with one extracted record: the item
// sets under every mode, then, over the fuzzy pairs, each field of each item.

// Groups are the item sets scored with precision, recall and F1, in report order.
var Groups = []string{"missions", "projects", "indicators", "sdgs"}

// Diff is one thing an engineer can act on: a missing item, an extra item, or
// a matched item (or the record itself) with a wrong field.
type Diff struct {
	Kind  string `json:"kind"`            // "missing", "extra", "wrong", or "record" (whole record missing)
	Group string `json:"group"`           // missions, projects, indicators, sdgs, or record
	Item  string `json:"item,omitempty"`  // the truth item's title or name (for extra: the extracted one's; for sdgs: the goal)
	Field string `json:"field,omitempty"` // for wrong: the field
	Truth string `json:"truth,omitempty"` // the truth value as written ("" when absent)
	Pred  string `json:"pred,omitempty"`  // the extracted value ("" when absent)
}

// comparison accumulates the figures and diffs of one document.
type comparison struct {
	fig   Figures
	diffs []Diff
}

// compareRecords scores pred against truth. A nil pred is a record missing
// entirely: every truth item is missing and every field the truth gives is
// wrong, and the one diff is the missing record (not each of its parts).
func compareRecords(truth, pred *plan.Record) comparison {
	c := comparison{fig: newFigures()}
	missing := pred == nil
	if missing {
		pred = &plan.Record{}
	}
	c.recordFields(truth, pred)
	c.missions(truth.Missions, pred.Missions)
	c.projects(truth.Projects, pred.Projects)
	c.indicators(truth.Indicators, pred.Indicators)
	c.sdgSet(truth.SDGs, pred.SDGs)
	if missing {
		c.diffs = []Diff{{Kind: "record", Group: "record", Item: truth.ID}}
	}
	return c
}

// items scores two lists of item texts under every mode, records missing and
// extra items as diffs, and returns the fuzzy pairs for field comparison.
func (c *comparison) items(group string, truth, pred []string) []Pair {
	tk, pk := keysOf(truth), keysOf(pred)
	var fuzzy []Pair
	for _, mode := range Modes {
		pairs := matchKeyed(mode, tk, pk)
		c.fig.count(group, mode, Counts{TP: len(pairs), FP: len(pred) - len(pairs), FN: len(truth) - len(pairs)})
		if mode == ModeFuzzy {
			fuzzy = pairs
		}
	}
	matchedT := make([]bool, len(truth))
	matchedP := make([]bool, len(pred))
	for _, p := range fuzzy {
		matchedT[p.Truth], matchedP[p.Pred] = true, true
		if tk[p.Truth].strict != pk[p.Pred].strict {
			c.diff(group, truth[p.Truth], "title", truth[p.Truth], pred[p.Pred])
		}
	}
	for i, t := range truth {
		if !matchedT[i] {
			c.diffs = append(c.diffs, Diff{Kind: "missing", Group: group, Item: t})
		}
	}
	for j, p := range pred {
		if !matchedP[j] {
			c.diffs = append(c.diffs, Diff{Kind: "extra", Group: group, Item: p})
		}
	}
	return fuzzy
}

func (c *comparison) diff(group, item, field, truth, pred string) {
	c.diffs = append(c.diffs, Diff{Kind: "wrong", Group: group, Item: item, Field: field, Truth: truth, Pred: pred})
}

// exact counts one exact-match field, skipping it when both sides leave it
// out, and records a diff when the two differ.
func (c *comparison) exact(group, item, field string, truth, pred value) {
	if !truth.ok && !pred.ok {
		return
	}
	name := field
	if group != "record" {
		name = group + "." + field
	}
	same := truth.ok == pred.ok && truth.s == pred.s
	c.fig.field(name, same)
	if !same {
		c.diff(group, item, field, truth.s, pred.s)
	}
}

// similar adds the bigram Dice of two soft forms to a field's mean, skipping
// it when both are empty, and records a diff when the soft forms differ.
func (c *comparison) similar(group, item, field, truth, pred string) {
	if truth == "" && pred == "" {
		return
	}
	ts, ps := Soft(truth), Soft(pred)
	c.fig.similar(group+"."+field, Dice(ts, ps))
	if ts != ps {
		c.diff(group, item, field, truth, pred)
	}
}

// value is a field as compared: its text form and whether it is given at all.
type value struct {
	s  string
	ok bool
}

func str(s string) value { return value{Strict(s), s != ""} }
func num(n int) value {
	if n == 0 {
		return value{}
	}
	return value{strconv.Itoa(n), true}
}

func optStr(p *string) value {
	if p == nil {
		return value{}
	}
	return value{Strict(*p), true}
}

func optInt(p *int) value {
	if p == nil {
		return value{}
	}
	return value{strconv.Itoa(*p), true}
}

func optFloat(p *float64) value {
	if p == nil {
		return value{}
	}
	return value{formatFloat(*p), true}
}

// formatFloat prints f so that two values within a relative 1e-9 (float
// noise from 10.0億円 → 1e9) print alike.
func formatFloat(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', 9, 64)
}

// boolean: false is the absent value, shown as "false" in diffs.
func boolean(b bool) value { return value{strconv.FormatBool(b), b} }

func intSet(xs []int) value {
	s := slices.Clone(xs)
	slices.Sort(s)
	s = slices.Compact(s)
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = strconv.Itoa(x)
	}
	return value{strings.Join(parts, ","), len(s) > 0}
}

func strSet(xs []string) value {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = Strict(x)
	}
	slices.Sort(s)
	s = slices.Compact(s)
	return value{strings.Join(s, ", "), len(s) > 0}
}

func period(p *plan.Period) value {
	if p == nil {
		return value{}
	}
	return value{fmt.Sprintf("%d–%d", p.From, p.To), true}
}
