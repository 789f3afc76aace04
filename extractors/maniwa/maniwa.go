// Package maniwa extracts 真庭市's 部局経営目標 (department management goals) in
// both forms the city publishes them:
//
//   - the CMS page (令和5年度 部局経営目標【総合政策部】): a section
//     "(1)部局の役割・使命(ミッション)" of headed missions, each with an SDG tag
//     (【No.17:パートナーシップで目標を達成しよう】) and a description;
//   - the form (a table, from Excel or PDF): a header (年度, 作成日, 部局名,
//     部局長名), "(1) 部局の方向性" with ・ directions, and "(2) 事業成果目標" rows
//     of ● 重点事業 and numbered projects (1-①) beside their indicators
//     ("指標:①A ②B 目標値:①115組②30人 (令和7年度実績値 ①121組 ②34人)").
//
// Both come as HTML, text and PDF; the extractor reads layout blocks, so a
// page of any department (any number of missions, projects and indicators)
// comes out the same way.
package maniwa

import (
	"context"
	"regexp"
	"strings"

	"jplan/internal/extract"
	"jplan/internal/extract/kit"
	"jplan/internal/ja/era"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// Name and Version of the extractor; Version is bumped whenever output changes.
const (
	Name    = "maniwa"
	Version = "1"
)

func init() {
	extract.Register(extract.Spec{
		Name:        Name,
		Version:     Version,
		Description: "真庭市 部局経営目標: the CMS page (missions with SDG tags) and the form (header, 方向性, 重点事業, numbered projects, indicators)",
		Match:       Match,
		Extract:     Extract,
	})
}

// homeCity is the municipality whose format this is; used when neither the
// URL nor the text names one (the form names only its department).
const homeCity = "真庭市"

// Extract turns a 部局経営目標 page or form into a record.
func Extract(ctx context.Context, doc *layout.Document, env *extract.Env) (*plan.Record, error) {
	b := extract.NewBuilder()
	rec := b.Rec
	rec.Kind = plan.KindDepartmentGoals
	rec.Title = title(doc)
	fillPublisher(doc, rec)
	fillYear(doc, rec)
	rec.Dates = kit.Dates(doc)

	s := scan(doc)
	pdf := doc.Format == plan.FormatPDF
	addMissions(b, s.missions, pdf)
	addProjects(b, doc.Name, s.projects, s.keyTag, pdf)
	if len(rec.Missions) == 0 && len(rec.Projects) == 0 {
		b.Warn("maniwa: %s: no (1) missions or (2) projects section found", doc.Name)
	}
	return b.Finish(), ctx.Err()
}

// title is the line naming the 部局経営目標 with its year, else kit.Title.
func title(doc *layout.Document) string {
	i := 0
	for ln := range kit.EachLine(doc) {
		if i++; i > 15 {
			break
		}
		l := ln.Text
		if strings.Contains(l, "経営目標") && !strings.Contains(l, ">") && kit.Runes(l) <= 60 {
			if _, ok := era.FindFiscalYear(l); ok {
				return l
			}
		}
	}
	return kit.Title(doc)
}

// bracketOrg is the department in a title's 【総合政策部】.
var bracketOrg = regexp.MustCompile(`【\s*([^【】]{1,20}?(?:部|局|室|課|センター|委員会))\s*】`)

// bracketed is the department in the title's brackets, without the spaces a
// title may put inside them (【 総合政策部 】).
func bracketed(title string) string {
	if m := bracketOrg.FindStringSubmatch(title); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

func fillPublisher(doc *layout.Document, rec *plan.Record) {
	place, _ := kit.HomePlace(doc, homeCity)
	place.Fill(&rec.Publisher)
	fields := kit.Fields(doc)
	if v := field(fields, "部局名", "部署名", "部名", "局名"); v != "" {
		rec.Publisher.Organization = plan.Str(v)
	} else if org := bracketed(rec.Title); org != "" {
		rec.Publisher.Organization = plan.Str(org)
	} else if org := kit.OrganizationIn(rec.Title); org != "" {
		rec.Publisher.Organization = plan.Str(org)
	}
	rec.Publisher.Head = field(fields, "部局長名", "部長名", "局長名", "部局長")
}

// field is the value of the first header field with one of labels.
func field(fields []kit.Field, labels ...string) string {
	for _, f := range fields {
		l := strings.ReplaceAll(f.Label, " ", "")
		for _, want := range labels {
			if l == want {
				return f.Value
			}
		}
	}
	return ""
}

// fillYear reads the 年度: the header's 年度 field, else the title, else the
// heading area.
func fillYear(doc *layout.Document, rec *plan.Record) {
	for _, s := range []string{field(kit.Fields(doc), "年度"), rec.Title} {
		if fy, ok := era.FindFiscalYear(s); ok {
			rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
			return
		}
	}
	if fy, ok := kit.FiscalYear(doc); ok {
		rec.FiscalYear, rec.FiscalYearLabel = fy.Year, fy.Label
	}
}
