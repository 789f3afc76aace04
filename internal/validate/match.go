package validate

import (
	"cmp"
	"slices"
	"strconv"
)

// Mode is a way of deciding that a truth item and an extracted item are the same.
type Mode int

// The matching modes, all reported. Fuzzy is the default for headline figures.
const (
	ModeStrict Mode = iota // equal after white-space collapse (Strict)
	ModeSoft               // equal soft forms (Soft)
	ModeFuzzy              // Dice of the soft forms ≥ FuzzyThreshold
)

// Modes lists every mode in report order.
var Modes = []Mode{ModeStrict, ModeSoft, ModeFuzzy}

// FuzzyThreshold is the least bigram Dice of two soft forms that fuzzy mode
// counts as a match.
const FuzzyThreshold = 0.8

func (m Mode) String() string {
	switch m {
	case ModeStrict:
		return "strict"
	case ModeSoft:
		return "soft"
	case ModeFuzzy:
		return "fuzzy"
	}
	return "mode(" + strconv.Itoa(int(m)) + ")"
}

// Pair is one truth item matched to one extracted item, by their indexes in
// the two lists, with the similarity that paired them.
type Pair struct {
	Truth, Pred int
	Score       float64
}

// keyed is a text in the forms the modes compare, computed once per item.
type keyed struct {
	strict, soft string
}

func keysOf(texts []string) []keyed {
	out := make([]keyed, len(texts))
	for i, t := range texts {
		out[i] = keyed{strict: Strict(t), soft: Soft(t)}
	}
	return out
}

// similarity returns how alike a and b are under mode, in [0,1], and whether
// that is a match.
func similarity(mode Mode, a, b keyed) (float64, bool) {
	switch mode {
	case ModeStrict:
		return boolScore(a.strict == b.strict), a.strict == b.strict
	case ModeSoft:
		return boolScore(a.soft == b.soft), a.soft == b.soft
	default:
		d := Dice(a.soft, b.soft)
		return d, d >= FuzzyThreshold
	}
}

func boolScore(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}

// Match pairs truth texts with extracted texts one-to-one under mode, best
// pair first: every candidate pair that matches is sorted by descending
// similarity (ties: lower truth index, then lower extracted index, i.e.
// document order) and taken greedily when neither side is taken yet. Greedy
// is not the optimal assignment, but with the fuzzy threshold at 0.8 two
// truth items rarely compete for one extracted item, and it is predictable.
// The pairs come back sorted by truth index.
func Match(mode Mode, truth, pred []string) []Pair {
	return matchKeyed(mode, keysOf(truth), keysOf(pred))
}

func matchKeyed(mode Mode, truth, pred []keyed) []Pair {
	var cands []Pair
	for i, t := range truth {
		for j, p := range pred {
			if s, ok := similarity(mode, t, p); ok {
				cands = append(cands, Pair{Truth: i, Pred: j, Score: s})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b Pair) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Truth, b.Truth); c != 0 {
			return c
		}
		return cmp.Compare(a.Pred, b.Pred)
	})
	usedT := make([]bool, len(truth))
	usedP := make([]bool, len(pred))
	var pairs []Pair
	for _, c := range cands {
		if usedT[c.Truth] || usedP[c.Pred] {
			continue
		}
		usedT[c.Truth], usedP[c.Pred] = true, true
		pairs = append(pairs, c)
	}
	slices.SortFunc(pairs, func(a, b Pair) int { return cmp.Compare(a.Truth, b.Truth) })
	return pairs
}
