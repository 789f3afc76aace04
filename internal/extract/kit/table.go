package kit

import (
	"strings"

	"jplan/internal/ja/era"
	"jplan/internal/ja/num"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// IndicatorColumns are the columns of an indicator table, -1 when absent.
type IndicatorColumns struct {
	Header     int // index of the header row
	Name       int // 指標 / 指標名 / 目標(指標)名 / 項目
	Unit       int // 単位
	Target     int // 目標値 / 目標 / 目標(平成31年度)
	Actual     int // 実績値 / 現状 / 現状値 / 基準値
	TargetYear int // the year in the target header (目標(平成31年度) → 2019), 0 if none
	ActualYear int // the year in the actual header, 0 if none
}

// FindIndicatorColumns finds the header row of an indicator table among the
// first rows of t: a row with a name column (指標…) and a target column
// (目標…). ok is false for any other table.
func FindIndicatorColumns(t layout.Block) (IndicatorColumns, bool) {
	for r := 0; r < len(t.Rows) && r < 3; r++ {
		c := IndicatorColumns{Header: r, Name: -1, Unit: -1, Target: -1, Actual: -1}
		for i, cell := range t.Rows[r] {
			h := Clean(cell.Text)
			classifyHeader(&c, i, h)
		}
		if c.Name >= 0 && c.Target >= 0 {
			return c, true
		}
	}
	return IndicatorColumns{}, false
}

func classifyHeader(c *IndicatorColumns, i int, h string) {
	if Runes(h) > 24 {
		return
	}
	switch {
	case c.Name < 0 && (strings.Contains(h, "指標") || h == "項目" || h == "成果目標") && !strings.Contains(h, "値"):
		c.Name = i
	case c.Unit < 0 && h == "単位":
		c.Unit = i
	case c.Actual < 0 && containsAny(h, []string{"実績", "現状", "基準"}):
		c.Actual = i
		c.ActualYear = yearOf(h)
	case c.Target < 0 && isTargetHeader(h):
		c.Target = i
		c.TargetYear = yearOf(h)
	}
}

func yearOf(h string) int {
	if fy, ok := era.FindFiscalYear(h); ok {
		return fy.Year
	}
	return 0
}

// TableIndicators reads the indicators of an indicator table: one per body
// row with a name, the target and actual read by num.ParseQuantity, the unit
// column applied to bare numbers, and the years of the column headers. A
// table without such a header gives none.
func TableIndicators(t layout.Block) []plan.Indicator {
	var out []plan.Indicator
	for _, r := range TableIndicatorRows(t) {
		out = append(out, r.Indicator)
	}
	return out
}

// RowIndicator is the indicator of one table row.
type RowIndicator struct {
	Row int // index into t.Rows
	plan.Indicator
}

// TableIndicatorRows is TableIndicators keeping each indicator's row, for
// callers that read other columns of the same row (the 取組 it measures).
func TableIndicatorRows(t layout.Block) []RowIndicator {
	c, ok := FindIndicatorColumns(t)
	if !ok {
		return nil
	}
	var out []RowIndicator
	for r := c.Header + 1; r < len(t.Rows); r++ {
		row := t.Rows[r]
		name := cellText(row, c.Name)
		if name == "" || isLabel(name) && strings.Contains(name, "指標") {
			continue
		}
		unit := cellText(row, c.Unit)
		in := plan.Indicator{Name: name}
		in.Target = quantity(cellText(row, c.Target), unit, c.TargetYear)
		in.Actual = quantity(cellText(row, c.Actual), unit, c.ActualYear)
		out = append(out, RowIndicator{Row: r, Indicator: in})
	}
	return out
}

func cellText(row []layout.Cell, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return Clean(row[i].Text)
}

// quantity parses a value cell, taking the unit from the unit column when
// the cell is a bare number; nil for an empty cell.
func quantity(raw, unit string, year int) *plan.Quantity {
	if raw == "" {
		return nil
	}
	q := Quantity(raw, unit)
	q.FiscalYear = year
	return &q
}

// Quantity parses raw with num.ParseQuantity and, when raw is a bare number,
// gives it unit (from a 単位 column or header).
func Quantity(raw, unit string) plan.Quantity {
	q := num.ParseQuantity(raw)
	if q.Value != nil && q.Unit == "" && unit != "" && unit != "-" {
		q.Unit = unit
	}
	return q
}

// isTargetHeader reports whether a column header names the target value:
// 目標値, 目標, 目標(平成31年度), 令和6年度目標 — not a goal column (重点目標).
func isTargetHeader(h string) bool {
	switch {
	case strings.Contains(h, "目標値") || h == "目標":
		return true
	case strings.HasPrefix(h, "目標(") || strings.HasPrefix(h, "目標 ("):
		return true
	case strings.HasSuffix(h, "目標") && yearOf(h) != 0:
		return true
	}
	return false
}
