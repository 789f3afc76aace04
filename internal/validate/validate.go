// Package validate measures extraction quality: it compares extracted plan/v1
// records with hand-made truth records and reports per-field precision,
// recall, F1 and accuracy, the way GROBID's end-to-end evaluation does,
// adapted to Japanese text.
//
// Records are paired by id. Items inside a record are matched by content,
// never by their M1/P1/I1 ids: missions and projects by title, indicators by
// name, one-to-one, best pair first (see Match), under three modes — strict,
// soft and fuzzy (see Strict, Soft, Dice). Fuzzy is the headline mode and the
// one whose pairs are used to compare the fields of matched items.
//
// The report (Report) has figures per document, per extractor
// (source.extractor of the extracted record) and over the whole set (micro:
// counts summed; macro: per-document figures averaged), and the diffs an
// engineer acts on. It prints as a terminal table (WriteText), stable JSON
// (WriteJSON) or a self-contained HTML page (WriteHTML); Gates turn it into
// a pass/fail for CI.
package validate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"jplan/internal/plan"
)

// Options control a validation run.
type Options struct {
	// Extract produces the extracted record for a truth record when no
	// predictions are given; the caller finds the truth record's input (e.g.
	// through corpus/corpus.tsv by id). An error makes that document count as
	// missing, with the error in the report; it does not stop the run.
	Extract func(ctx context.Context, truth *plan.Record) (*plan.Record, error)
}

// ErrNoPredictions is returned by Run when there are neither predictions nor
// an Extract function.
var ErrNoPredictions = errors.New("validate: no predictions and no extract function")

// Document is the comparison of one truth record with its extracted record.
type Document struct {
	ID        string
	Label     string // who and what, from the truth record: 真庭市 令和7年度 部局経営目標…
	TruthFile string
	Extractor string // source.extractor of the extracted record; see ExtractorMissing
	Missing   bool   // no extracted record with this id
	Err       string // why Extract gave no record, when it failed
	Figures   Figures
	Diffs     []Diff
}

// Names used in place of an extractor's name.
const (
	ExtractorMissing = "(no record)"
	ExtractorUnnamed = "(unnamed)"
)

// Summary adds up the figures of several documents.
type Summary struct {
	Documents int
	Missing   int
	Figures   Figures                     // micro: counts summed over documents
	Macro     map[string]map[string]Macro // group → mode → per-document mean
}

// Report is the result of a validation run.
type Report struct {
	Documents    []Document         // sorted by id
	Total        Summary            // over every document
	ByExtractor  map[string]Summary // keyed by Document.Extractor
	ExtraRecords []string           // ids of extracted records no truth record has, sorted
}

// Run compares predictions with truth records, or, when predictions is nil,
// calls opts.Extract for every truth record. Records are paired by id; two
// predictions with one id are an error.
func Run(ctx context.Context, truth []Truth, predictions []*plan.Record, opts Options) (*Report, error) {
	byID, err := indexPredictions(predictions)
	if err != nil {
		return nil, err
	}
	if predictions == nil && opts.Extract == nil {
		return nil, ErrNoPredictions
	}
	rep := &Report{ByExtractor: map[string]Summary{}}
	used := map[string]bool{}
	for _, t := range truth {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pred, extractErr := byID[t.Record.ID], ""
		if predictions == nil {
			pred, extractErr = extractOne(ctx, opts.Extract, t.Record)
		}
		used[t.Record.ID] = true
		rep.Documents = append(rep.Documents, compareDocument(t, pred, extractErr))
	}
	for id := range byID {
		if !used[id] {
			rep.ExtraRecords = append(rep.ExtraRecords, id)
		}
	}
	slices.Sort(rep.ExtraRecords)
	slices.SortFunc(rep.Documents, func(a, b Document) int { return cmp.Compare(a.ID, b.ID) })
	rep.summarise()
	return rep, nil
}

func indexPredictions(preds []*plan.Record) (map[string]*plan.Record, error) {
	byID := make(map[string]*plan.Record, len(preds))
	for i, p := range preds {
		if p == nil {
			return nil, fmt.Errorf("validate: prediction %d is nil", i+1)
		}
		if _, dup := byID[p.ID]; dup {
			return nil, fmt.Errorf("validate: predictions: id %q appears more than once (record %d)", p.ID, i+1)
		}
		byID[p.ID] = p
	}
	return byID, nil
}

func extractOne(ctx context.Context, extract func(context.Context, *plan.Record) (*plan.Record, error), t *plan.Record) (*plan.Record, string) {
	rec, err := extract(ctx, t)
	if err != nil {
		return nil, fmt.Sprintf("validate: extract %s: %v", t.ID, err)
	}
	return rec, ""
}

func compareDocument(t Truth, pred *plan.Record, extractErr string) Document {
	c := compareRecords(t.Record, pred)
	d := Document{ID: t.Record.ID, Label: labelOf(t.Record), TruthFile: t.File, Missing: pred == nil, Err: extractErr, Figures: c.fig, Diffs: c.diffs}
	switch {
	case pred == nil:
		d.Extractor = ExtractorMissing
	case pred.Source.Extractor == "":
		d.Extractor = ExtractorUnnamed
	default:
		d.Extractor = pred.Source.Extractor
	}
	return d
}

// labelOf names a document for a person: municipality, organization, title.
func labelOf(r *plan.Record) string {
	var parts []string
	for _, s := range []string{r.Publisher.Municipality, deref(r.Publisher.Organization), r.Title} {
		if s = Strict(s); s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return clip(strings.Join(parts, " "), 48)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (r *Report) summarise() {
	r.Total = summarise(r.Documents)
	byExt := map[string][]Document{}
	for _, d := range r.Documents {
		byExt[d.Extractor] = append(byExt[d.Extractor], d)
	}
	for name, docs := range byExt {
		r.ByExtractor[name] = summarise(docs)
	}
}

func summarise(docs []Document) Summary {
	s := Summary{Documents: len(docs), Figures: newFigures(), Macro: map[string]map[string]Macro{}}
	for _, d := range docs {
		if d.Missing {
			s.Missing++
		}
		s.Figures.add(d.Figures)
		for g, modes := range d.Figures.Groups {
			if s.Macro[g] == nil {
				s.Macro[g] = map[string]Macro{}
			}
			for mode, c := range modes {
				m := s.Macro[g][mode]
				m.add(c)
				s.Macro[g][mode] = m
			}
		}
	}
	for _, modes := range s.Macro {
		for mode, m := range modes {
			modes[mode] = m.mean()
		}
	}
	return s
}

// Headline returns the fuzzy-mode micro figures of group over the whole set.
func (r *Report) Headline(group string) PRF {
	return prfOf(r.Total.Figures.Groups[group][ModeFuzzy.String()])
}
