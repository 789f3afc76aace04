package sdg

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// variants are spellings of goal names seen in municipal documents that differ
// from the official list by more than spaces and 、・ (which compact removes).
// They name the goal without a warning.
var variants = map[int][]string{
	1:  {"貧困を無くそう", "貧困をなくそう"},
	3:  {"全ての人に健康と福祉を", "すべての人に保健と福祉を", "Good Health and Well-Being"},
	6:  {"安全な水とトイレを世界中で"},
	7:  {"エネルギーをみんなにそしてクリーンに"},
	8:  {"働きがいも経済成長も", "Decent Jobs and Economic Growth"},
	9:  {"産業と技術革新の基盤を作ろう", "Industry Innovation and Infrastructure"},
	10: {"人や国の不平等を無くそう"},
	11: {"住み続けられる街づくりを", "住み続けられるまち作りを"},
	12: {"作る責任使う責任", "つくる責任つかう責任"},
	16: {"平和と公正を全ての人に", "Peace and Justice Strong Institutions", "Peace and Justice"},
	17: {"Partnership for the Goals"},
}

// byName maps the compact form of every official name and variant to its goal.
var byName = buildNameIndex()

func buildNameIndex() map[string]int {
	m := make(map[string]int)
	for n := 1; n <= Count; n++ {
		m[compact(goals[n].ja)] = n
		m[compact(goals[n].en)] = n
		for _, v := range variants[n] {
			m[compact(v)] = n
		}
	}
	return m
}

// namesByFirst lists the compact names (official and variants) by their first
// rune, longest first, so that the longest name wins at a position.
var namesByFirst = buildNamesByFirst()

func buildNamesByFirst() map[rune][]string {
	m := make(map[rune][]string)
	for name := range byName {
		r, _ := utf8.DecodeRuneInString(name)
		m[r] = append(m[r], name)
	}
	for _, names := range m {
		sort.Slice(names, func(i, j int) bool {
			if len(names[i]) != len(names[j]) {
				return len(names[i]) > len(names[j])
			}
			return names[i] < names[j]
		})
	}
	return m
}

// nameFirst holds the first runes of the names in namesByFirst (both cases
// for ASCII), so that findNames turns most runes away with a bit test rather
// than a map lookup.
var nameFirst = func() (set runeSet) {
	for r := range namesByFirst {
		set.add(r)
		if r >= 'a' && r <= 'z' {
			set.add(r - 'a' + 'A')
		}
	}
	return set
}()

// runeSet is a bitmap of the runes of the Basic Multilingual Plane; it
// answers true for every rune above, leaving those to the map.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r/64] |= 1 << (r % 64)
	}
}

func (s *runeSet) has(r rune) bool {
	return r >= 0x10000 || r >= 0 && s[r/64]&(1<<(r%64)) != 0
}

// matchNameAt matches a goal name (official or variant) in folded text t at
// p, allowing spaces and 、・,.- between its characters and any ASCII case.
// It returns the end offset of the name, or -1.
func matchNameAt(t string, p int) int {
	r, _ := utf8.DecodeRuneInString(t[p:])
	for _, name := range namesByFirst[lowerASCII(r)] {
		if end := matchCompact(t, p, name); end >= 0 {
			return end
		}
	}
	return -1
}

func matchCompact(t string, p int, name string) int {
	first := true
	for _, want := range name {
		if !first {
			p = skip(t, p, " ,.-")
			for strings.HasPrefix(t[p:], "、") || strings.HasPrefix(t[p:], "・") {
				p = skip(t, p+len("、"), " ,.-")
			}
		}
		first = false
		r, size := utf8.DecodeRuneInString(t[p:])
		if size == 0 || lowerASCII(r) != want {
			return -1
		}
		p += size
	}
	return p
}

func lowerASCII(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// goalOfName returns the goal a name (as written) denotes, or 0.
func goalOfName(name string) int {
	return byName[compact(name)]
}

// nameWarning checks the name written beside goal n and returns a warning
// when it names another goal or no goal at all; the number is kept.
func nameWarning(n int, written string) string {
	if strings.TrimSpace(written) == "" {
		return ""
	}
	switch g := goalOfName(written); {
	case g == n:
		return ""
	case g != 0:
		return fmt.Sprintf("sdg: goal %d is written with the name of goal %d (%q); the number is kept", n, g, written)
	default:
		return fmt.Sprintf("sdg: goal %d is written as %q, not its official name %q; the number is kept", n, written, goals[n].ja)
	}
}
