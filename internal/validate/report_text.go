package validate

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// This file writes the report as terminal tables.

// TextOptions control WriteText.
type TextOptions struct {
	Diffs    bool // list every document's diffs
	MaxValue int  // truncate values in diffs to this many characters (0: 60)
}

// WriteText writes the headline table (fuzzy micro figures with macro F1 and
// the strict and soft F1 beside), field accuracies, description similarity,
// one line per extractor and per document, and optionally the diffs.
func (r *Report) WriteText(w io.Writer, opt TextOptions) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "jplan validate: %d documents, %d missing records, %d extracted records without truth\n",
		r.Total.Documents, r.Total.Missing, len(r.ExtraRecords))
	fmt.Fprintf(ew, "headline mode: fuzzy (character-bigram Dice ≥ %.1f on soft text)\n\n", FuzzyThreshold)
	r.writeGroups(ew)
	r.writeFields(ew)
	r.writeExtractors(ew)
	r.writeDocuments(ew)
	if opt.Diffs {
		r.writeDiffs(ew, opt.MaxValue)
	}
	return ew.err
}

func (r *Report) writeGroups(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "group\tsupport\ttp\tfp\tfn\tP\tR\tF1\tmacro F1\tstrict F1\tsoft F1\t")
	for _, g := range Groups {
		c := r.Total.Figures.Groups[g]
		p := prfOf(c[ModeFuzzy.String()])
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", g, p.Support, p.TP, p.FP, p.FN,
			p.Precision, p.Recall, p.F1, r.Total.Macro[g][ModeFuzzy.String()].F1,
			c[ModeStrict.String()].F1(), c[ModeSoft.String()].F1())
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func (r *Report) writeFields(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "field\taccuracy\tcorrect/total")
	for _, k := range slices.Sorted(maps.Keys(r.Total.Figures.Fields)) {
		a := r.Total.Figures.Fields[k]
		fmt.Fprintf(tw, "%s\t%.3f\t%d/%d\n", k, a.Value(), a.Correct, a.Total)
	}
	fmt.Fprintln(tw, "\nsimilarity\tmean Dice\tpairs")
	for _, k := range slices.Sorted(maps.Keys(r.Total.Figures.Similarity)) {
		m := r.Total.Figures.Similarity[k]
		fmt.Fprintf(tw, "%s\t%.3f\t%d\n", k, m.Value(), m.N)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func (r *Report) writeExtractors(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "extractor\tdocs\t"+strings.Join(Groups, " F1\t")+" F1\tfield accuracy")
	for _, name := range slices.Sorted(maps.Keys(r.ByExtractor)) {
		s := r.ByExtractor[name]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", name, s.Documents, groupF1s(s.Figures), fieldAccuracy(s.Figures))
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func (r *Report) writeDocuments(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "document\textractor\t"+strings.Join(Groups, " F1\t")+" F1\tfield accuracy\tdiffs\t")
	for _, d := range r.Documents {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", d.ID, d.Extractor, groupF1s(d.Figures), fieldAccuracy(d.Figures), len(d.Diffs), d.Label)
	}
	tw.Flush()
}

func (r *Report) writeDiffs(w io.Writer, maxValue int) {
	if maxValue <= 0 {
		maxValue = 60
	}
	for _, d := range r.Documents {
		if len(d.Diffs) == 0 && d.Err == "" {
			continue
		}
		fmt.Fprintf(w, "\n== %s %s (%s)\n", d.ID, d.Label, d.TruthFile)
		if d.Err != "" {
			fmt.Fprintf(w, "  error: %s\n", d.Err)
		}
		for _, df := range d.Diffs {
			fmt.Fprintln(w, "  "+df.line(maxValue))
		}
	}
}

// line renders a diff on one line: "missing missions: 循環型経済の推進".
func (d Diff) line(max int) string {
	switch d.Kind {
	case "record":
		return "record missing: no extracted record with id " + d.Item
	case "missing", "extra":
		return fmt.Sprintf("%-7s %s: %s", d.Kind, d.Group, clip(d.Item, max))
	}
	where := d.Group
	if d.Item != "" {
		where += " " + clip(d.Item, 24)
	}
	t, p := clipDiff(d.Truth, d.Pred, max)
	return fmt.Sprintf("wrong   %s: %s: truth %s, got %s", where, d.Field, quote(t), quote(p))
}

// clipDiff shortens two texts to max runes each so that where they first
// differ stays in view: a long shared beginning is cut to its last few runes.
func clipDiff(a, b string, max int) (string, string) {
	ra, rb := []rune(a), []rune(b)
	common := 0
	for common < len(ra) && common < len(rb) && ra[common] == rb[common] {
		common++
	}
	const context = 12
	if common > max/2 {
		cut := common - context
		ra, rb = append([]rune("…"), ra[cut:]...), append([]rune("…"), rb[cut:]...)
	}
	return clip(string(ra), max), clip(string(rb), max)
}

func quote(s string) string {
	if s == "" {
		return "(none)"
	}
	return "«" + strings.ReplaceAll(s, "\n", "⏎") + "»"
}

// clip shortens s to max runes, marking the cut with "…".
func clip(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)
	return string(rs[:max-1]) + "…"
}

func groupF1s(f Figures) string {
	parts := make([]string, len(Groups))
	for i, g := range Groups {
		c := f.Groups[g][ModeFuzzy.String()]
		if c.Empty() {
			parts[i] = "-"
			continue
		}
		parts[i] = fmt.Sprintf("%.3f", c.F1())
	}
	return strings.Join(parts, "\t")
}

// fieldAccuracy is the accuracy over every exact-match field pooled.
func fieldAccuracy(f Figures) string {
	var sum Accuracy
	for _, a := range f.Fields {
		sum.add(a)
	}
	if sum.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", sum.Value(), sum.Correct, sum.Total)
}

// errWriter keeps the first write error so the report code can print freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, nil
}
