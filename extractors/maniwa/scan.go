package maniwa

import (
	"regexp"
	"strings"

	"jplan/internal/extract/lines"
	"jplan/internal/layout"
)

// sections is what scan finds: the lines of the (1) missions section and the
// units of the (2) projects section.
type sections struct {
	missions []lines.Line
	projects []lines.Unit
	keyTag   string // "重点事業" when the projects section is headed so: ● items get it
}

type state int

const (
	outside state = iota
	inMissions
	inProjects
	done
)

// sectionLabel is a "(1) 部局の方向性" line: a parenthesised number and a
// short name; numberedLabel is "1. 部局の使命" or "第2 事業成果目標", taken only
// for the family's own section names.
var (
	sectionLabel  = regexp.MustCompile(`^\(\d{1,2}\)\s*(.{1,40})$`)
	numberedLabel = regexp.MustCompile(`^(?:\d{1,2}[.)、]|第\d{1,2})\s*(.{1,40})$`)
)

// footers end the content of a CMS page.
var footers = []string{"関連書類", "関連ファイル", "このページに関する", "お問い合わせ", "PDF形式のファイル", "Adobe Reader", "ダウンロード"}

// scan walks doc's units in order and sorts them into sections.
func scan(doc *layout.Document) sections {
	var s sections
	st := outside
	for _, u := range lines.Units(doc) {
		if st == done {
			break
		}
		first, ok := u.FirstLine()
		if !ok {
			continue
		}
		if next, name, isLabel := sectionOf(first.Text); isLabel {
			st = next
			if st == inProjects && strings.Contains(name, "重点") {
				s.keyTag = "重点事業"
			}
			u = dropFirstLine(u)
		} else if !u.Table && isFooter(first.Text) {
			st = done
			continue
		}
		switch st {
		case inMissions:
			s.missions = append(s.missions, u.Lines()...)
		case inProjects:
			if len(u.Lines()) > 0 {
				s.projects = append(s.projects, u)
			}
		}
	}
	return s
}

// sectionOf classifies a section label line: (1) 役割・使命・方向性 → missions,
// (2) 事業成果目標 → projects, any other numbered section ends both.
func sectionOf(text string) (state, string, bool) {
	if strings.HasSuffix(text, "。") || !mayBeLabel(text) {
		return outside, "", false
	}
	if m := sectionLabel.FindStringSubmatch(text); m != nil {
		return sectionKind(m[1]), m[1], true
	}
	if m := numberedLabel.FindStringSubmatch(text); m != nil && containsAny(m[1], "部局の", "ミッション", "事業成果目標") {
		return sectionKind(m[1]), m[1], true
	}
	return outside, "", false
}

// mayBeLabel reports whether text starts as sectionLabel or numberedLabel
// must, "(", a digit or 第: every unit's first line is asked, and few start so.
func mayBeLabel(text string) bool {
	return text != "" && (text[0] == '(' || text[0] >= '0' && text[0] <= '9' || strings.HasPrefix(text, "第"))
}

// sectionKind maps a section name to the state it opens.
func sectionKind(name string) state {
	switch {
	case containsAny(name, "方向性", "使命", "ミッション", "役割", "経営方針", "テーマ"):
		return inMissions
	case containsAny(name, "事業", "成果目標", "取組", "取り組み"):
		return inProjects
	}
	return outside
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isFooter(text string) bool {
	for _, f := range footers {
		if strings.HasPrefix(text, f) {
			return true
		}
	}
	return false
}

// dropFirstLine removes the section label from the unit. The label's table
// row (its other cells are column headers) is dropped whole.
func dropFirstLine(u lines.Unit) lines.Unit {
	if u.Table {
		return lines.Unit{Table: true}
	}
	out := lines.Unit{}
	for i, c := range u.Cells {
		if i == 0 && len(c) > 0 {
			c = c[1:]
		}
		out.Cells = append(out.Cells, c)
	}
	return out
}
