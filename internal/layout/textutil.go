package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapseLine collapses every run of white space (ASCII, NBSP, tabs, newlines)
// into one space and trims the ends, ideographic spaces included. An ideographic
// space inside the text is kept as written (木村　辰生). NULs are dropped and
// invalid UTF-8 bytes become U+FFFD.
func collapseLine(s string) string {
	// Most lines reaching here are collapsed already (block text is collapsed
	// when it is made and again when it is cleaned): return them without
	// building a copy.
	if isCollapsed(s) {
		return strings.TrimFunc(s, unicode.IsSpace)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: no rune decoding
			i++
			switch c {
			case 0:
				continue
			case ' ', '\t', '\n', '\r', '\f', '\v':
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCollapsible(r) {
			space = b.Len() > 0
			i += size
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\ufffd")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

// isCollapsed reports whether collapseLine would leave s as it is (before
// trimming): valid UTF-8 without NULs or collapsible characters other than
// single spaces between other characters. It looks at bytes only, and closely
// only at the few that may start a collapsible character (U+00A0, U+200B and
// U+FEFF by their encodings, which in valid UTF-8 start where a character does).
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !mayCollapse[c] {
			continue
		}
		switch {
		case c == ' ':
			if s[i+1] == ' ' { // s does not end with a space
				return false
			}
		case c < ' ':
			if c == 0 || c >= '\t' && c <= '\r' {
				return false
			}
		case strings.HasPrefix(s[i:], "\u00a0"), strings.HasPrefix(s[i:], "\u200b"), strings.HasPrefix(s[i:], "\ufeff"):
			return false
		}
	}
	return utf8.ValidString(s)
}

// mayCollapse marks the bytes isCollapsed looks at closely: spaces, control
// characters and the first bytes of U+00A0, U+200B and U+FEFF.
var mayCollapse = func() (t [256]bool) {
	for c := range t {
		t[c] = c <= ' ' || c == 0xC2 || c == 0xE2 || c == 0xEF
	}
	return t
}()

func isCollapsible(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u200b', '\ufeff':
		return true
	}
	return false
}

// splitLines collapses each line of s and returns the non-empty lines, with a ""
// entry for each run of blank lines between non-empty ones (a paragraph break).
func splitLines(s string) []string {
	var out []string
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = collapseLine(line)
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return out
}

// bulletMarkers start a bulleted line. The ASCII ones need a space after them so
// that "-1" or "*注" are not taken for bullets.
var bulletMarkers = []string{
	"・", "●", "○", "■", "□", "◆", "◇", "☞", "※", "◎", "★", "☆", "▪", "▫", "•", "◯",
	"▶", "►", "▸", "➢", "✓", "✔", "◉", "❖", "＊", "－", "‐",
}

var asciiBullets = []string{"-", "*", "+"}

// numberMarker matches the numbering at the start of an item: (1) （１） (一)
// (ア) 1. １． 1) 1-① 1-1 ① Ⅰ 第1 第1章. Whether it really is a marker is decided by
// what follows (see splitMarker).
var numberMarker = regexp.MustCompile(`^(?:` +
	`[(（](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[a-zａ-ｚア-ンｱ-ﾝ])[)）]` +
	`|[0-9０-９]{1,3}[-－‐][0-9０-９①-⑳]{1,3}` +
	`|[①-⑳㉑-㉟㊱-㊿]` +
	`|[0-9０-９]{1,3}[.．)）]` +
	`|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]` +
	`|第[0-9０-９一二三四五六七八九十]{1,3}[章節条項部編]?` +
	`)`)

// splitMarker splits a list marker (a bullet or numbering) off the start of line.
// ok is false when line does not start with one, or nothing follows it.
func splitMarker(line string) (marker, rest string, ok bool) {
	for _, m := range bulletMarkers {
		if strings.HasPrefix(line, m) {
			return finishMarker(line, m)
		}
	}
	for _, m := range asciiBullets {
		if strings.HasPrefix(line, m+" ") || strings.HasPrefix(line, m+"\t") {
			return finishMarker(line, m)
		}
	}
	if !mayNumber(line) {
		return "", "", false
	}
	m := numberMarker.FindString(line)
	if m == "" {
		return "", "", false
	}
	next, _ := utf8.DecodeRuneInString(line[len(m):])
	switch {
	case strings.HasPrefix(m, "第") && !unicode.IsSpace(next) && next != '\u3000' &&
		!strings.ContainsAny(m, "章節条項部編"):
		return "", "", false // 第3期総合戦略: a word, not a numbering
	case (strings.HasSuffix(m, ".") || strings.HasSuffix(m, "．")) && unicode.IsDigit(next):
		return "", "", false // 1.5億円
	case isDigitRune(lastRune(m)) && isDigitRune(next):
		return "", "", false // 1-12345
	}
	return finishMarker(line, m)
}

// mayNumber is a cheap test of the first character before numberMarker runs.
func mayNumber(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return isDigitRune(r) || r == '(' || r == '（' || r == '第' ||
		r >= '①' && r <= '⑳' || r >= '㉑' && r <= '㉟' || r >= '㊱' && r <= '㊿' || r >= 'Ⅰ' && r <= 'Ⅹ'
}

func finishMarker(line, m string) (string, string, bool) {
	rest := strings.TrimLeft(line[len(m):], " \t\u3000")
	if rest == "" {
		return "", "", false
	}
	return m, rest, true
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// splitInlineBullets splits a run of text that holds several bullets written
// inline ("・a ・b ・c", as CMS exports of list cells do) into the items, each
// with its marker. A bullet counts only at the start or after white space, so
// the 「・」 inside ライフスタイル・SDGs stays text.
func splitInlineBullets(s string) [][2]string {
	s = collapseLine(s)
	var items [][2]string
	start, marker := -1, ""
	for i, r := range s {
		if r != '・' && r != '●' && r != '○' && r != '■' && r != '◆' && r != '☞' && r != '※' {
			continue
		}
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		if start >= 0 || i > 0 {
			items = appendItem(items, marker, s[max(start, 0):i])
		}
		start, marker = i+utf8.RuneLen(r), string(r)
	}
	return appendItem(items, marker, s[max(start, 0):])
}

func appendItem(items [][2]string, marker, text string) [][2]string {
	text = collapseLine(text)
	if text == "" {
		return items
	}
	return append(items, [2]string{marker, text})
}
