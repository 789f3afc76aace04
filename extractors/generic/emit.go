package generic

import (
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/plan"
)

// openNamed starts the policies of a named project (「ささえる」プロジェクトの方針),
// creating the project unless the document named it already.
func (w *walker) openNamed(name string) {
	p := w.findProject(name)
	if p == nil {
		p = &item{title: name, style: "named"}
		w.items = append(w.items, p)
	}
	w.sec, w.explicit, w.style, w.cur, w.named = secProject, true, "", nil, p
}

func (w *walker) findProject(title string) *item {
	k := fold(title)
	for _, it := range w.items {
		if !it.mission && it.parent == nil && it.key() == k {
			return it
		}
	}
	return nil
}

// codeLine handles "重点プロジェクト① ささえる" and "経営課題1 健康で…": a label
// with a number, and the name written beside it or on a line next to it.
func (w *walker) codeLine(u unit) bool {
	m := codeTitle.FindStringSubmatch(u.body)
	if m == nil || strings.Contains(u.body, "。") {
		return false
	}
	code, title := m[1], strings.TrimSpace(m[2])
	mission := classify(code) == secMission
	if title == "" {
		title = w.codeNeighbour()
		if title == "" {
			return true
		}
	}
	if mission {
		w.sec, w.explicit = secMission, true
		w.open(true, "", title, "code-m")
		if w.cur != nil {
			w.cur.code = code
		}
		return true
	}
	p := w.findProject(title)
	if p == nil {
		p = newItem(false, "", title, "code")
		if w.lastM != nil && w.lastM.style == "code-m" {
			p.missionOf = w.lastM // 施策1-1 under 基本目標1
		}
		w.items = append(w.items, p)
	}
	if p.code == "" {
		p.code = code
	}
	p.style = "code"
	w.sec, w.explicit, w.named, w.cur = secProject, true, nil, p
	return true
}

// codeNeighbour finds the name of a code written alone ("重点プロジェクト①"):
// a neighbouring short line naming a known project, else the next short
// line, else the previous one. A line used from ahead is consumed.
func (w *walker) codeNeighbour() string {
	short := func(j int) (string, bool) {
		if j < 0 || j >= len(w.us) {
			return "", false
		}
		b := w.us[j].body
		if kit.Runes(b) > 12 || strings.Contains(b, "。") || codeTitle.MatchString(b) || w.us[j].marker != "" {
			return "", false
		}
		return b, true
	}
	prev, okP := short(w.i - 1)
	next, okN := short(w.i + 1)
	switch {
	case okP && w.findProject(prev) != nil:
		return prev
	case okN && w.findProject(next) != nil:
		w.i++
		return next
	case okN:
		w.i++
		return next
	case okP:
		return prev
	}
	return ""
}

// emit adds the collected items to the record in document order.
func (w *walker) emit(b *extract.Builder) {
	w.dropTruncated()
	rec := b.Rec
	rec.Vision = w.vision
	rec.Evaluation = w.eval
	rec.SDGs = append(rec.SDGs, w.docSDGs...)
	var missions []*item
	for _, it := range w.items {
		if it.mission {
			missions = append(missions, it)
		}
	}
	for k, m := range missions {
		if k < len(w.results) && m.result == "" {
			m.result = w.results[k]
		}
		if k < len(w.outlooks) && m.outlook == "" {
			m.outlook = w.outlooks[k]
		}
		m.id = b.AddMission(plan.Mission{Title: m.title, Description: desc(m), Organization: m.org, SDGs: m.sdgs, Result: m.result, Outlook: m.outlook})
	}
	for _, it := range w.items {
		if it.mission {
			continue
		}
		p := plan.Project{Code: it.code, Title: it.title, Description: desc(it), Organization: it.org, Tags: it.tags, SDGs: it.sdgs}
		if it.missionOf != nil {
			p.MissionID = it.missionOf.id
		}
		if it.parent != nil {
			p.ParentID = it.parent.id
		}
		it.id = b.AddProject(p)
	}
	for _, e := range w.inds {
		in := e.ind
		if e.owner != nil && e.owner.id != "" {
			if e.owner.mission {
				in.MissionID = e.owner.id
			} else {
				in.ProjectID = e.owner.id
			}
		}
		b.AddIndicator(in)
	}
	if len(missions) == 0 && len(rec.Projects) == 0 {
		b.Warn("generic: %s: no missions or projects recognised", w.doc.Name)
	}
}

// desc joins an item's description lines.
func desc(it *item) string {
	return strings.TrimSpace(strings.Join(it.desc, "\n"))
}

// dropTruncated leaves out a last item whose title was cut off: a fragment
// without a description where its siblings' titles are whole sentences.
func (w *walker) dropTruncated() {
	n := len(w.items)
	if n < 2 {
		return
	}
	last, prev := w.items[n-1], w.items[n-2]
	if len(last.desc) == 0 && strings.HasSuffix(prev.title, "。") && !strings.HasSuffix(last.title, "。") && last.style == prev.style {
		w.items = w.items[:n-1]
	}
}
