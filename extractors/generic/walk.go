package generic

import (
	"regexp"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
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
	// lastTop is the latest project numbered in the section's own style,
	// the parent of the more deeply numbered projects after it
	lastTop *item
	named   *item // the named project whose 方針 follow
	org     string
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
	// headings is shared by both passes over the document.
	headings headingMemo
}

func newWalker(doc *layout.Document, meta docMeta, headings headingMemo) *walker {
	return &walker{doc: doc, meta: meta, headings: headings, vision: meta.slogan, us: units(doc), legend: map[rune]string{}, skipRow: [2]int{-1, -1}, lastRow: [2]int{-1, -1}, skipTable: -1, lastTable: -1}
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
	if r := []rune(body); strings.ContainsRune(tagMarks, r[0]) {
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
	if w.sdgOnly(body) || w.evaluationLine(body) || w.labelledOutcome(body) || w.visionLine(body) {
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
