package lgcode

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"jplan/internal/ja/runes"
)

// mention is one name found in a text, before it is resolved to a body.
type mention struct {
	key  string
	pref int // the prefecture written right before it, or -1
}

// namesByFirst lists every name key (municipalities, wards under both names,
// prefectures in full) by first rune, longest first.
var namesByFirst = sync.OnceValue(func() map[rune][]string {
	t := load()
	m := make(map[rune][]string)
	add := func(key string) {
		r, _ := utf8.DecodeRuneInString(key)
		m[r] = append(m[r], key)
	}
	for key := range t.byKey {
		add(key)
	}
	for name, i := range t.prefs {
		if t.bodies[i].Name == name {
			add(name)
		}
	}
	for _, keys := range m {
		sort.Slice(keys, func(i, j int) bool {
			if len(keys[i]) != len(keys[j]) {
				return len(keys[i]) > len(keys[j])
			}
			return keys[i] < keys[j]
		})
	}
	return m
})

// runeSet is a bitmap of the runes of the Basic Multilingual Plane; it
// answers true for every rune above, leaving those to the map.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) has(r rune) bool {
	return r >= 0x10000 || r >= 0 && s[r/64]&(1<<(r%64)) != 0
}

// firstRunes are the first runes of the names in namesByFirst, so that
// scanMentions tests most runes of a text with a bit rather than a map lookup.
var firstRunes = sync.OnceValue(func() *runeSet {
	var s runeSet
	for r := range namesByFirst() {
		if r >= 0 && r < 0x10000 {
			s[r/64] |= 1 << (r % 64)
		}
	}
	return &s
})

// FindIn returns the bodies whose names a text mentions, in order of first
// mention and without repeats: prefectures (岡山県), municipalities (真庭市)
// and wards (新潟市中央区, 新潟市 中央区). At each place the longest name wins. A
// name that several bodies share (府中市, 中央区) is resolved by the prefecture
// written right before it (東京都府中市), else by the prefectures and cities the
// text mentions elsewhere; if it stays ambiguous it is left out.
func FindIn(text string) []Body {
	return FindInPrefecture("", text)
}

// FindInPrefecture is FindIn for a text known to come from prefecture pref
// (岡山県 or 岡山; from the publisher's URL, say): a shared name mentioned
// without its prefecture resolves to the body in pref, as if the text named
// pref itself. An unknown pref adds nothing.
func FindInPrefecture(pref, text string) []Body {
	t := load()
	mentions := scanMentions(t, nameKey(text))
	prefs, cities := context(t, mentions)
	if i, ok := t.prefs[nameKey(pref)]; ok {
		prefs[t.bodies[i].Name] = true
	}
	var out []Body
	seen := make(map[int]bool)
	for _, m := range mentions {
		i, ok := t.resolve(m, prefs, cities)
		if ok && !seen[i] {
			seen[i] = true
			out = append(out, t.bodies[i])
		}
	}
	return out
}

// scanMentions finds the longest name at each place of a space-free text.
func scanMentions(t *table, s string) []mention {
	idx, first := namesByPair(), firstRunes()
	var out []mention
	prevPref, prevEnd := -1, -1
	for p := 0; p < len(s); {
		r, size := runes.Decode(s, p)
		if !first.has(r) {
			p += size // no name starts with r: spare the map lookup
			continue
		}
		key := ""
		for _, k := range idx.candidates(s, p, r, size) {
			if strings.HasPrefix(s[p:], k) && !insideWord(s, p, k) && !continuesAsWord(s[p+len(k):], k) {
				key = k
				break
			}
		}
		if key == "" {
			p += size
			continue
		}
		m := mention{key: key, pref: -1}
		if prevEnd == p {
			m.pref = prevPref
		}
		prevPref, prevEnd = -1, p+len(key)
		if i, ok := t.prefs[key]; ok && t.bodies[i].Name == key {
			prevPref = i
		}
		out = append(out, m)
		p += len(key)
	}
	return out
}

// pairIndex lists the names of namesByFirst by their first two runes, in the
// same order, so that scanMentions tries at a place only the few names that
// can match there (中 alone starts dozens of names). A name that does not
// share the first two runes of the text cannot match.
type pairIndex struct {
	pairs map[[2]rune][]string
	whole map[rune]bool // first runes that are a name by themselves: no pairs, take namesByFirst
	seen  *pairFilter   // the keys of pairs, so that most pairs of a text are refused without the map
}

// pairFilter is a bitmap of hashed rune pairs: a bit clear means no name
// starts with the pair. Most kanji of a text start some name (firstRunes lets
// them through) but few pairs do, and a bit test is several times cheaper
// than the map lookup it spares; a set bit may be a collision, which the map
// then answers.
type pairFilter [pairFilterBits / 64]uint64

// pairFilterBits keeps the filter small (32 KiB) yet sparse: a few thousand
// pairs set about 1 % of its bits.
const pairFilterBits = 1 << 18

func pairHash(r, r2 rune) uint32 {
	h := uint32(r)*0x9E3779B1 ^ uint32(r2)
	return h * 0x85EBCA6B >> (32 - 18)
}

func (f *pairFilter) add(r, r2 rune) { h := pairHash(r, r2); f[h/64] |= 1 << (h % 64) }

func (f *pairFilter) mayHave(r, r2 rune) bool {
	h := pairHash(r, r2)
	return f[h/64]&(1<<(h%64)) != 0
}

var namesByPair = sync.OnceValue(func() pairIndex {
	idx := pairIndex{pairs: make(map[[2]rune][]string), whole: make(map[rune]bool), seen: new(pairFilter)}
	for r, keys := range namesByFirst() {
		for _, k := range keys {
			if utf8.RuneCountInString(k) == 1 {
				idx.whole[r] = true
			}
		}
		if idx.whole[r] {
			continue
		}
		for _, k := range keys {
			r2, _ := utf8.DecodeRuneInString(k[utf8.RuneLen(r):])
			idx.pairs[[2]rune{r, r2}] = append(idx.pairs[[2]rune{r, r2}], k)
			idx.seen.add(r, r2)
		}
	}
	return idx
})

// candidates returns the names that may start at s[p:], whose first rune r
// is size bytes long, longest first: one map lookup by the first two runes.
func (idx pairIndex) candidates(s string, p int, r rune, size int) []string {
	if p+size >= len(s) || idx.whole[r] {
		return namesByFirst()[r] // the end of the text, or a one-rune name
	}
	r2, _ := runes.Decode(s, p+size)
	if !idx.seen.mayHave(r, r2) {
		return nil
	}
	return idx.pairs[[2]rune{r, r2}]
}

// insideWord reports whether a short name (two characters: 北区, 津市) starting
// at p would continue a word: the rune before is a kanji that cannot end a
// place name (東北区域 is no mention of 北区). Longer names are distinctive
// enough to be found inside compounds (令和5年度大正区運営方針).
func insideWord(s string, p int, key string) bool {
	if p == 0 || utf8.RuneCountInString(key) > 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return unicode.Is(unicode.Han, r) && !strings.ContainsRune("都道府県郡市区町村", r)
}

// continuesAsWord rejects the few names that are also the head of common
// words: 中央市場, 中央市街地.
func continuesAsWord(rest, key string) bool {
	return strings.HasSuffix(key, "市") && (strings.HasPrefix(rest, "場") || strings.HasPrefix(rest, "街"))
}

// context collects the prefectures and cities the text names unambiguously.
func context(t *table, mentions []mention) (prefs, cities map[string]bool) {
	prefs, cities = make(map[string]bool), make(map[string]bool)
	for _, m := range mentions {
		i, ok := t.resolve(m, nil, nil)
		if !ok {
			continue
		}
		b := t.bodies[i]
		prefs[b.Prefecture] = true
		if b.Kind != Prefecture {
			cities[b.City] = true
		}
	}
	return prefs, cities
}

// resolve picks the body a mention denotes, narrowing shared names by the
// prefecture written before it, then by the context of the text.
func (t *table) resolve(m mention, prefs, cities map[string]bool) (int, bool) {
	if i, ok := t.lookupKey(m.pref, m.key); ok {
		return i, true
	}
	if m.pref >= 0 {
		return -1, false
	}
	var in []int
	for _, i := range t.byKey[m.key] {
		b := t.bodies[i]
		if b.Kind == Ward && cities[b.City] || b.Kind != Ward && prefs[b.Prefecture] {
			in = append(in, i)
		}
	}
	if len(in) == 1 {
		return in[0], true
	}
	return -1, false
}
