package soja

import "unicode"

// pair decides which diagram panel belongs to which label. The panels come
// in the order the source flattened the diagram, which need not be the labels'
// order; but a panel's measures echo its project's 方針 (研修体制の充実 in the
// panel, 研修体制の充実 in 「つちかう」プロジェクトの方針). So every one-to-one
// assignment of panels to labels is scored by the character-bigram overlap of
// each panel with its label's 方針 (see evidence), with a small bonus for
// keeping document order, and the best one wins: labels without 方針 keep
// the order. It returns, for each label, the index of its panel or -1.
func pair(ls []projectLabel, ps []panel, pol []policy) []int {
	n := min(len(ls), len(ps))
	out := make([]int, len(ls))
	for i := range out {
		out[i] = -1
		if i < n {
			out[i] = i
		}
	}
	if n < 2 || n > maxPermuted {
		return out
	}
	score := evidence(ls, ps, pol)
	best, bestScore := []int(nil), -1.0
	permute(n, func(perm []int) { // perm[label] = panel
		s := 0.0
		for l, p := range perm {
			s += score[p][l]
			if l == p {
				s += orderBonus
			}
		}
		if s > bestScore {
			best, bestScore = append(best[:0], perm...), s
		}
	})
	copy(out, best)
	return out
}

const (
	// maxPermuted bounds the labels paired by trying every assignment (8! =
	// 40320); beyond it panels pair in order.
	maxPermuted = 8
	// orderBonus prefers document order when the text says nothing.
	orderBonus = 0.001
)

// text is everything the panel says.
func (p panel) text() string {
	s := p.motto + p.lead
	for _, b := range p.bullets {
		s += b
	}
	return s
}

// policyText is everything the 方針 of the project named owner say.
func policyText(owner string, pol []policy) string {
	s := ""
	for _, p := range pol {
		if p.owner == owner {
			s += p.title + p.desc
		}
	}
	return s
}

// evidence scores each panel against each label: the number of the panel's
// bigrams that occur in that label's 方針 and in no other label's, so words
// every project uses (まちづくり, 推進) count for nothing. Kana-only bigrams
// (particles, endings) are left out.
func evidence(ls []projectLabel, ps []panel, pol []policy) [][]float64 {
	owners := make([]map[[2]rune]bool, len(ls))
	df := map[[2]rune]int{}
	for l := range ls {
		owners[l] = bigrams(policyText(ls[l].name, pol))
		for g := range owners[l] {
			df[g]++
		}
	}
	score := make([][]float64, len(ps))
	for p := range ps {
		score[p] = make([]float64, len(ls))
		for g := range bigrams(ps[p].text()) {
			if df[g] != 1 {
				continue
			}
			for l := range ls {
				if owners[l][g] {
					score[p][l]++
				}
			}
		}
	}
	return score
}

// bigrams is the set of adjacent letter pairs of s with a kanji or katakana
// in them; punctuation and spaces break pairs.
func bigrams(s string) map[[2]rune]bool {
	set := map[[2]rune]bool{}
	var prev rune
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			prev = 0
			continue
		}
		if prev != 0 && (content(prev) || content(r)) {
			set[[2]rune{prev, r}] = true
		}
		prev = r
	}
	return set
}

// content reports whether r carries meaning on its own: a kanji, katakana
// or Latin letter or digit, not a hiragana particle or ending.
func content(r rune) bool {
	return !unicode.Is(unicode.Hiragana, r)
}

// permute calls f with every permutation of 0..n-1 (Heap's algorithm); f
// must not keep the slice.
func permute(n int, f func([]int)) {
	a := make([]int, n)
	for i := range a {
		a[i] = i
	}
	c := make([]int, n)
	f(a)
	for i := 0; i < n; {
		if c[i] < i {
			if i%2 == 0 {
				a[0], a[i] = a[i], a[0]
			} else {
				a[c[i]], a[i] = a[i], a[c[i]]
			}
			f(a)
			c[i]++
			i = 0
		} else {
			c[i] = 0
			i++
		}
	}
}
