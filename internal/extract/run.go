package extract

import (
	"context"
	"errors"
	"fmt"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

// RunOptions choose how Run picks the extractor.
type RunOptions struct {
	// Extractor forces an extractor by name; empty selects by confidence.
	Extractor string
}

// Run selects an extractor for doc (or uses the forced one), extracts, and stamps
// source.extractor and source.extractor_version on the record. The selection's
// confidence, and any tie that was broken by falling back, go into warnings.
func Run(ctx context.Context, doc *layout.Document, env *Env, opt RunOptions) (*plan.Record, error) {
	spec, note, err := choose(doc, opt)
	if err != nil {
		return nil, err
	}
	rec, err := spec.Extract(ctx, doc, env)
	if err != nil {
		return nil, fmt.Errorf("extract: %s: extractor %s: %w", doc.Name, spec.Name, err)
	}
	if rec == nil {
		return nil, fmt.Errorf("extract: %s: extractor %s returned no record", doc.Name, spec.Name)
	}
	rec.Schema = plan.SchemaID
	rec.Source.Extractor = spec.Name
	rec.Source.ExtractorVersion = spec.Version
	if note != "" {
		rec.Warnings = append([]string{note}, rec.Warnings...)
	}
	return rec, nil
}

func choose(doc *layout.Document, opt RunOptions) (Spec, string, error) {
	if opt.Extractor != "" {
		s, ok := Lookup(opt.Extractor)
		if !ok {
			return Spec{}, "", fmt.Errorf("extract: no extractor named %q (have %v)", opt.Extractor, Names())
		}
		return s, fmt.Sprintf("extractor %s chosen by the caller (confidence %.2f)", s.Name, clamp(s.Match(doc))), nil
	}
	sel, err := Select(doc)
	var tie *TieError
	if errors.As(err, &tie) {
		g, ok := Lookup(GenericName)
		if !ok {
			return Spec{}, "", err
		}
		return g, tie.Error() + "; fell back to " + GenericName, nil
	}
	if err != nil {
		return Spec{}, "", err
	}
	return sel.Spec, fmt.Sprintf("extractor %s selected with confidence %.2f", sel.Spec.Name, sel.Confidence), nil
}
