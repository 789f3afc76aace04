// Package generic is the fallback extractor: it reads the goal documents of
// any municipality nobody has written an extractor for, from the layout alone.
//
// It walks the document's lines (table cells included) once, keeping the
// current section — announced by a heading's vocabulary (使命/目標/方針/方向性/
// 柱/課題 → missions; 事業/取組/施策/プロジェクト → projects; 指標, 将来像,
// 取組結果, 今後の方向性) or by a lead sentence ("次の4つの取り組みを実施します")
// — and turns what follows into items: headings with their body text,
// numbered lines (1-①, (1), ①, 第N, 1.) and bullets (・ ● -), with SDG tags,
// indicators in prose and tables, results and outlooks attached to the item
// they follow. Repeats are annotated once. Document-level fields come from
// internal/extract/kit.
//
// Before the walk, PDF lines wrapped at a column's width (or printed as one
// block per line with a hanging indent) are re-joined, and a page flattened
// into one long line is cut again before its inline item markers and table
// headers. A document where the walk finds nothing is walked a second time
// reading unheaded lists as goals, with a warning.
package generic

import (
	"context"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Version is bumped whenever the output changes.
const Version = "0.5.0"

// confidence is below extract.Possible: generic is chosen only as the fallback.
const confidence = 0.1

func init() {
	extract.Register(extract.Spec{
		Name:        extract.GenericName,
		Version:     Version,
		Description: "any municipality's goal document: headings, numbered and bulleted items, SDG tags, indicators in prose and tables",
		Match:       Match,
		Extract:     Extract,
	})
}

// Match returns a constant low confidence: every document can be read
// generically, none is read best that way.
func Match(doc *layout.Document) float64 { return confidence }

// Extract turns doc into a plan/v1 record.
func Extract(ctx context.Context, doc *layout.Document, env *extract.Env) (*plan.Record, error) {
	if doc == nil {
		return nil, errNoDocument
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b := extract.NewBuilder()
	meta := readMeta(doc, b)
	headings := headingMemo{}
	w := newWalker(doc, meta, headings)
	w.walk()
	if len(w.items) == 0 && len(w.inds) == 0 {
		second := newWalker(doc, meta, headings)
		second.permissive = true
		second.walk()
		if len(second.items) > 0 {
			b.Warn("generic: %s: no section headings; unheaded lists read as goals", doc.Name)
			w = second
		}
	}
	w.emit(b)
	return b.Finish(), nil
}
