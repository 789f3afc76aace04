package generic

import (
	"regexp"
	"strconv"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/norm"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

func fold(s string) string { return norm.Fold(s) }

// headerLabels are the labels of a form's header rows, which the kit reads.
var headerLabels = []string{"年度", "作成日", "更新日", "部局名", "部局長名", "組織名", "所属名", "所属長名", "区長", "部長", "課長", "氏名", "担当", "所管"}

// isHeaderLabel reports whether s is one of a form's header labels.
func isHeaderLabel(s string) bool {
	s = strings.TrimRight(s, ": ")
	for _, h := range headerLabels {
		if s == h || s == h+"名" {
			return true
		}
	}
	return false
}

// tableRow handles a table row that is a label and its value (組織の目的・方向性 |
// …, 取組結果 | 1 … 2 …, 目標数 | 4 | 達成数 | 4, 部局名 | 総合政策部) and reports
// whether it consumed the row. Other rows are read line by line.
func (w *walker) tableRow(u unit) bool {
	b := w.doc.Blocks[u.Block]
	if u.Row >= len(b.Rows) {
		return false
	}
	row := b.Rows[u.Row]
	if w.evaluation(row) {
		return true
	}
	label, values := splitRow(row, w.doc.Format == plan.FormatPDF)
	if label == "" || len(values) == 0 {
		return false
	}
	if isHeaderLabel(label) {
		return true
	}
	if !w.headings.isHeading(label) {
		return false
	}
	switch classify(label) {
	case secVision:
		if w.vision == "" {
			w.vision = kit.Clean(strings.Join(values, " "))
			if w.doc.Format == plan.FormatPDF {
				w.vision = strings.ReplaceAll(strings.Join(values, ""), "\n", "")
			}
		}
		return true
	case secResult:
		w.results = append(w.results, numberedParts(values)...)
		return true
	case secOutlook:
		w.outlooks = append(w.outlooks, numberedParts(values)...)
		return true
	case secIndicator:
		if strings.Contains(strings.Join(values, ""), "指標:") {
			return false
		}
		for _, name := range indicatorNames(row[1:]) {
			w.inds = append(w.inds, indEntry{nil, plan.Indicator{Name: name}})
		}
		return true
	}
	return false
}

// splitRow returns the first cell's text and the other distinct non-empty
// cells, normalised. In a PDF a cell's lines are wrapped text: they are
// joined without spaces, except before a line that opens an item.
func splitRow(row []layout.Cell, pdf bool) (string, []string) {
	if len(row) == 0 || row[0].Span {
		return "", nil
	}
	label := kit.Clean(cellText(row[0].Text, pdf))
	var values []string
	for _, c := range row[1:] {
		if c.Span || strings.TrimSpace(c.Text) == "" || kit.Clean(c.Text) == label {
			continue
		}
		values = append(values, cellText(c.Text, pdf))
	}
	return label, values
}

// cellText normalises a cell, re-joining PDF-wrapped lines.
func cellText(s string, pdf bool) string {
	lines := strings.Split(norm.Normalize(s), "\n")
	if !pdf {
		return strings.Join(lines, "\n")
	}
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if m, _ := kit.SplitMarker(l); len(out) == 0 || m != "" {
			out = append(out, l)
			continue
		}
		out[len(out)-1] += l
	}
	return strings.Join(out, "\n")
}

// evaluation reads "目標数 | 4 | 達成数 | 4" anywhere in a row.
func (w *walker) evaluation(row []layout.Cell) bool {
	var total, done *int
	for i := 0; i+1 < len(row); i++ {
		label := kit.Clean(row[i].Text)
		n, err := strconv.Atoi(kit.Clean(row[i+1].Text))
		if err != nil {
			continue
		}
		switch {
		case strings.HasPrefix(label, "目標数"):
			total = plan.Int(n)
		case strings.HasPrefix(label, "達成数"):
			done = plan.Int(n)
		}
	}
	if total == nil && done == nil {
		return false
	}
	w.eval = &plan.Evaluation{GoalsTotal: total, GoalsAchieved: done}
	return true
}

// numberedParts splits a cell's text at numbered lines ("1 …", "2 …") into
// one part per number, markers removed; text without numbering is one part.
func numberedParts(values []string) []string {
	var parts []string
	for _, v := range values {
		for _, line := range strings.Split(v, "\n") {
			line = kit.Clean(line)
			if line == "" {
				continue
			}
			m, rest := kit.SplitMarker(line)
			if numbered(m) || len(parts) == 0 {
				parts = append(parts, rest)
				continue
			}
			parts[len(parts)-1] += line
		}
	}
	return parts
}

// proseIndicators reads an indicator cell or paragraph ("指標:… 目標値:… (…実績値…)")
// starting at the current line, and attaches it to the current item.
func (w *walker) proseIndicators(u unit) {
	text := []string{u.body}
	for w.i+1 < len(w.us) {
		n := w.us[w.i+1]
		if n.Block != u.Block || n.Row != u.Row || n.Col != u.Col || !u.InTable() && n.First {
			break
		}
		if strings.Contains(n.body, "指標:") {
			break
		}
		text = append(text, n.Text)
		w.i++
	}
	for _, in := range kit.ProseIndicators(strings.Join(text, " ")) {
		w.inds = append(w.inds, indEntry{w.cur, in})
	}
}

// nameEnd is how an indicator's name ends (…の割合, …数, …率).
var nameEnd = regexp.MustCompile(`(割合|数|率|量|額|度|件数|人数|回数|者数)$`)

// indicatorNames reads a list of indicator names from cells: one per line
// or bullet, a line that does not end like a name continuing on the next
// (a PDF wraps long names inside narrow cells).
func indicatorNames(cells []layout.Cell) []string {
	var names []string
	open := false
	for _, c := range cells {
		if c.Span {
			continue
		}
		for _, line := range strings.Split(norm.Normalize(c.Text), "\n") {
			m, text := kit.SplitMarker(kit.Clean(line))
			if text == "" {
				continue
			}
			if open && m == "" && len(names) > 0 {
				names[len(names)-1] += text
			} else {
				names = append(names, text)
			}
			open = !nameEnd.MatchString(text)
		}
	}
	return names
}

// indicatorTable reads a table whose header names indicator columns (指標 |
// 単位 | 現状 | 目標(平成31年度)) and reports whether it was one.
func (w *walker) indicatorTable(block int) bool {
	t := w.doc.Blocks[block]
	rows := kit.TableIndicatorRows(t)
	if len(rows) == 0 {
		return false
	}
	c, _ := kit.FindIndicatorColumns(t)
	itemCol, sec := itemColumn(t.Rows[c.Header], c)
	resultCol, outlookCol := -1, -1
	for i, cell := range t.Rows[c.Header] {
		switch classify(kit.Clean(cell.Text)) {
		case secResult:
			resultCol = i
		case secOutlook:
			outlookCol = i
		}
	}
	for _, r := range rows {
		row := t.Rows[r.Row]
		if itemCol >= 0 && itemCol < len(row) && !row[itemCol].Span {
			if title := kit.Clean(row[itemCol].Text); title != "" {
				w.open(sec == secMission, "", title, "row")
			}
		}
		if w.cur != nil && w.cur.mission {
			if v := cellAt(row, resultCol); v != "" {
				w.cur.result = v
			}
			if v := cellAt(row, outlookCol); v != "" {
				w.cur.outlook = v
			}
		}
		w.inds = append(w.inds, indEntry{w.cur, r.Indicator})
	}
	return true
}

// cellAt is the normalised text of row's cell i, "" when there is none.
func cellAt(row []layout.Cell, i int) string {
	if i < 0 || i >= len(row) || row[i].Span {
		return ""
	}
	return kit.Clean(row[i].Text)
}

// itemColumn finds the column of an indicator table that names what each
// row's indicator measures (取組, 事業, 目標): -1 when there is none.
func itemColumn(header []layout.Cell, c kit.IndicatorColumns) (int, section) {
	for i, cell := range header {
		if i == c.Name || i == c.Target || i == c.Actual || i == c.Unit {
			continue
		}
		if s := classify(kit.Clean(cell.Text)); s == secProject || s == secMission {
			return i, s
		}
	}
	return -1, secNone
}
