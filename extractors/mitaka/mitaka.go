// Package mitaka extracts 三鷹市's 広報 article 「各部の運営方針と目標」 (seed 002, devset d3):
// a newsletter page that introduces each department's main 個別事業 of the year.
//
// The family's shape: an introduction with the year (平成24年度, sometimes split
// over two lines), a legend "☞…行革推進事業(…)", then one block per department —
// its name alone on a line (企画部, 子ども政策部) followed by bullet sentences (-, ●,
// or unmarked sentences in a PDF column). Each bullet is one project whose title
// is the whole sentence and whose organization is the department; ☞ before a
// bullet tags it with the legend's name; ※ lines are footnotes, not projects.
// The record covers many departments, so publisher.organization is "".
package mitaka

import (
	"context"
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
	"jplan/internal/ja/lgcode"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Name is the extractor's registered name.
const Name = "mitaka"

// The city whose 広報 this family is.
const (
	familyPrefecture = "東京都"
	familyCity       = "三鷹市"
)

// Version is bumped whenever the output changes.
const Version = "1"

func init() {
	extract.Register(extract.Spec{
		Name:        Name,
		Version:     Version,
		Description: "三鷹市 広報 「各部の運営方針と目標」: per-department bullets → projects, ☞ → 行革推進事業, ※ footnotes dropped (text, HTML, PDF)",
		Match:       Match,
		Extract:     Extract,
	})
}

// Extract turns a 各部の運営方針と目標 article into a newsletter_digest record.
func Extract(ctx context.Context, doc *layout.Document, env *extract.Env) (*plan.Record, error) {
	b := extract.NewBuilder()
	rec := b.Rec
	lines := cleanLines(doc)
	publisher(doc, b)
	rec.Publisher.Organization = plan.Str("")
	rec.Kind = "newsletter_digest"
	head := headArea(lines)
	at := titleAt(head)
	if at >= 0 {
		rec.Title = strings.TrimLeft(head[at], "■◆□◇● ")
	}
	if fy, ok := era.FindFiscalYear(strings.Join(yearWindow(head, at), "")); ok {
		rec.FiscalYear = fy.Year
		rec.FiscalYearLabel = fy.Label
	} else {
		b.Warn("mitaka: %s: no 年度 in the heading area", doc.Name)
	}
	rec.Dates = kit.Dates(doc)

	sc := newScanner(legendTag(lines))
	for _, l := range lines {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sc.line(l)
	}
	items := sc.finish()
	for i, it := range items {
		if i == len(items)-1 && !sentenceEnd(it.text) {
			b.Warn("mitaka: %s: last item of %s is cut off (%q): not kept", doc.Name, it.org, it.text)
			continue
		}
		p := plan.Project{Title: it.text, Organization: it.org}
		if it.tagged {
			p.Tags = []string{sc.tag}
		}
		b.AddProject(p)
	}
	if len(rec.Projects) == 0 {
		b.Warn("mitaka: %s: no department bullets found", doc.Name)
	}
	return b.Finish(), nil
}

// headArea returns the lines before the first department: the title, the year
// and the introduction.
func headArea(lines []kit.Line) []string {
	var out []string
	for _, l := range lines {
		if isDepartment(l) {
			break
		}
		out = append(out, l.Text)
	}
	return out
}

// titleAt is the index of the first short line of the heading area naming
// the 運営方針と目標, -1 if there is none.
func titleAt(head []string) int {
	for i, s := range head {
		if strings.Contains(s, titleWord) && !strings.HasSuffix(s, "。") && kit.Runes(s) <= 60 {
			return i
		}
	}
	return -1
}

// yearWindow is where the article writes its year: the title line and the
// few lines around it (a 平成\n24年度 badge beside the title), not a web page's
// navigation; the whole heading area when there is no title.
func yearWindow(head []string, at int) []string {
	const around = 3
	if at < 0 {
		return head
	}
	return head[max(0, at-around):min(len(head), at+around+1)]
}

// publisher fills the municipality: the one the URL or text names, else
// 三鷹市 itself, whose 広報 this family is (a PDF of the article may name no
// city, and the only place it names can be a partner such as 東京都).
func publisher(doc *layout.Document, b *extract.Builder) {
	place, ok := kit.FindPlace(doc)
	if !ok || place.Code == "" || isPrefecture(place.Code) && place.From == "text" {
		body, found := lgcode.Lookup(familyPrefecture, familyCity)
		if !found {
			return
		}
		place = kit.PlaceOf(body, "family")
		b.Warn("mitaka: %s: no city named in the text; publisher is the family's own (%s)", doc.Name, familyCity)
	}
	place.Fill(&b.Rec.Publisher)
}

func isPrefecture(code string) bool {
	b, ok := lgcode.ByCode(code)
	return ok && b.Kind == lgcode.Prefecture
}
