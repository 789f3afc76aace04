package maniwa

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/extract/lines"
	"jplan/internal/ja/sdg"
	"jplan/internal/plan"
)

// addProjects reads the (2) section: each row holds a project (● 重点事業 or a
// numbered 1-① project) and, in another cell, its indicators. Outside tables
// a marked line or a heading starts a project, paragraphs continue its
// description and an "指標:… 目標値:…" paragraph gives its indicators.
func addProjects(b *extract.Builder, name string, units []lines.Unit, keyTag string, pdf bool) {
	width := projectColumnWidth(units)
	lastID, lastFromTable := "", false
	for _, u := range units {
		projCells, indText := splitRow(u)
		var ls []lines.Line
		for _, c := range projCells {
			ls = append(ls, c...)
		}
		marker := ""
		if len(ls) > 0 {
			marker, _ = kit.SplitMarker(ls[0].Text)
		}
		switch {
		case isProjectMarker(marker) || !u.Table && len(ls) > 0 && ls[0].Heading:
			lastID = b.AddProject(project(ls, keyTag, pdf, width))
			lastFromTable = u.Table
		case !u.Table && !lastFromTable && lastID != "" && len(ls) > 0,
			u.Table && lastFromTable && lastID != "" && len(ls) > 0 && !isHeaderRow(u):
			appendDescription(b, lastID, ls, pdf, width) // continued after a break
		case indText == "" || lastID == "":
			continue
		}
		ins := kit.ProseIndicators(indText)
		if len(ins) == 0 && indText != "" {
			b.Warn("maniwa: %s: indicator text of project %s not understood: %q", name, lastID, indText)
		}
		for _, in := range ins {
			in.ProjectID = lastID
			b.AddIndicator(in)
		}
	}
}

// isProjectMarker accepts numbering (1-①, 1., (1)) and the ● family of bullets;
// ・ marks description lines, not projects.
func isProjectMarker(m string) bool {
	if m == "" || m == "・" || m == "•" || m == "-" || kit.IsFootnote(m) {
		return false
	}
	return true
}

// splitRow separates a row's indicator cell ("指標:… 目標値:…") from the
// cells that describe the project. The indicator text is the cell's lines
// joined without spaces, so that PDF line wraps inside names and values heal.
func splitRow(u lines.Unit) (proj [][]lines.Line, indicator string) {
	idx := -1
	for i, c := range u.Cells {
		if isIndicatorCell(c) {
			idx = i
		}
	}
	for i, c := range u.Cells {
		if i == idx || len(c) == 0 {
			continue
		}
		proj = append(proj, c)
	}
	if idx >= 0 {
		var parts []string
		for _, l := range u.Cells[idx] {
			parts = append(parts, l.Text)
		}
		indicator = lines.DropScriptSpaces(strings.Join(parts, ""))
	}
	return proj, indicator
}

func isIndicatorCell(c []lines.Line) bool {
	if len(c) == 0 {
		return false
	}
	var all strings.Builder
	for _, l := range c {
		all.WriteString(l.Text)
	}
	s := all.String()
	i := strings.Index(s, "指標")
	return i >= 0 && strings.Contains(s[i:], ":") && strings.Contains(s, "目標")
}

// projectColumnWidth is the widest project-cell line of the section's tables:
// the column width that PDF lines wrap at.
func projectColumnWidth(units []lines.Unit) int {
	w := 0
	for _, u := range units {
		proj, _ := splitRow(u)
		for _, c := range proj {
			w = max(w, lines.MaxWidth(c))
		}
	}
	return w
}

// project builds a project from its cell lines: marker and title on the first
// line, the description after (bullets joined with newlines).
func project(ls []lines.Line, keyTag string, pdf bool, width int) plan.Project {
	marker, first := kit.SplitMarker(ls[0].Text)
	title, desc := titleAndDescription(first, ls, pdf, width)
	p := plan.Project{
		Code:        kit.Code(marker),
		Title:       clean(sdg.Strip(title)),
		Description: cleanLines(sdg.Strip(desc)),
		SDGs:        sdg.Goals(sdg.Find(title + "\n" + desc)),
	}
	if kit.IsBullet(marker) && keyTag != "" {
		p.Tags = []string{keyTag}
	}
	return p
}

// appendDescription adds lines that continue a project outside its table
// (a page break) to its description.
func appendDescription(b *extract.Builder, id string, ls []lines.Line, pdf bool, width int) {
	for i := range b.Rec.Projects {
		p := &b.Rec.Projects[i]
		if p.ID != id {
			continue
		}
		more := cleanLines(strings.Join(lines.Paragraphs(ls, pdf, width), "\n"))
		if p.Description != "" && more != "" {
			p.Description += "\n"
		}
		p.Description += more
	}
}

// isHeaderRow is a row of column names (重点事業 | 指標名及び目標値): short
// cells, none a sentence.
func isHeaderRow(u lines.Unit) bool {
	for _, c := range u.Cells {
		for _, l := range c {
			if kit.Runes(l.Text) > 15 || strings.HasSuffix(l.Text, "。") {
				return false
			}
		}
	}
	return true
}
