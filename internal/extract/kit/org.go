package kit

import (
	"regexp"
	"strings"

	"jplan/internal/layout"
)

// Field is one "label: value" pair of a document's header: a table row
// (部局名 | 総合政策部 | 部局長名 | 木村 辰生) or a line (部局名:総合政策部).
type Field struct {
	Label string
	Value string
}

// labelled is "label:value" on one line, with a full- or half-width colon.
var labelled = regexp.MustCompile(`^([^:：]{1,12})[:：]\s*(.+)$`)

// Fields returns the label/value pairs of doc's header tables (cells read in
// pairs along each row, a label cell followed by its value) and of its
// "label:value" lines, in document order.
func Fields(doc *layout.Document) []Field {
	if doc == nil {
		return nil
	}
	e := cached(doc)
	fields, ok := e.fields, e.haveFields
	e.mu.Unlock()
	if !ok {
		fields = fieldsOf(doc)
		e.mu.Lock()
		e.fields, e.haveFields = fields, true
		e.mu.Unlock()
	}
	return append([]Field(nil), fields...)
}

// fieldsOf reads the fields of doc (Fields, without the cache).
func fieldsOf(doc *layout.Document) []Field {
	var out []Field
	for _, b := range doc.Blocks {
		switch b.Kind {
		case layout.Table:
			out = append(out, tableFields(b)...)
		case layout.Paragraph, layout.Meta, layout.ListItem:
			for line := range strings.SplitSeq(b.Text, "\n") {
				line = Clean(line)
				if !hasColon(line) {
					continue // no colon, no label: most lines are spared the regexp
				}
				if m := labelled.FindStringSubmatch(line); m != nil {
					out = append(out, Field{Label: strings.TrimSpace(m[1]), Value: strings.TrimSpace(m[2])})
				}
			}
		}
	}
	return out
}

// hasColon reports whether s holds a colon, half- or full-width. It is
// strings.ContainsAny(s, ":：") without its rune-by-rune walk (the set is not
// ASCII): every line of every paragraph is asked, and two byte searches are
// several times faster.
func hasColon(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：")
}

func tableFields(b layout.Block) []Field {
	var out []Field
	for _, row := range b.Rows {
		for c := 0; c+1 < len(row); c++ {
			label, value := Clean(row[c].Text), Clean(row[c+1].Text)
			if isLabel(label) && value != "" && !isLabel(value) {
				out = append(out, Field{Label: label, Value: value})
				c++
			}
		}
	}
	return out
}

// isLabel reports whether s reads as a header label: short, no sentence.
func isLabel(s string) bool {
	n := Runes(s)
	return n >= 2 && n <= 10 && !strings.ContainsAny(s, "。、") && (orgLabel(s) || headLabel(s) || containsAny(s, []string{"年度", "日", "期間", "名"}))
}

var orgLabels = []string{"部局名", "組織名", "所属名", "部署名", "課名", "所属", "部局", "担当部", "担当課", "区名", "所管部局", "所管部", "所管課", "担当部局", "担当部署", "部署"}
var headLabels = []string{"部局長名", "部局長", "所属長名", "所属長", "区長", "部長", "課長", "局長", "室長", "責任者", "氏名"}

func orgLabel(s string) bool {
	s = strings.TrimRight(s, ": :")
	for _, l := range orgLabels {
		if s == l {
			return true
		}
	}
	return false
}

func headLabel(s string) bool {
	s = strings.TrimRight(s, ": :")
	for _, l := range headLabels {
		if s == l || s == l+"名" {
			return true
		}
	}
	return false
}

// bracketOrg is 【総合政策部】 in a title.
var bracketOrg = regexp.MustCompile(`[【\[(（]([^】\])）]{1,16}(部|局|課|区|室|委員会|センター))\s*[】\])）]`)

// titleOrg is the organization before the goal words: 総合政策部経営目標,
// 令和5年度大正区運営方針, 中央区組織目標.
var titleOrg = regexp.MustCompile(`([一-龥ぁ-んァ-ヶー・]{1,14}?(部|局|課|区|室|委員会|センター))(の|\s)?(経営目標|組織目標|運営方針|経営方針|マニフェスト|目標|実行宣言|重点課題)`)

// bareHead is "課長 佐藤 花子": a title of office alone, then a name.
var bareHead = regexp.MustCompile(`^(?:部長|局長|課長|室長|区長|所属長|部局長)\s+([一-龥々ぁ-んァ-ヶー]{1,5} ?[一-龥々ぁ-んァ-ヶー]{1,5})$`)

// headLine is "…部長 氏名": a title of office followed by a personal name.
var headLine = regexp.MustCompile(`(?:^|[/・ ])([一-龥ぁ-んァ-ヶー・]{1,14}?(部|局|課|区|室))(長|局長|部長|区長) ([一-龥々ぁ-んァ-ヶー]{1,5} ?[一-龥々ぁ-んァ-ヶー]{1,5})$`)

// Organization returns the department, ward or section whose goals doc
// states, and its head, from (in order) the header fields (部局名/組織名 and
// 部局長名/区長), a "…部長 氏名" line, a bracketed name in the title
// (【総合政策部】) and a name before the title's goal words (中央区組織目標).
// ok is false when no organization is written.
func Organization(doc *layout.Document, title string) (org, head string, ok bool) {
	for _, f := range Fields(doc) {
		switch {
		case org == "" && orgLabel(f.Label):
			org = f.Value
		case head == "" && headLabel(f.Label):
			head = f.Value
		}
	}
	if head == "" || org == "" {
		if o, h, found := headFromLines(doc); found {
			if org == "" {
				org = o
			}
			if head == "" {
				head = h
			}
		}
	}
	if org == "" {
		org = OrganizationIn(title)
	}
	return org, head, org != ""
}

// OrganizationIn returns the organization named in a title: 【総合政策部】, or
// the name before its goal words (総合政策部経営目標, 中央区組織目標); "" if none.
func OrganizationIn(title string) string {
	if m := bracketOrg.FindStringSubmatch(title); m != nil {
		if org := strings.TrimSpace(m[1]); org != "" {
			return org
		}
	}
	if m := titleOrg.FindStringSubmatch(stripYear(title)); m != nil && isOrgUnit(strings.TrimSpace(m[1])) {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// headFromLines finds a "…部長 氏名" line in the heading area.
func headFromLines(doc *layout.Document) (org, head string, ok bool) {
	for _, l := range HeadLines(doc, headSize+4) {
		if !strings.Contains(l, "長") {
			continue // both patterns name an office ending in 長
		}
		if m := headLine.FindStringSubmatch(l); m != nil && isOrgUnit(m[1]) {
			return m[1], m[4], true
		}
		if m := bareHead.FindStringSubmatch(l); m != nil {
			return "", m[1], true
		}
	}
	return "", "", false
}

// isOrgUnit rejects generic words that end like a unit but are not one.
func isOrgUnit(s string) bool {
	for _, w := range []string{"全部", "一部", "内部", "外部", "本部", "地区", "市区", "各部", "当部", "当課", "当区", "学区", "部局", "各局", "各課", "部課"} {
		if s == w {
			return false
		}
	}
	return Runes(s) >= 2
}

// yearPrefix is a leading 年度 in a title.
var yearPrefix = regexp.MustCompile(`^.*?年度\s*`)

func stripYear(s string) string {
	return yearPrefix.ReplaceAllString(s, "")
}
