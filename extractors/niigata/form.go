package niigata

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/extract/lines"
	"jplan/internal/ja/num"
	"jplan/internal/layout"
)

// form is what read finds in a 組織目標.
type form struct {
	org, head, vision string
	policyIndicators  []string        // 政策指標: names only
	tableIndicators   []goalIndicator // a section's 重点目標 | 指標 | 目標値 | 実績 table
	goals             []item
	results, outlooks map[int]string // by goal number; 0 holds unnumbered text
	total, achieved   *int
}

// rowKind is what a table row's label cell says the row holds.
type rowKind int

const (
	otherRow rowKind = iota
	visionRow
	indicatorRow
	goalRow
	resultRow
	outlookRow
)

// read walks the document: header and 評価 tables row by row (a row with an
// empty label continues the one before it, as after a page or table break),
// the 重点目標 list after its heading, and the same tables flattened into
// paragraphs by a PDF without ruling lines (a label paragraph such as
// 取組結果 or 目標数, then its content).
func read(doc *layout.Document) form {
	units := lines.Units(doc)
	r := &reader{pdf: doc.Format == "pdf", widths: valueWidths(units)}
	indicatorTables := map[int]bool{}
	for i, b := range doc.Blocks {
		if b.Kind == layout.Table {
			if c, ok := findIndicatorColumns(b); ok {
				indicatorTables[i] = true
				r.f.tableIndicators = append(r.f.tableIndicators, tableIndicators(b, c)...)
			}
		}
	}
	for _, u := range units {
		if indicatorTables[u.Block] {
			continue
		}
		if u.Table {
			r.row(u)
		} else {
			r.text(u)
		}
	}
	f := r.f
	f.goals = goalItems(r.lines[goalRow], r.pdf, lines.MaxWidth(r.lines[goalRow]))
	f.results = byNumber(numbered(r.lines[resultRow]))
	f.outlooks = byNumber(numbered(r.lines[outlookRow]))
	f.readCountLines(units)
	return f
}

// reader is read's state.
type reader struct {
	f       form
	pdf     bool
	widths  map[int]int                  // value column width per table block
	lines   [outlookRow + 1][]lines.Line // goal, result and outlook lines by kind
	last    rowKind                      // the previous table row's kind
	inGoals bool                         // after the 重点目標 heading
	flat    rowKind                      // the label paragraph being read, outside tables
	pending string                       // 目標数 or 達成数 waiting for its number
}

// text reads a unit outside tables.
func (r *reader) text(u lines.Unit) {
	r.last = otherRow // only a table right after a table continues it
	first, ok := u.FirstLine()
	if !ok {
		return
	}
	for _, l := range u.Lines() {
		r.f.readHeaderLine(l.Text)
	}
	label := strings.ReplaceAll(first.Text, " ", "")
	kind := kindOf(label)
	switch {
	case isGoalHeading(first.Text):
		r.inGoals, r.flat = true, otherRow
		r.lines[goalRow] = append(r.lines[goalRow], u.Lines()[1:]...)
	case (kind == resultRow || kind == outlookRow) && kit.Runes(label) <= 12:
		r.inGoals, r.flat = false, kind
		r.lines[kind] = append(r.lines[kind], u.Lines()[1:]...)
	case label == "目標数" || label == "達成数":
		r.inGoals, r.flat, r.pending = false, otherRow, label
	case r.pending != "" && count(label) != nil:
		r.f.setCount(r.pending, count(label))
		r.pending = ""
	case r.inGoals && endsGoals(first.Text):
		r.inGoals = false
	case r.inGoals:
		r.lines[goalRow] = append(r.lines[goalRow], u.Lines()...)
	case first.Heading:
		r.flat = otherRow
	case r.flat != otherRow:
		r.lines[r.flat] = append(r.lines[r.flat], u.Lines()...)
	}
}

// row reads one table row.
func (r *reader) row(u lines.Unit) {
	r.inGoals, r.flat = false, otherRow
	label, values := labelAndValues(u)
	r.f.readFields(u)
	kind := kindOf(label)
	if label == "" && len(values) > 0 {
		kind = r.last
	}
	switch kind {
	case visionRow:
		r.f.vision = joinCell(values, r.pdf)
	case indicatorRow:
		r.f.policyIndicators = append(r.f.policyIndicators, listItems(values, r.pdf, r.widths[u.Block])...)
	case goalRow, resultRow, outlookRow:
		r.lines[kind] = append(r.lines[kind], values...)
	}
	r.last = kind
}

// labelAndValues splits a row into its label (the first cell, lines joined
// without spaces: "今後の方 向性" wraps in a narrow PDF column) and the lines
// of its first non-empty value cell.
func labelAndValues(u lines.Unit) (string, []lines.Line) {
	if len(u.Cells) == 0 {
		return "", nil
	}
	var label strings.Builder
	for _, l := range u.Cells[0] {
		label.WriteString(strings.ReplaceAll(l.Text, " ", ""))
	}
	for _, c := range u.Cells[1:] {
		if len(c) > 0 {
			return label.String(), c
		}
	}
	return label.String(), nil
}

func kindOf(label string) rowKind {
	switch {
	case label == "":
		return otherRow
	case strings.Contains(label, "今後"):
		return outlookRow
	case strings.Contains(label, "取組結果") || strings.Contains(label, "取組状況") || strings.Contains(label, "実績") || label == "結果":
		return resultRow
	case strings.Contains(label, "指標"):
		return indicatorRow
	case strings.Contains(label, "目的") || strings.Contains(label, "方向性") || strings.Contains(label, "将来像"):
		return visionRow
	case strings.Contains(label, "重点目標") && !strings.Contains(label, "達成"):
		return goalRow
	}
	return otherRow
}

// readFields reads the label/value cell pairs anywhere in a row: 組織名, the
// head (区長, 部長, 課長 …), 目標数 and 達成数.
func (f *form) readFields(u lines.Unit) {
	for i := 0; i+1 < len(u.Cells); i++ {
		label := cellText(u.Cells[i], "")
		value := cellText(u.Cells[i+1], " ")
		if value == "" {
			continue
		}
		switch {
		case label == "組織名" || label == "所属名" || label == "部署名":
			f.org = value
		case isHeadLabel(label):
			f.head = value
		case strings.Contains(label, "目標数") || strings.Contains(label, "達成数"):
			f.setCount(label, count(value))
		}
	}
}

// isHeadLabel is a label naming the organization's head: 区長, 部長名, 所属長.
func isHeadLabel(label string) bool {
	l := strings.TrimSuffix(label, "名")
	return kit.Runes(l) >= 2 && kit.Runes(l) <= 6 && (strings.HasSuffix(l, "長") || l == "責任者")
}

// setCount sets goals_total (目標数) or goals_achieved (達成数).
func (f *form) setCount(label string, n *int) {
	if strings.Contains(label, "目標数") {
		f.total = n
	} else {
		f.achieved = n
	}
}

func count(s string) *int {
	v, ok := num.ParseNumber(s)
	if !ok || v < 0 || v != float64(int(v)) {
		return nil
	}
	n := int(v)
	return &n
}

// cellText joins a cell's lines with sep.
func cellText(c []lines.Line, sep string) string {
	var parts []string
	for _, l := range c {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, sep)
}

// joinCell is a one-paragraph cell as text: a PDF's wrapped lines joined
// without spaces, other line breaks kept.
func joinCell(c []lines.Line, pdf bool) string {
	if pdf {
		return cellText(c, "")
	}
	return cellText(c, "\n")
}

// listItems reads a cell of bulleted items ("・A ・B"); a line that does not
// start with a bullet continues the item before it. Without bullets each
// line is an item, unless it wraps at the column edge in a PDF.
func listItems(c []lines.Line, pdf bool, width int) []string {
	if !hasBullets(c) {
		return lines.Paragraphs(c, pdf, width)
	}
	var out []string
	for _, l := range c {
		m, rest := kit.SplitMarker(l.Text)
		switch {
		case kit.IsBullet(m):
			out = append(out, rest)
		case len(out) > 0:
			out[len(out)-1] += l.Text
		}
	}
	return out
}

func hasBullets(c []lines.Line) bool {
	for _, l := range c {
		if m, _ := kit.SplitMarker(l.Text); kit.IsBullet(m) {
			return true
		}
	}
	return false
}

// isGoalHeading is the "重点目標" heading before the numbered goals.
func isGoalHeading(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "重点目標") && kit.Runes(s) <= 12 && !strings.Contains(s, "達成")
}

// endsGoals is a line after the goals: a note, the 評価 section or its
// counts, or the next section's heading (a short line that is neither a
// numbered nor a bulleted item).
func endsGoals(s string) bool {
	m, _ := kit.SplitMarker(s)
	switch {
	case kit.IsFootnote(m) || strings.HasPrefix(s, "※") || strings.HasPrefix(s, "評価") || countLine.MatchString(s):
		return true
	case isNumber(m) || kit.IsBullet(m):
		return false
	}
	return kit.Runes(s) <= 12 && !strings.HasSuffix(s, "。")
}

// valueWidths is, per table block, the widest line of its value cells: the
// column width that PDF lines wrap at.
func valueWidths(units []lines.Unit) map[int]int {
	out := map[int]int{}
	for _, u := range units {
		if !u.Table {
			continue
		}
		for _, c := range u.Cells[min(1, len(u.Cells)):] {
			out[u.Block] = max(out[u.Block], lines.MaxWidth(c))
		}
	}
	return out
}

// countLine is "目標数:4" or "達成数 4" written outside a table.
var countLine = regexp.MustCompile(`(目標数|達成数)\s*[::]?\s*([0-9]{1,3})`)

// readCountLines reads 目標数/達成数 from lines outside tables when no table
// gave them.
func (f *form) readCountLines(units []lines.Unit) {
	for _, u := range units {
		if u.Table {
			continue
		}
		for _, l := range u.Lines() {
			for _, m := range countLine.FindAllStringSubmatch(l.Text, -1) {
				if m[1] == "目標数" && f.total == nil || m[1] == "達成数" && f.achieved == nil {
					f.setCount(m[1], count(m[2]))
				}
			}
		}
	}
}

// headerLine is the form's header flattened into a line by a PDF without
// ruling lines: "組織名 中央区 区長 佐久間 なおみ", "組織名:中央区".
var (
	orgLine    = regexp.MustCompile(`^(?:組織名|所属名)\s*[::]?\s*(\S+)`)
	headInLine = regexp.MustCompile(`(?:^|\s)((?:区|部|課|所|局|室|館|センター)長)(?:名)?\s*[::]?\s*(\S.*)$`)
	purpose    = regexp.MustCompile(`^組織の目的[・]?方向性\s*[::]?\s*(\S.*)$`)
)

// readHeaderLine reads the organization, its head and the vision from a
// flattened header line, when no table gave them.
func (f *form) readHeaderLine(s string) {
	if m := orgLine.FindStringSubmatch(s); m != nil && f.org == "" {
		f.org = m[1]
		if h := headInLine.FindStringSubmatch(s[len(m[0]):]); h != nil && f.head == "" {
			f.head = strings.TrimSpace(h[2])
		}
	}
	if m := purpose.FindStringSubmatch(s); m != nil && f.vision == "" {
		f.vision = m[1]
	}
}
