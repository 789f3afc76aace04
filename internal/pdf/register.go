package pdf

import (
	"context"
	"sync"

	"jplan/internal/layout"
	"jplan/internal/plan"
)

func init() { layout.Register(plan.FormatPDF, parseLayout) }

var defaults struct {
	sync.RWMutex
	opt Options
}

// SetDefaults sets the Options the registered "pdf" layout parser uses for every
// document; call it at startup, before the first document. Until it is called
// the zero Options apply: 30 s, 1 GiB, pdftotext from PATH. jplan calls it
// from its --pdf-timeout, --pdf-memory-mib and --pdftotext flags.
func SetDefaults(opt Options) {
	defaults.Lock()
	defaults.opt = opt
	defaults.Unlock()
}

// Defaults returns the Options the registered "pdf" layout parser uses.
func Defaults() Options {
	defaults.RLock()
	defer defaults.RUnlock()
	return defaults.opt
}

// parseLayout is the layout.ParseFunc for PDF: Parse with the default Options.
func parseLayout(ctx context.Context, data []byte, opt layout.Options) (*layout.Document, error) {
	doc, err := Parse(ctx, data, opt.Name, Defaults())
	if err != nil {
		return nil, err
	}
	if opt.URL != "" {
		doc.URL = opt.URL
	}
	return doc, nil
}
