package validate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// This file writes the report as JSON with stable, sorted keys: the report is
// built as typed views, then passed through a generic map so every object's
// keys come out sorted whatever the Go field order.

type jsonReport struct {
	Headline     jsonMode               `json:"headline"`
	Summary      jsonSummary            `json:"summary"`
	ByExtractor  map[string]jsonSummary `json:"by_extractor"`
	Documents    []jsonDocument         `json:"documents"`
	ExtraRecords []string               `json:"extra_records"`
}

type jsonMode struct {
	Mode           string  `json:"mode"`
	FuzzyThreshold float64 `json:"fuzzy_threshold"`
}

type jsonSummary struct {
	Documents  int                                   `json:"documents"`
	Missing    int                                   `json:"missing_records"`
	Groups     map[string]map[string]jsonGroupFigure `json:"groups"`
	Fields     map[string]jsonAccuracy               `json:"fields"`
	Similarity map[string]jsonMean                   `json:"similarity"`
}

type jsonGroupFigure struct {
	Micro PRF   `json:"micro"`
	Macro Macro `json:"macro"`
}

type jsonAccuracy struct {
	Accuracy
	Value float64 `json:"accuracy"`
}

type jsonMean struct {
	Mean  float64 `json:"mean"`
	Count int     `json:"n"`
}

type jsonDocument struct {
	ID         string                    `json:"id"`
	TruthFile  string                    `json:"truth_file"`
	Extractor  string                    `json:"extractor"`
	Missing    bool                      `json:"missing"`
	Error      string                    `json:"error,omitempty"`
	Groups     map[string]map[string]PRF `json:"groups"`
	Fields     map[string]jsonAccuracy   `json:"fields"`
	Similarity map[string]jsonMean       `json:"similarity"`
	Diffs      []Diff                    `json:"diffs"`
}

// WriteJSON writes the report as one indented JSON object with sorted keys.
func (r *Report) WriteJSON(w io.Writer) error {
	v := jsonReport{
		Headline:     jsonMode{Mode: ModeFuzzy.String(), FuzzyThreshold: FuzzyThreshold},
		Summary:      summaryView(r.Total),
		ByExtractor:  map[string]jsonSummary{},
		Documents:    make([]jsonDocument, 0, len(r.Documents)),
		ExtraRecords: append([]string{}, r.ExtraRecords...),
	}
	for name, s := range r.ByExtractor {
		v.ByExtractor[name] = summaryView(s)
	}
	for _, d := range r.Documents {
		v.Documents = append(v.Documents, documentView(d))
	}
	typed, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("validate: json report: %w", err)
	}
	var generic any
	dec := json.NewDecoder(bytes.NewReader(typed))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		return fmt.Errorf("validate: json report: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(generic); err != nil {
		return fmt.Errorf("validate: json report: %w", err)
	}
	return nil
}

func summaryView(s Summary) jsonSummary {
	v := jsonSummary{
		Documents: s.Documents, Missing: s.Missing,
		Groups:     map[string]map[string]jsonGroupFigure{},
		Fields:     accuracyViews(s.Figures.Fields),
		Similarity: meanViews(s.Figures.Similarity),
	}
	for g, modes := range s.Figures.Groups {
		v.Groups[g] = map[string]jsonGroupFigure{}
		for mode, c := range modes {
			v.Groups[g][mode] = jsonGroupFigure{Micro: prfOf(c), Macro: s.Macro[g][mode]}
		}
	}
	return v
}

func documentView(d Document) jsonDocument {
	v := jsonDocument{
		ID: d.ID, TruthFile: d.TruthFile, Extractor: d.Extractor, Missing: d.Missing, Error: d.Err,
		Groups:     map[string]map[string]PRF{},
		Fields:     accuracyViews(d.Figures.Fields),
		Similarity: meanViews(d.Figures.Similarity),
		Diffs:      append([]Diff{}, d.Diffs...),
	}
	for g, modes := range d.Figures.Groups {
		v.Groups[g] = map[string]PRF{}
		for mode, c := range modes {
			v.Groups[g][mode] = prfOf(c)
		}
	}
	return v
}

func accuracyViews(fields map[string]Accuracy) map[string]jsonAccuracy {
	out := make(map[string]jsonAccuracy, len(fields))
	for k, a := range fields {
		out[k] = jsonAccuracy{Accuracy: a, Value: a.Value()}
	}
	return out
}

func meanViews(sims map[string]Mean) map[string]jsonMean {
	out := make(map[string]jsonMean, len(sims))
	for k, m := range sims {
		out[k] = jsonMean{Mean: m.Value(), Count: m.N}
	}
	return out
}
