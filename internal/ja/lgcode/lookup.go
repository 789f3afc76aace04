package lgcode

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameKey is the form names are compared in: no spaces (unicode.IsSpace),
// ヶ and ヵ folded to ケ and カ (half-width ｹ too), invalid bytes as U+FFFD.
// It is one pass that returns s itself when nothing changes: FindIn keys
// whole pages.
func nameKey(s string) string {
	var b []byte // nil until the first change
	copied := 0  // s[:copied] is in b
	for i := 0; i < len(s); {
		c := s[i]
		var out string
		size := 1
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				i++
				continue
			}
		} else if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3 // a kanji (U+4000–U+9FFF), kept without decoding
			continue
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch {
			case r == 'ヶ' || r == 'ｹ':
				out = "ケ"
			case r == 'ヵ':
				out = "カ"
			case r == utf8.RuneError && n == 1:
				out = "\uFFFD" // as strings.Map writes an invalid byte
			case r <= 0x3000 && unicode.IsSpace(r): // no space lies above U+3000
			default:
				i += n
				continue
			}
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[copied:i]...)
		b = append(b, out...)
		i += size
		copied = i
	}
	if b == nil {
		return s
	}
	return string(append(b, s[copied:]...))
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// ByCode returns the body with the given code: six digits, or the five
// digits without check digit. Abolished bodies are returned too (with
// Abolished set): documents of their time carry their codes.
func ByCode(code string) (Body, bool) {
	code = strings.TrimSpace(code)
	if len(code) == 5 {
		d, err := CheckDigit(code)
		if err != nil {
			return Body{}, false
		}
		code += string(d)
	}
	if !Valid(code) {
		return Body{}, false
	}
	t := load()
	i, ok := t.byCode[code]
	if !ok {
		return Body{}, false
	}
	return t.bodies[i], true
}

// countyRE splits "勝田郡奈義町" into the 郡 and the town or village.
var countyRE = regexp.MustCompile(`^\p{Han}+?郡(\p{Han}.*[町村])$`)

// Lookup finds a current body by prefecture (岡山県, or 岡山; "" for any) and
// name (真庭市, 新潟市中央区, 新潟市 中央区, 中央区 when the prefecture makes it
// unique, 岡山県真庭市, 勝田郡奈義町, 岡山県). It fails when the name is unknown
// or names more than one body.
func Lookup(pref, name string) (Body, bool) {
	t := load()
	pi := -1
	if pref = nameKey(pref); pref != "" {
		var ok bool
		if pi, ok = t.prefs[pref]; !ok {
			return Body{}, false
		}
	}
	key := nameKey(name)
	if key == "" {
		return Body{}, false
	}
	if i, ok := t.lookupKey(pi, key); ok {
		return t.bodies[i], true
	}
	if p, rest, ok := t.cutPrefecture(key); ok && (pi < 0 || pi == p) {
		if i, ok := t.lookupKey(p, rest); ok {
			return t.bodies[i], true
		}
	}
	if m := countyRE.FindStringSubmatch(key); m != nil {
		if i, ok := t.lookupKey(pi, m[1]); ok {
			return t.bodies[i], true
		}
	}
	return Body{}, false
}

// ByName finds a current body by name alone, when exactly one has it
// (府中市 is in 東京都 and 広島県: no answer). See Lookup for the forms.
func ByName(name string) (Body, bool) {
	return Lookup("", name)
}

// lookupKey returns the only current body with key in prefecture pi (-1: any).
func (t *table) lookupKey(pi int, key string) (int, bool) {
	if i, ok := t.prefs[key]; ok && t.bodies[i].Name == key && (pi < 0 || pi == i) {
		return i, true // a prefecture named in full
	}
	found := -1
	for _, i := range t.byKey[key] {
		if pi >= 0 && t.bodies[i].Prefecture != t.bodies[pi].Name {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = i
	}
	return found, found >= 0
}

// cutPrefecture splits a leading prefecture name (in full) off key.
func (t *table) cutPrefecture(key string) (int, string, bool) {
	for _, suffix := range []string{"都", "道", "府", "県"} {
		at := strings.Index(key, suffix)
		if at <= 0 {
			continue
		}
		head, rest := key[:at+len(suffix)], key[at+len(suffix):]
		if i, ok := t.prefs[head]; ok && rest != "" && t.bodies[i].Name == head {
			return i, rest, true
		}
	}
	return -1, "", false
}
