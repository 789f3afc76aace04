package kit

import (
	"strings"

	"jplan/internal/ja/era"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// headSize is how many lines from the top count as the heading area.
const headSize = 12

// FiscalYear returns the fiscal year of the goals: the first 年度 written in the
// heading area (doc.Title and the first lines), short lines (titles) before
// sentences, else in a short heading further down. A year that is not the document's own is skipped: a target year
// (平成31年度末, 目標年次), an actual (実績), a 前年度 reference, and anything
// in a footnote (※) line.
func FiscalYear(doc *layout.Document) (era.FY, bool) {
	head := HeadLines(doc, headSize)
	for _, short := range []bool{true, false} {
		for i, l := range head {
			if Runes(l) <= 4 && i+1 < len(head) {
				l += "\n" + head[i+1] // "平成\n24年度" broken over two lines
			}
			if short != (Runes(l) <= 40) || strings.HasPrefix(l, "※") {
				continue
			}
			if fy, ok := ownYear(l); ok {
				return fy, true
			}
		}
	}
	for _, l := range allLines(doc) { // a heading further down names it
		if l.Kind == layout.Heading && Runes(l.Text) <= 40 {
			if fy, ok := ownYear(l.Text); ok {
				return fy, true
			}
		}
	}
	return era.FY{}, false
}

// ownYear returns the first 年度 of line that names the year of the goals.
func ownYear(line string) (era.FY, bool) {
	for _, fy := range era.FindFiscalYears(line) {
		if !strings.HasSuffix(fy.Label, "年度") && !strings.Contains(fy.Label, "年度") {
			continue
		}
		after := line[fy.End:]
		before := line[:fy.Start]
		if isForeignYear(before, after) {
			continue
		}
		return fy, true
	}
	return era.FY{}, false
}

var notOwnAfter = []string{"末", "実績", "見込", "決算", "の実績", "までに", "目標年次", "を目標"}

func isForeignYear(before, after string) bool {
	for _, w := range notOwnAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return strings.HasSuffix(before, "前") || strings.HasSuffix(before, "(")
}

// PlanPeriod returns the 計画期間 of doc: the period on a line that names
// 計画期間 or 期間 anywhere, else one written in the heading area (including an
// open period, 令和7年度から, where a plan starts).
func PlanPeriod(doc *layout.Document) (*plan.Period, bool) {
	for _, l := range allLines(doc) {
		if strings.Contains(l.Text, "期間") {
			if p, ok := era.ParsePeriod(l.Text); ok && p.To != 0 {
				return &plan.Period{From: p.From, To: p.To}, true
			}
		}
	}
	for _, l := range HeadLines(doc, headSize) {
		if p, ok := era.ParsePeriod(l); ok {
			return &plan.Period{From: p.From, To: p.To}, true
		}
	}
	return nil, false
}

// Dates reads the labelled dates of doc (作成日 → created, 更新日 → updated,
// 発行日 → published; era.Field) and, in the heading area, a date standing alone
// on its line (a page date → updated) or in a 広報 issue line (→ published).
// The first date of each field wins; nil when there is none.
func Dates(doc *layout.Document) *plan.Dates {
	d := &plan.Dates{}
	lines := allLines(doc)
	for i, l := range lines {
		for _, dt := range era.FindDates(l.Text) {
			field := era.Field(dt.Label)
			if field == "" {
				field = labelFromCell(lines, i, dt)
			}
			if field == "" && i < headSize {
				field = unlabelledField(l.Text, dt)
			}
			setDate(d, field, dt.ISO())
		}
	}
	if *d == (plan.Dates{}) {
		return nil
	}
	return d
}

// labelFromCell takes the label from the cell before a date that fills its
// own table cell (作成日 | 令和8年4月1日).
func labelFromCell(lines []Line, i int, dt era.Date) string {
	l := lines[i]
	if !l.InTable() || i == 0 || dt.Start > 0 {
		return ""
	}
	prev := lines[i-1]
	if prev.Row != l.Row {
		return ""
	}
	return era.Field(strings.TrimRight(prev.Text, ":: "))
}

func unlabelledField(line string, dt era.Date) string {
	rest := strings.TrimSpace(line[:dt.Start] + line[dt.End:])
	switch {
	case strings.Contains(line, "広報") || strings.Contains(line, "号"):
		return "published"
	case rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")"):
		return "updated"
	}
	return ""
}

func setDate(d *plan.Dates, field, iso string) {
	switch field {
	case "updated":
		if d.Updated == "" {
			d.Updated = iso
		}
	case "created":
		if d.Created == "" {
			d.Created = iso
		}
	case "published":
		if d.Published == "" {
			d.Published = iso
		}
	}
}
