package generic

import (
	"regexp"
	"strconv"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
	"jplan/internal/ja/sdg"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// walker holds the state of one pass over a document's units.
type walker struct {
	doc   *layout.Document
	meta  docMeta
	us    []unit
	i     int
	sec   section
	style string // marker style of the section's first item
	items []*item
	cur   *item // the item body text goes to
	lastM *item // the latest mission, for child projects
	named *item // the named project whose 方針 follow
	org   string
	// explicit is true once a heading or lead sentence named the section.
	explicit bool
	legend   map[rune]string
	vision   string
	wantVis  bool
	inds     []indEntry
	results  []string
	outlooks []string
	eval     *plan.Evaluation
	skipRow  [2]int // the table row (block, row) already consumed, {-1,-1} for none
	lastRow  [2]int
	// skipTable is the indicator table (block index) already read, -1 for none.
	skipTable, lastTable int
	title                string
	docSDGs              []int // goals named outside every item
	// permissive reads unheaded lists as goals whatever the kind: the second
	// pass over a document where the first found nothing.
	permissive bool
}

func newWalker(doc *layout.Document, meta docMeta) *walker {
	return &walker{doc: doc, meta: meta, vision: meta.slogan, us: units(doc), legend: map[rune]string{}, skipRow: [2]int{-1, -1}, lastRow: [2]int{-1, -1}, skipTable: -1, lastTable: -1}
}

// defaultSection is what unheaded lists are in this kind of document.
// A department's goals and an unknown page keep unheaded lists out: there
// they are as often navigation or notes as goals.
func (w *walker) defaultSection() section {
	switch w.meta.kind {
	case plan.KindNewsletterDigest, plan.KindComprehensivePlan:
		return secProject
	case plan.KindOrganizationGoals:
		return secMission
	}
	if w.permissive {
		return secMission
	}
	return secNone
}

func (w *walker) walk() {
	next := 0 // the first block not yet passed, for the images between lines
	for w.i = 0; w.i < len(w.us); w.i++ {
		u := w.us[w.i]
		for ; next < u.Block; next++ {
			w.image(w.doc.Blocks[next])
		}
		next = max(next, u.Block+1)
		if u.body == "" || u.Kind == layout.Meta {
			continue
		}
		if u.InTable() && u.Block != w.lastTable {
			w.lastTable = u.Block
			if w.indicatorTable(u.Block) {
				w.skipTable = u.Block
			}
		}
		if u.InTable() && u.Block == w.skipTable {
			continue
		}
		if u.InTable() {
			key := [2]int{u.Block, u.Row}
			if key == w.skipRow {
				continue
			}
			if key != w.lastRow {
				w.lastRow = key
				if w.tableRow(u) {
					w.skipRow = key
					continue
				}
			}
		}
		w.line(u)
	}
}

// flatTable is a flattened indicator table's name header at a line's start.
var flatTable = regexp.MustCompile(`^(目標\(指標\)名|指標名|成果指標名)( |$)`)

// flatNotes is the prose column of a flattened indicator table: notes on the
// indicators, not a description of the item.
var flatNotes = regexp.MustCompile(`^(目標\(指標\)の説明|指標の説明)`)

// namedPolicy is 「ささえる」プロジェクトの方針: the policies of a named project.
var namedPolicy = regexp.MustCompile(`^「(.{1,20}?)」(プロジェクト|事業)の(方針|施策|取組|取り組み)`)

// legendLine is "☞ …行革推進事業(…)": the meaning of a tag mark.
var legendLine = regexp.MustCompile(`^(?:…|‥|\.{2,3}|:|=)\s*([^(….]{2,20})`)

func (w *walker) line(u unit) {
	body := u.body
	if kit.IsFootnote(u.marker) || strings.HasPrefix(body, "※") || isBoilerplate(body) || body == w.meta.slogan {
		return
	}
	if r := []rune(u.marker + body); strings.ContainsRune(tagMarks, r[0]) {
		if m := legendLine.FindStringSubmatch(strings.TrimLeft(strings.TrimPrefix(body, string(r[0])), " ")); m != nil {
			w.legend[r[0]] = strings.TrimSpace(m[1])
			return
		}
	}
	if body == w.meta.title {
		// the title is no item; one without a year may be a section's heading
		// taken for the title (政策目標(…)) and announce its items
		if _, dated := era.FindFiscalYear(body); !dated {
			w.sectionHeading(u)
		}
		return
	}
	if body == "その他" || body == "参考" {
		return // a catch-all heading announces nothing
	}
	if isHeaderLabel(body) {
		w.setSection(secSkip) // 部長名, 作成日: the value that follows is the kit's
		return
	}
	if w.sdgOnly(body) || w.evaluationLine(body) || w.labelledOutcome(body) {
		return
	}
	if flatNotes.MatchString(body) {
		return
	}
	if flatTable.MatchString(body) {
		for _, in := range kit.FlatIndicators(body) {
			w.inds = append(w.inds, indEntry{w.cur, in})
		}
		return
	}
	if strings.Contains(body, "指標:") || strings.Contains(body, "指標名:") {
		w.proseIndicators(u)
		return
	}
	if w.wantVis && u.marker == "" {
		w.vision, w.wantVis = body, false
		return
	}
	if m := namedPolicy.FindStringSubmatch(body); m != nil {
		w.openNamed(m[1])
		return
	}
	if w.codeLine(u) {
		return
	}
	if w.sectionHeading(u) {
		return
	}
	if w.orgLine(u) {
		return
	}
	if s := leadSection(body); s != secNone && s != secSkip {
		w.setSection(s)
		return
	}
	w.content(u)
}

// sdgOnly attaches a line that is only SDG tags to the current item.
func (w *walker) sdgOnly(body string) bool {
	tags := sdg.Find(body)
	if len(tags) == 0 || kit.Runes(strings.Trim(sdg.Strip(body), "【】[]()<> ")) > 2 {
		return false
	}
	goals := sdg.Goals(tags)
	for _, t := range tags {
		if t.NameOnly {
			return false
		}
	}
	if w.cur != nil {
		w.cur.sdgs = append(w.cur.sdgs, goals...)
	}
	return true
}

func (w *walker) setSection(s section) {
	w.sec, w.style, w.cur, w.explicit = s, "", nil, true
	if s != secProject {
		w.named = nil
	}
	if s == secVision {
		w.wantVis = true
	}
}

// sectionHeading recognises a heading that announces a section.
func (w *walker) sectionHeading(u unit) bool {
	if !isHeadingText(u.body) || kit.IsBullet(u.marker) || markerStyle(u.marker) == "compound" {
		return false
	}
	if u.InTable() && u.Col > 0 {
		return false
	}
	s := classify(u.body)
	if s == secNone {
		return false
	}
	if s != secSkip && !endsWithVocab(unbracket(u.body)) {
		return false
	}
	if u.body != unbracket(u.body) && w.cur != nil && numberStyle(w.cur.style) && w.cur.at[0] == u.Block {
		return false // 【主な施策】 inside a numbered item: a label of its body
	}
	if numbered(u.marker) && kit.Runes(trailing.ReplaceAllString(u.body, "")) > 8 && w.sentenceFollows() {
		return false // "(1) ○○推進事業" and its description: an item, not a section
	}
	w.setSection(s)
	return true
}

// sentenceFollows reports whether the next line is an unmarked sentence.
func (w *walker) sentenceFollows() bool {
	if w.i+1 >= len(w.us) {
		return false
	}
	n := w.us[w.i+1]
	return n.marker == "" && strings.Contains(n.body, "。")
}

// trailing brackets and marks after a heading's last word.
var trailing = regexp.MustCompile(`(\s*(\([^()]*\)|【[^】]*】|\*|\s))+$`)

// endsWithVocab reports whether the heading ends in a section word, so that
// an item title which merely mentions 取り組み is not taken for a heading.
func endsWithVocab(s string) bool {
	s = trailing.ReplaceAllString(s, "")
	for _, v := range vocabulary {
		for _, word := range v.words {
			if strings.HasSuffix(s, word) {
				return true
			}
		}
	}
	return false
}

// orgLine recognises a department's name standing alone in a document of
// several departments.
func (w *walker) orgLine(u unit) bool {
	name := unbracket(u.body)
	if !w.meta.multiOrg || !orgHeading.MatchString(name) || u.marker != "" && !kit.IsBullet(u.marker) {
		return false
	}
	w.org, w.cur, w.style = name, nil, ""
	if w.sec == secNone || w.sec == secSkip {
		w.sec = w.defaultSection()
	}
	return true
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

// evalCount is "目標数 4" / "達成数:4" written in prose.
var evalCount = regexp.MustCompile(`(目標数|達成数)\s*[::]?\s*(\d+)`)

// evaluationLine reads a line that states the document's achievement counts.
func (w *walker) evaluationLine(body string) bool {
	ms := evalCount.FindAllStringSubmatch(body, -1)
	if len(ms) == 0 || kit.Runes(body) > 40 {
		return false
	}
	if w.eval == nil {
		w.eval = &plan.Evaluation{}
	}
	for _, m := range ms {
		n, _ := strconv.Atoi(m[2])
		if m[1] == "目標数" {
			w.eval.GoalsTotal = plan.Int(n)
		} else {
			w.eval.GoalsAchieved = plan.Int(n)
		}
	}
	return true
}

// outcomeLabel is "取組結果:…" / "今後の方向性:…" written inside an item.
var outcomeLabel = regexp.MustCompile(`^(取組結果|取組の結果|成果|評価|進捗状況|達成状況|今後の方向性|今後の取組|今後の方針)\s*[::]\s*(.+)$`)

// labelledOutcome puts a labelled result or outlook line on the current
// mission.
func (w *walker) labelledOutcome(body string) bool {
	m := outcomeLabel.FindStringSubmatch(body)
	if m == nil || w.cur == nil || !w.cur.mission {
		return false
	}
	if classify(m[1]) == secOutlook {
		w.cur.outlook = m[2]
	} else {
		w.cur.result = m[2]
	}
	return true
}

// unbracket returns the inside of a line that is wholly 【…】 or [...].
func unbracket(s string) string {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"<", ">"}, {"■", ""}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			in := strings.TrimSuffix(strings.TrimPrefix(s, p[0]), p[1])
			if !strings.ContainsAny(in, "【】[]") {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}

// image attaches the SDG goals an icon's alt text names (SDGsアイコン 4 質の高い
// 教育をみんなに) to the current item, or to the document before any item.
func (w *walker) image(b layout.Block) {
	if b.Kind != layout.Image || b.Text == "" {
		return
	}
	goals := sdg.Goals(sdg.Find(kit.Clean(b.Text)))
	if w.cur != nil {
		w.cur.sdgs = append(w.cur.sdgs, goals...)
	} else {
		w.docSDGs = append(w.docSDGs, goals...)
	}
}
