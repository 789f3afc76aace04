package soja

import (
	"sort"
	"strings"
	"unicode"

	"jplan/internal/ja/norm"
)

// projectLabel is one 重点プロジェクトN of the diagram with its name.
type projectLabel struct {
	code   string // 重点プロジェクト①, as written
	number int
	name   string // ささえる
	at     int    // index of the label unit
}

// panel is the text of one diagram panel: a motto, a lead sentence and the
// bullet measures (など dropped).
type panel struct {
	motto, lead string
	bullets     []string
	at          int // index of its first bullet
}

// policy is one 方針 of a named project: a title and its description.
type policy struct {
	owner       string // the project's name in 「…」プロジェクトの方針
	title, desc string
}

// policyNames returns the names of the 「…」プロジェクトの方針 headings in order.
func policyNames(us []unit) []string {
	var names []string
	for _, u := range us {
		if u.kind == policyHead {
			names = append(names, policyRe.FindStringSubmatch(u.text)[1])
		}
	}
	return names
}

// labels finds the 重点プロジェクトN units and their names: on the same line,
// or a name standing alone just before or just after (a diagram's text order
// puts it on either side).
func labels(us []unit, known []string) []projectLabel {
	var out []projectLabel
	for i := range us {
		if us[i].kind != label {
			continue
		}
		m := labelRe.FindStringSubmatch(us[i].text)
		l := projectLabel{code: "重点プロジェクト" + m[1], number: labelNumber(m[1]), name: m[2], at: i}
		us[i].used = true
		if l.name == "" {
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(us) && !us[j].used && us[j].kind == short && isName(us[j].text, known) {
					l.name, us[j].used = us[j].text, true
					break
				}
			}
		}
		out = append(out, l)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].number < out[b].number })
	return out
}

// isName reports whether s is a project's name: one of the names the 方針
// headings give, or else a short word in kana (ささえる, うるおう).
func isName(s string, known []string) bool {
	for _, k := range known {
		if s == k {
			return true
		}
	}
	if len(known) > 0 || s == "" || len([]rune(s)) > 8 {
		return false
	}
	for _, r := range s {
		if !unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' {
			return false
		}
	}
	return true
}

func labelNumber(s string) int {
	r := []rune(s)
	if n, ok := norm.MarkerNumber(r[0]); ok && len(r) == 1 {
		return n
	}
	n := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		default:
			if d := strings.IndexRune("一二三四五六七八九", c); d >= 0 {
				n = n*10 + d/3 + 1 // the runes are 3 bytes each
			}
		}
	}
	return n
}

// panels finds each run of bullets and the motto and lead sentence that go
// with it: before the run (motto, lead, bullets — the panel as printed) or,
// when the text before is something else, after it (bullets, など, lead,
// motto — a diagram flattened from its bottom up).
func panels(us []unit) []panel {
	var out []panel
	for i := 0; i < len(us); i++ {
		if us[i].kind != bullet || us[i].used {
			continue
		}
		p := panel{at: i}
		j := i
		for ; j < len(us) && us[j].kind == bullet; j++ {
			p.bullets = append(p.bullets, us[j].text)
			us[j].used = true
		}
		if j < len(us) && us[j].kind == nado {
			us[j].used = true
			j++
		}
		if !takeContext(us, i-1, -1, &p) {
			takeContext(us, j, +1, &p)
		}
		out = append(out, p)
		i = j - 1
	}
	return out
}

// takeContext takes the lead sentence at us[at] and the motto beside it
// (one further in direction dir) when they are free.
func takeContext(us []unit, at, dir int, p *panel) bool {
	if at < 0 || at >= len(us) || us[at].used || us[at].kind != sentence {
		return false
	}
	p.lead, us[at].used = us[at].text, true
	if m := at + dir; m >= 0 && m < len(us) && !us[m].used && us[m].kind == short {
		p.motto, us[m].used = us[m].text, true
	}
	return true
}

// policies reads each 「…」プロジェクトの方針 section: titles each followed by
// their description, up to the next heading, label, diagram text or the
// definition of the term.
func policies(us []unit) []policy {
	var out []policy
	owner := ""
	for i := 0; i < len(us); i++ {
		u := us[i]
		switch {
		case u.kind == policyHead:
			owner = policyRe.FindStringSubmatch(u.text)[1]
			continue
		case owner == "":
			continue
		case u.used || u.kind != short:
			owner = ""
			continue
		}
		p := policy{owner: owner, title: u.text}
		j := i + 1
		for ; j < len(us) && !us[j].used && us[j].kind == sentence; j++ {
			p.desc += us[j].text
		}
		if p.desc == "" {
			owner = ""
			continue
		}
		out = append(out, p)
		i = j - 1
	}
	return out
}
