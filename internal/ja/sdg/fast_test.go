package sdg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The fast paths of fold, nextAnchor and findNames must give what the general
// code gives. checkFastPaths is run by the unit test on the seed pages and by
// FuzzFind on every input.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	f, slow := fold(s), foldReference(s)
	if f.text != slow.text {
		t.Fatalf("fold(%q).text = %q, want %q", s, f.text, slow.text)
	}
	for i := range slow.off {
		if f.at(i) != slow.off[i] {
			t.Fatalf("fold(%q).at(%d) = %d, want %d", s, i, f.at(i), slow.off[i])
		}
	}
	step := 1
	if len(f.text) > 2000 {
		step = 37 // whole pages: sample the start offsets, the search is linear in them
	}
	for p := 0; p <= len(f.text); p += step {
		as, ae, ok := nextAnchor(f.text, p)
		ras, rae, rok := nextAnchorReference(f.text, p)
		if as != ras || ae != rae || ok != rok {
			t.Fatalf("nextAnchor(%q, %d) = %d, %d, %v; want %d, %d, %v", f.text, p, as, ae, ok, ras, rae, rok)
		}
	}
	got, want := findNames(s, f, nil), findNamesReference(s, f, nil)
	if len(got) != len(want) {
		t.Fatalf("findNames(%q) = %+v, want %+v", s, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("findNames(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// foldReference folds rune by rune and records the input offset of every
// folded byte (the code fold replaced).
func foldReference(s string) struct {
	text string
	off  []int
} {
	var b strings.Builder
	off := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n := b.Len()
		if out, ok := foldRune(r); ok {
			b.WriteString(out)
		} else {
			b.WriteRune(r) // an invalid byte becomes U+FFFD
		}
		for range b.Len() - n {
			off = append(off, i)
		}
		i += size
	}
	off = append(off, len(s))
	return struct {
		text string
		off  []int
	}{b.String(), off}
}

// nextAnchorReference tries every anchor word at every byte.
func nextAnchorReference(t string, p int) (start, end int, ok bool) {
	for i := p; i < len(t); i++ {
		for _, w := range anchorWords {
			if hasPrefixFold(t[i:], w) {
				return i, i + len(w), true
			}
		}
	}
	return 0, 0, false
}

// findNamesReference looks every rune up in namesByFirst.
func findNamesReference(s string, f folded, spans [][2]int) []Tag {
	var tags []Tag
	t := f.text
	for p := 0; p < len(t); {
		r, size := utf8.DecodeRuneInString(t[p:])
		if _, ok := namesByFirst[lowerASCII(r)]; !ok || !startsAlone(t, p) {
			p += size
			continue
		}
		end := matchNameAt(t, p)
		if end < 0 || overlaps(spans, p, end) || !standsAlone(t, p, end) {
			p += size
			continue
		}
		start, stop := f.at(p), f.at(end)
		raw := s[start:stop]
		tags = append(tags, Tag{Goal: goalOfName(raw), Name: raw, Raw: raw, Start: start, End: stop, NameOnly: true})
		p = end
	}
	return tags
}

// TestNameFirst checks the bitmap against the map it stands in front of.
func TestNameFirst(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		_, ok := namesByFirst[lowerASCII(r)]
		if ok != nameFirst.has(r) {
			t.Fatalf("nameFirst.has(%U) = %v, map has it: %v", r, nameFirst.has(r), ok)
		}
	}
}

func TestFastPathsAgree(t *testing.T) {
	inputs := []string{
		"", "abc", "SDGs\t3", "ＳＤＧｓ　３・４", "【№8：働きがいも 経済成長も〕", "a\xffb", "\r\n",
		"QUALITY EDUCATION 質の高い教育をみんなに", "目標〜ゴール―１７", "⽬標11",
	}
	for _, name := range []string{"maniwa_000.txt", "maniwa_001.txt"} {
		page := readTestdata(t, name)
		inputs = append(inputs, page, strings.ReplaceAll(page, " ", "\u3000"))
	}
	for _, s := range inputs {
		checkFastPaths(t, s)
	}
}
