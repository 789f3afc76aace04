package mitaka

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"jplan/internal/extract/kit"
	"jplan/internal/layout"
)

// titleWord is the family's fixed wording.
const titleWord = "運営方針と目標"

// defaultTag is what ☞ stands for when the article prints no legend.
const defaultTag = "行革推進事業"

var (
	// department is a department's name alone on its line: 企画部, 子ども政策部, 会計課,
	// 会計管理室, 選挙管理委員会事務局.
	department = regexp.MustCompile(`^[\p{Han}\p{Hiragana}\p{Katakana}ー・]{1,14}(?:部|局|室|課|本部|委員会|事務局)$`)
	// legend is the line explaining ☞: "☞…行革推進事業(行財政改革の視点から…)".
	legend = regexp.MustCompile(`^☞\s*(?:…|・・・|\.\.\.|:|=|は)\s*([^(\s]+)`)
)

// item is one department bullet.
type item struct {
	org    string
	text   string
	tagged bool // ☞ in front of it
}

// scanner walks the lines in reading order and cuts them into items.
type scanner struct {
	tag      string
	org      string // current department, "" before the first and after the list
	cur      *item  // the item being read
	footnote bool   // the lines being read belong to a ※ note
	first    bool   // no item of the current department read yet
	// markedList is set when the department's first item is a list item or
	// has a marker: its items are then all marked (a PDF column has none).
	markedList bool
	items      []item
}

func newScanner(tag string) *scanner { return &scanner{tag: tag} }

// line takes the next line of the document.
func (s *scanner) line(l kit.Line) {
	text := l.Text
	switch {
	case isDepartment(l):
		s.flush()
		s.org, s.first, s.markedList = text, true, false
		return
	case s.org == "":
		return
	case endsList(l, text):
		s.flush()
		s.org = ""
		return
	}
	if s.cur == nil || s.startsItem(l, text) {
		s.flush()
		if s.markedList && !isMarked(l, text) {
			// The department's bullets are list items; plain text after
			// them is the page going on (a contact line, a footer), not an item.
			s.org = ""
			return
		}
		if s.first {
			s.markedList, s.first = isMarked(l, text), false
		}
		s.start(l, text)
		return
	}
	s.cur.text = kit.JoinWrapped(s.cur.text, text)
}

// isMarked reports whether l is a list item or starts with a marker.
func isMarked(l kit.Line, text string) bool {
	return l.Kind == layout.ListItem || l.Marker != "" || hasMarker(text)
}

// startsItem reports whether l opens a new bullet: a list item, a line with
// a bullet, ※ or ☞ in front, or a line after a finished sentence (a PDF column prints
// the bullets of a department without markers) unless it reads as the same
// item going on (また、…). A line after an unfinished sentence carries it on,
// even into the next block (a PDF line that wrapped into its own paragraph).
func (s *scanner) startsItem(l kit.Line, text string) bool {
	if l.Marker != "" || hasMarker(text) || l.Kind == layout.ListItem && l.First {
		return true
	}
	return sentenceEnd(s.cur.text) && !continues(text)
}

// hasMarker reports whether text starts with a bullet, a ※ note or ☞.
func hasMarker(text string) bool {
	if m, _ := kit.SplitMarker(text); m != "" && (kit.IsBullet(m) || kit.IsFootnote(m)) {
		return true
	}
	return strings.HasPrefix(text, "☞")
}

// start opens an item (or a footnote, whose text is dropped) with text.
func (s *scanner) start(l kit.Line, text string) {
	if m, _ := kit.SplitMarker(text); kit.IsFootnote(l.Marker) || kit.IsFootnote(m) {
		s.footnote = true
		s.cur = &item{org: s.org, text: text}
		return
	}
	s.footnote = false
	it := item{org: s.org}
	if m, rest := kit.SplitMarker(text); m != "" && kit.IsBullet(m) {
		text = rest
	}
	if rest, ok := strings.CutPrefix(text, "☞"); ok {
		it.tagged = true
		text = strings.TrimSpace(rest)
	}
	it.tagged = it.tagged || strings.Contains(l.Marker, "☞")
	it.text = text
	s.cur = &it
}

// flush ends the current item, keeping it unless it is a footnote or empty.
func (s *scanner) flush() {
	if s.cur != nil && !s.footnote && s.cur.text != "" {
		s.items = append(s.items, *s.cur)
	}
	s.cur, s.footnote = nil, false
}

func (s *scanner) finish() []item {
	s.flush()
	return s.items
}

// isDepartment reports whether l is a department's name standing alone: a
// heading or a one-line paragraph, not a list item.
func isDepartment(l kit.Line) bool {
	if l.Kind != layout.Heading && l.Kind != layout.Paragraph || l.InTable() || !l.First {
		return false
	}
	return isDepartmentName(l.Text)
}

// isDepartmentName is department.MatchString, the last character (one that
// can end the pattern's unit words) asked first: few lines end so.
func isDepartmentName(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("部局室課会", last) && department.MatchString(s)
}

// endsList reports whether l closes the department list: the article's
// closing notes start with ◆ or ■ (the full text is on the city's site, …).
func endsList(l kit.Line, text string) bool {
	return l.First && (strings.ContainsAny(l.Marker, "◆■◇□") || strings.ContainsAny(firstRune(text), "◆■◇□"))
}

// legendTag reads the tag ☞ stands for from the article's legend line.
func legendTag(lines []kit.Line) string {
	for _, l := range lines {
		text := l.Text
		if l.Marker == "☞" {
			text = "☞" + text
		}
		if m := legend.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	return defaultTag
}

// continues reports whether a line goes on with the previous sentence's item.
func continues(text string) bool {
	for _, p := range []string{"また、", "なお、", "さらに、", "あわせて、", "併せて、"} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether an item's text ends a sentence.
func sentenceEnd(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "。)") || strings.HasSuffix(s, "。」")
}

func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// pdfSpace is a space a PDF puts between a number and the Japanese word
// after or before it (平成22 年度, 5 カ所).
var pdfSpace = regexp.MustCompile(`([0-9]) ([\p{Han}\p{Hiragana}\p{Katakana}])|([\p{Han}\p{Hiragana}\p{Katakana}]) ([0-9])`)

// clean tidies a line's text (which kit has normalised already): the
// hyphenation point some PDF fonts print for ・ is read as ・, and spaces a
// PDF leaves beside numbers are dropped.
func clean(s string) string {
	s = strings.ReplaceAll(s, "‧", "・")
	if !strings.Contains(s, " ") {
		return s
	}
	return pdfSpace.ReplaceAllString(s, "$1$3$2$4")
}

// cleanLines returns doc's lines with their text cleaned once (clean), the
// form every other function here reads; Match and Extract share them (shared:
// not to be changed).
func cleanLines(doc *layout.Document) []kit.Line {
	return kit.PerDocument(doc, linesKey{}, func() []kit.Line { return cleanedLines(doc) })
}

// linesKey is cleanLines' kit.PerDocument key.
type linesKey struct{}

// cleanedLines is cleanLines without the cache.
func cleanedLines(doc *layout.Document) []kit.Line {
	lines := kit.Lines(doc)
	for i := range lines {
		lines[i].Text = clean(lines[i].Text)
	}
	return lines
}
