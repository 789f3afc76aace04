package kit

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"jplan/internal/ja/norm"
)

// numbered item markers, tried in order on normalised text.
var markerPatterns = []*regexp.Regexp{
	regexp.MustCompile(`^(\d{1,2}(?:-(?:\d{1,2}|[①-⑳]|\(\d{1,2}\))){1,3})\s*`),        // 1-①, 1-2, 1-(1), 1-1-1
	regexp.MustCompile(`^(\((?:\d{1,2}|[一二三四五六七八九十]{1,3}|[ア-ンa-zA-Z])\))\s*`),         // (1), (一), (ア)
	regexp.MustCompile(`^(第[0-9一二三四五六七八九十]{1,3}(?:章|節|項|編|の柱|部)?)(?:\s+|[.、:]\s*|$)`), // 第1, 第1章
	regexp.MustCompile(`^(\d{1,2}章)\s*`),               // 1章
	regexp.MustCompile(`^(\d{1,2}[.)、])\s*`),           // 1. 1) 1、
	regexp.MustCompile(`^(\d{1,2})\s+`),                // "1 にいがた"
	regexp.MustCompile(`^([A-Za-z][.)])\s+`),           // a. A)
	regexp.MustCompile(`^([アイウエオカキクケコサシスセソタチツテト])\s+`), // ア イ ウ: third-level items
}

// mayBeNumbered reports whether a line starting with r can match one of
// markerPatterns: each begins with an ASCII digit, "(", 第, an ASCII letter
// or one of the katakana ア…ト. SplitMarker runs on nearly every line, and
// most lines start otherwise, so this spares them eight regexps.
func mayBeNumbered(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '(', r == '第':
		return true
	}
	return strings.ContainsRune("アイウエオカキクケコサシスセソタチツテト", r)
}

// bullets are the unnumbered item marks.
const bullets = "・●○◎◯■□◆◇▶►▸▪▫◉★☆-*+>※•◦◼◻"

// SplitMarker splits an item marker off the start of a normalised line:
// "1-①キャッシュレス…" → ("1-①", "キャッシュレス…"), "(1)部局の方向性" → "(1)",
// "①コミュニティ" → "①", "第1章 …" → "第1章", "1. …", "●人口減少…" → "●",
// "・…" → "・". A line without a marker gives ("", line). A marker alone on
// the line is not split off (a bare "1" or "・" is text).
func SplitMarker(line string) (marker, rest string) {
	s := strings.TrimSpace(line)
	r, _ := utf8.DecodeRuneInString(s)
	if mayBeNumbered(r) {
		if m, rest, ok := numberedMarker(s); ok {
			return m, rest
		}
	}
	return markMarker(s)
}

// numberedMarker splits off the first of markerPatterns that matches s.
func numberedMarker(s string) (marker, rest string, ok bool) {
	for _, re := range markerPatterns {
		if m := re.FindStringSubmatchIndex(s); m != nil && m[1] < len(s) {
			return s[m[2]:m[3]], strings.TrimSpace(s[m[1]:]), true
		}
	}
	return "", "", false
}

// markMarker splits off a bullet or an enclosed number (●, ・, ①) at the
// start of s.
func markMarker(s string) (marker, rest string) {
	r, size := utf8.DecodeRuneInString(s)
	if size < len(s) && (norm.IsMarker(r) || strings.ContainsRune(bullets, r)) {
		// 重ねた記号 "・・" and "--" are rules, not markers
		if next, _ := utf8.DecodeRuneInString(s[size:]); next == r && !norm.IsMarker(r) {
			return "", s
		}
		return string(r), strings.TrimSpace(s[size:])
	}
	return "", s
}

// IsBullet reports whether marker is an unnumbered bullet (・ ● ○ ■ -) rather
// than numbering; "" is not a bullet.
func IsBullet(marker string) bool {
	r, size := utf8.DecodeRuneInString(marker)
	return size == len(marker) && size > 0 && strings.ContainsRune(bullets, r)
}

// IsFootnote reports whether marker opens a note (※, *) rather than an item.
func IsFootnote(marker string) bool { return marker == "※" || marker == "*" }

// Code returns the numbering of marker as plan/v1 keeps it in a project's
// code: the marker as written without a trailing "." ")" "、" ("1." → "1",
// "1-①" → "1-①", "(1)" → "(1)"); "" for a bullet.
func Code(marker string) string {
	if marker == "" || IsBullet(marker) {
		return ""
	}
	if strings.HasPrefix(marker, "(") {
		return marker
	}
	return strings.TrimRight(marker, ".)、")
}
