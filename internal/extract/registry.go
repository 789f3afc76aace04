package extract

import (
	"fmt"
	"sort"
	"sync"

	"jplan/internal/layout"
)

// GenericName is the name of the fallback extractor, chosen when no other
// extractor is at least Possible.
const GenericName = "generic"

var (
	mu    sync.RWMutex
	specs = map[string]Spec{}
)

// Register makes an extractor available by name. It is meant to be called from
// the extractor package's init. It panics if the name is empty or already
// registered, or if the spec lacks a version, Match or Extract.
func Register(s Spec) {
	mu.Lock()
	defer mu.Unlock()
	switch {
	case s.Name == "":
		panic("extract: Register with an empty name")
	case s.Version == "":
		panic("extract: Register " + s.Name + " without a version")
	case s.Match == nil || s.Extract == nil:
		panic("extract: Register " + s.Name + " without Match or Extract")
	}
	if _, dup := specs[s.Name]; dup {
		panic("extract: Register called twice for " + s.Name)
	}
	specs[s.Name] = s
}

// Names returns the sorted names of the registered extractors.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	names := make([]string, 0, len(specs))
	for n := range specs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the extractor registered under name.
func Lookup(name string) (Spec, bool) {
	mu.RLock()
	defer mu.RUnlock()
	s, ok := specs[name]
	return s, ok
}

// Score is one extractor's confidence for a document.
type Score struct {
	Name       string
	Confidence float64
}

// Selection is the outcome of Select: the chosen extractor, its confidence and
// every extractor's score, highest first.
type Selection struct {
	Spec       Spec
	Confidence float64
	Scores     []Score
}

// TieError reports two extractors that are both at least Likely and equally
// confident: the choice is not guessed.
type TieError struct {
	Doc        string
	A, B       string
	Confidence float64
}

func (e *TieError) Error() string {
	return fmt.Sprintf("extract: %s: tie between extractors %q and %q at confidence %.2f", e.Doc, e.A, e.B, e.Confidence)
}

// Select scores doc with every registered extractor and returns the most
// confident. A tie at or above Likely is a *TieError naming both. When no
// extractor reaches Possible, the generic extractor is chosen.
func Select(doc *layout.Document) (Selection, error) {
	mu.RLock()
	scores := make([]Score, 0, len(specs))
	for name, s := range specs {
		scores = append(scores, Score{Name: name, Confidence: clamp(s.Match(doc))})
	}
	mu.RUnlock()
	sort.Slice(scores, func(i, j int) bool {
		if scores[i].Confidence != scores[j].Confidence {
			return scores[i].Confidence > scores[j].Confidence
		}
		return scores[i].Name < scores[j].Name
	})
	if len(scores) == 0 {
		return Selection{}, fmt.Errorf("extract: %s: no extractors registered", doc.Name)
	}
	best := scores[0]
	if len(scores) > 1 && best.Confidence >= Likely && scores[1].Confidence == best.Confidence {
		return Selection{Scores: scores}, &TieError{Doc: doc.Name, A: best.Name, B: scores[1].Name, Confidence: best.Confidence}
	}
	if best.Confidence < Possible {
		if g, ok := Lookup(GenericName); ok {
			return Selection{Spec: g, Confidence: confidenceOf(scores, GenericName), Scores: scores}, nil
		}
	}
	s, _ := Lookup(best.Name)
	return Selection{Spec: s, Confidence: best.Confidence, Scores: scores}, nil
}

func confidenceOf(scores []Score, name string) float64 {
	for _, s := range scores {
		if s.Name == name {
			return s.Confidence
		}
	}
	return 0
}

func clamp(f float64) float64 {
	switch {
	case f != f || f < 0: // NaN or negative
		return 0
	case f > 1:
		return 1
	}
	return f
}
