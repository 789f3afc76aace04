package niigata

import (
	"strconv"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
	"jplan/internal/ja/num"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// goalIndicator is one row of a section's indicator table, with the number
// of the 重点目標 it measures (0 when the table does not say).
type goalIndicator struct {
	goal int
	in   plan.Indicator
}

// indicatorColumns are the columns of a "重点目標 | 指標 | 目標値 | 実績値"
// table, -1 when absent.
type indicatorColumns struct {
	header, goal, name, target, actual int
	targetYear, actualYear             int
}

// findIndicatorColumns finds the header row (among the first three) of an
// indicator table: a 指標 column and a 目標値 column. 重点目標 names the goal
// column, never the target.
func findIndicatorColumns(t layout.Block) (indicatorColumns, bool) {
	for r := 0; r < len(t.Rows) && r < 3; r++ {
		c := indicatorColumns{header: r, goal: -1, name: -1, target: -1, actual: -1}
		for i, cell := range t.Rows[r] {
			h := strings.ReplaceAll(kit.Clean(cell.Text), " ", "")
			switch {
			case strings.Contains(h, "重点目標") || h == "No." || h == "番号":
				c.goal = i
			case strings.Contains(h, "指標") && c.name < 0:
				c.name = i
			case strings.HasPrefix(h, "目標") && c.target < 0:
				c.target, c.targetYear = i, yearIn(h)
			case (strings.Contains(h, "実績") || strings.Contains(h, "現状")) && c.actual < 0:
				c.actual, c.actualYear = i, yearIn(h)
			}
		}
		if c.name >= 0 && c.target >= 0 {
			return c, true
		}
	}
	return indicatorColumns{}, false
}

func yearIn(h string) int {
	if fy, ok := era.FindFiscalYear(h); ok {
		return fy.Year
	}
	return 0
}

// tableIndicators reads the body rows of an indicator table.
func tableIndicators(t layout.Block, c indicatorColumns) []goalIndicator {
	var out []goalIndicator
	for _, row := range t.Rows[c.header+1:] {
		name := cellAt(row, c.name)
		if name == "" {
			continue
		}
		gi := goalIndicator{in: plan.Indicator{Name: name}}
		if m, _ := kit.SplitMarker(cellAt(row, c.goal) + " x"); isNumber(m) {
			gi.goal, _ = strconv.Atoi(kit.Code(m))
		}
		gi.in.Target = quantity(cellAt(row, c.target), c.targetYear)
		gi.in.Actual = quantity(cellAt(row, c.actual), c.actualYear)
		out = append(out, gi)
	}
	return out
}

func cellAt(row []layout.Cell, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return kit.Clean(row[i].Text)
}

func quantity(raw string, year int) *plan.Quantity {
	if raw == "" {
		return nil
	}
	q := num.ParseQuantity(strings.ReplaceAll(raw, " ", ""))
	q.FiscalYear = year
	return &q
}
