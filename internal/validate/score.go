package validate

// This file holds the figures: set counts with precision/recall/F1, accuracy
// of a field over matched pairs, and mean similarity, and how they add up.

// Counts compare a set of truth items with a set of extracted items.
type Counts struct {
	TP int `json:"tp"` // matched
	FP int `json:"fp"` // extracted, not in the truth (extra)
	FN int `json:"fn"` // in the truth, not extracted (missing)
}

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Empty reports whether there was nothing to find and nothing found.
func (c Counts) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// Support is the number of truth items.
func (c Counts) Support() int { return c.TP + c.FN }

// Precision is TP/(TP+FP); 1 when nothing was extracted (nothing extracted wrongly).
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN); 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), the harmonic mean of precision and recall; 1 when
// the set is empty on both sides, 0 when anything is on either side and nothing matched.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
	Counts
}

func prfOf(c Counts) PRF {
	return PRF{Precision: c.Precision(), Recall: c.Recall(), F1: c.F1(), Support: c.Support(), Counts: c}
}

// Macro is precision, recall and F1 averaged over documents; a document that
// has nothing on either side for the group is left out (Docs counts those in).
type Macro struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Docs      int     `json:"docs"`
}

func (m *Macro) add(c Counts) {
	if c.Empty() {
		return
	}
	m.Precision += c.Precision()
	m.Recall += c.Recall()
	m.F1 += c.F1()
	m.Docs++
}

func (m Macro) mean() Macro {
	if m.Docs == 0 {
		return m
	}
	n := float64(m.Docs)
	return Macro{Precision: m.Precision / n, Recall: m.Recall / n, F1: m.F1 / n, Docs: m.Docs}
}

// Accuracy of one field over the pairs where truth or extraction gives it
// (a field both leave out is not counted: there was nothing to get right).
type Accuracy struct {
	Correct int `json:"correct"`
	Total   int `json:"total"`
}

// Value is Correct/Total, 1 with nothing counted.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

func (a *Accuracy) add(o Accuracy) { a.Correct += o.Correct; a.Total += o.Total }

// Mean is a mean similarity (bigram Dice of soft forms) over matched pairs.
type Mean struct {
	Sum float64 `json:"sum"`
	N   int     `json:"n"`
}

// Value is Sum/N, 1 with nothing counted.
func (m Mean) Value() float64 {
	if m.N == 0 {
		return 1
	}
	return m.Sum / float64(m.N)
}

// Figures are everything counted over one document or a set of documents.
type Figures struct {
	// Groups: group → mode → counts (groups: missions, projects, indicators, sdgs).
	Groups map[string]map[string]Counts
	// Fields: field → accuracy; Similarity: field → mean Dice.
	Fields     map[string]Accuracy
	Similarity map[string]Mean
}

func newFigures() Figures {
	return Figures{Groups: map[string]map[string]Counts{}, Fields: map[string]Accuracy{}, Similarity: map[string]Mean{}}
}

func (f *Figures) count(group string, mode Mode, c Counts) {
	m := f.Groups[group]
	if m == nil {
		m = map[string]Counts{}
		f.Groups[group] = m
	}
	sum := m[mode.String()]
	sum.Add(c)
	m[mode.String()] = sum
}

func (f *Figures) field(name string, correct bool) {
	a := f.Fields[name]
	a.Total++
	if correct {
		a.Correct++
	}
	f.Fields[name] = a
}

func (f *Figures) similar(name string, s float64) {
	m := f.Similarity[name]
	m.Sum += s
	m.N++
	f.Similarity[name] = m
}

// add adds every figure of o to f.
func (f *Figures) add(o Figures) {
	for g, modes := range o.Groups {
		for mode, c := range modes {
			m := f.Groups[g]
			if m == nil {
				m = map[string]Counts{}
				f.Groups[g] = m
			}
			sum := m[mode]
			sum.Add(c)
			m[mode] = sum
		}
	}
	for k, a := range o.Fields {
		sum := f.Fields[k]
		sum.add(a)
		f.Fields[k] = sum
	}
	for k, m := range o.Similarity {
		sum := f.Similarity[k]
		sum.Sum += m.Sum
		sum.N += m.N
		f.Similarity[k] = sum
	}
}
