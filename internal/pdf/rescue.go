package pdf

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"jplan/internal/layout"
)

// rescuePages re-extracts the flagged pages (page → reason) with pdftotext,
// replaces their blocks in doc when pdftotext's text is better, and returns
// the label of the engine that produced each flagged page, for the warning.
func rescuePages(ctx context.Context, data []byte, name string, opt Options, doc *layout.Document, flagged map[int]string) map[int]string {
	pages := make([]int, 0, len(flagged))
	for p := range flagged {
		pages = append(pages, p)
	}
	slices.Sort(pages)
	labels := make(map[int]string, len(pages))

	engine, err := newFallback(opt)
	var texts map[int]string
	if err == nil {
		texts, err = engine.pages(ctx, data, name, pages)
	}
	current := pageTexts(doc)
	kept := func(p int) string { // the label of a page left as the text layer made it
		if countText(current[p]).total == 0 {
			return engineNone
		}
		return engineText
	}
	if err != nil {
		note := "fallback failed: " + strings.TrimPrefix(err.Error(), "pdf: "+name+": ")
		if errors.Is(err, errNoPdftotext) || errors.Is(err, errPdftotextDisabled) {
			note = "fallback unavailable: " + err.Error()
		}
		for _, p := range pages {
			labels[p] = fmt.Sprintf("%s (%s; %s)", kept(p), flagged[p], note)
		}
		return labels
	}

	replace := map[int][]layout.Block{}
	for _, p := range pages {
		text := texts[p]
		switch {
		case countText(text).total == 0:
			labels[p] = fmt.Sprintf("%s (%s; pdftotext found no text)", kept(p), flagged[p])
		case kept(p) == engineText && JudgePage(text, 0, true).Garbage:
			labels[p] = fmt.Sprintf("%s (%s; pdftotext no better)", engineText, flagged[p])
		default:
			replace[p] = textBlocks(text, p)
			labels[p] = fmt.Sprintf("%s (reason: %s)", enginePdftotext, flagged[p])
		}
	}
	doc.Blocks = replacePages(doc.Blocks, replace)
	return labels
}

// replacePages swaps the blocks of each page in replace for its new blocks,
// keeping page order: a replaced page's blocks go where its old blocks were, or
// before the first block of a later page when it had none.
func replacePages(blocks []layout.Block, replace map[int][]layout.Block) []layout.Block {
	if len(replace) == 0 {
		return blocks
	}
	pending := make([]int, 0, len(replace))
	for p := range replace {
		pending = append(pending, p)
	}
	slices.Sort(pending)
	out := make([]layout.Block, 0, len(blocks))
	emitThrough := func(page int) {
		for len(pending) > 0 && pending[0] <= page {
			out = append(out, replace[pending[0]]...)
			pending = pending[1:]
		}
	}
	for _, b := range blocks {
		emitThrough(b.Pos.Page)
		if _, ok := replace[b.Pos.Page]; ok {
			continue
		}
		out = append(out, b)
	}
	emitThrough(int(^uint(0) >> 1))
	return out
}

// describeSources writes the engine warning: consecutive pages with the same
// label are grouped, e.g. "pages 1-3: text layer; page 4: pdftotext (reason: 12% U+FFFD or control characters)".
func describeSources(labels map[int]string, pages int) string {
	for p := range labels {
		pages = max(pages, p)
	}
	var parts []string
	start := 1
	for p := 1; p <= pages; p++ {
		label := labelOf(labels, p)
		if p < pages && labelOf(labels, p+1) == label {
			continue
		}
		parts = append(parts, pageSpan(start, p)+": "+label)
		start = p + 1
	}
	return strings.Join(parts, "; ")
}

func labelOf(labels map[int]string, p int) string {
	if l, ok := labels[p]; ok {
		return l
	}
	return engineText
}

func pageSpan(first, last int) string {
	if first == last {
		return fmt.Sprintf("page %d", first)
	}
	return fmt.Sprintf("pages %d-%d", first, last)
}
