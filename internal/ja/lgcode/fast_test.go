package lgcode

import (
	"math/bits"
	"strings"
	"testing"
	"unicode"
)

// nameKeyReference is the two-step nameKey that nameKey replaced.
func nameKeyReference(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return keyFolderReference.Replace(s)
}

var keyFolderReference = strings.NewReplacer("ヶ", "ケ", "ヵ", "カ", "ｹ", "ケ")

func checkNameKey(t *testing.T, s string) {
	t.Helper()
	if got, want := nameKey(s), nameKeyReference(s); got != want {
		t.Fatalf("nameKey(%q) = %q, want %q", s, got, want)
	}
}

func TestNameKeyAgrees(t *testing.T) {
	for _, s := range []string{"", "真庭市", "新潟市 中央区", "霞ヶ浦\u3000町", "ｹ\xffヵ", " \t\n", "a\u00a0b\u2028c",
		readTestdata(t, "niigata_chuo_004.txt")} {
		checkNameKey(t, s)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		checkNameKey(t, "a"+string(r)+"b")
	}
	for c := byte(0xE4); c <= 0xE9; c++ { // the lead bytes nameKey copies without decoding
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2 += 3 {
				s := string([]byte{c, byte(c1), byte(c2)})
				checkNameKey(t, s)
				checkNameKey(t, s[:2])
			}
		}
	}
}

// TestFirstRunes checks the bitmap against the map it stands in front of.
func TestFirstRunes(t *testing.T) {
	byFirst := namesByFirst()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if _, ok := byFirst[r]; ok && !firstRunes().has(r) {
			t.Fatalf("firstRunes misses %U", r)
		}
		if _, ok := byFirst[r]; !ok && r < 0x10000 && firstRunes().has(r) {
			t.Fatalf("firstRunes has %U", r)
		}
	}
}

// TestCandidates checks, at every place of a page and of every name, that the
// pair index offers the names of the first-rune list that match there, in order.
func TestCandidates(t *testing.T) {
	byFirst := namesByFirst()
	texts := []string{readTestdata(t, "niigata_chuo_004.txt")}
	for _, keys := range byFirst {
		texts = append(texts, strings.Join(keys, "x"), strings.Join(keys, ""))
	}
	for _, s := range texts {
		for p, r := range s {
			size := len(string(r))
			var want, got []string
			for _, k := range byFirst[r] {
				if strings.HasPrefix(s[p:], k) {
					want = append(want, k)
				}
			}
			for _, k := range namesByPair().candidates(s, p, r, size) {
				if strings.HasPrefix(s[p:], k) {
					got = append(got, k)
				}
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("at %d of %q: candidates match %v, want %v", p, s, got, want)
			}
		}
	}
}

// TestPairFilter checks that the filter in front of the pair map lets every
// pair of the map through, and stays sparse enough to refuse most others.
func TestPairFilter(t *testing.T) {
	idx := namesByPair()
	for k := range idx.pairs {
		if !idx.seen.mayHave(k[0], k[1]) {
			t.Fatalf("pair filter refuses %q", string(k[:]))
		}
	}
	set := 0
	for _, w := range idx.seen {
		set += bits.OnesCount64(w)
	}
	if frac := float64(set) / pairFilterBits; frac > 0.05 {
		t.Errorf("pair filter %.1f%% full", 100*frac)
	}
}
