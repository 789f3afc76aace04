package kit

import (
	"regexp"
	"strings"

	"jplan/internal/ja/era"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// titleWords are the words a goal document's title carries.
var titleWords = []string{"目標", "方針", "計画", "プロジェクト", "マニフェスト", "宣言", "指標", "戦略", "ビジョン"}

// siteSuffix is the " - 真庭市公式ホームページ" part of an HTML <title>.
var siteSuffix = regexp.MustCompile(`\s*[-|｜:]\s*[^-|｜:]*(ホームページ|サイト|Web|WEB|web)[^-|｜:]*$`)

// Title returns the document's own title: the first short line of the
// heading area that names a year and a goal word (令和5年度 部局経営目標), else the
// first short line with a goal word (a heading block before other lines
// when a year is named); else doc.Title without its site name. Sentences and phrases
// (with 。 or 、) and footnotes are never titles.
func Title(doc *layout.Document) string {
	if doc == nil {
		return ""
	}
	cands := headLines(doc, headSize)
	passes := []struct{ year, heading bool }{{true, true}, {true, false}, {false, false}}
	for _, p := range passes {
		for _, c := range cands {
			if (!p.heading || c.Kind == layout.Heading) && isTitleLine(c.Text, p.year) {
				return c.Text
			}
		}
	}
	return siteSuffix.ReplaceAllString(Clean(doc.Title), "")
}

func isTitleLine(s string, needYear bool) bool {
	if Runes(s) > 60 || strings.ContainsAny(s, "。、") || strings.HasPrefix(s, "※") {
		return false
	}
	if _, m := SplitMarker(s); m != s {
		return false // a numbered item, not a title
	}
	if needYear {
		if _, ok := era.FindFiscalYear(s); !ok {
			return false
		}
	}
	return containsAny(s, titleWords)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// kindWords map title vocabulary to plan/v1 kinds, most specific first
// (ANNOTATION.md's kind rules).
var kindWords = []struct {
	kind  string
	words []string
}{
	{plan.KindOrganizationGoals, []string{"組織目標", "区運営方針", "区の運営方針", "工程表", "課運営方針", "課の目標"}},
	{plan.KindDepartmentGoals, []string{"経営目標", "マニフェスト", "運営方針", "実行宣言", "重点課題", "経営方針", "部の目標", "局の目標"}},
	{plan.KindComprehensivePlan, []string{"総合計画", "重点プロジェクト", "成果指標", "基本計画", "総合戦略", "実施計画", "まちづくり計画", "指標"}},
}

// newsletterWords mark a 広報 article in the heading area (or anywhere, for 今号).
var newsletterWords = []string{"今号", "広報誌", "広報紙", "を紹介します"}

// issueLine is a 広報 issue line: 広報みたか2011年7月3日3面, 広報そうじゃ 令和5年4月号.
var issueLine = regexp.MustCompile(`広報\S{0,8}?\s?(\d{4}年|令和|平成|R\d|H\d|\d+月号|第\d+号)`)

// Kind classifies doc by its vocabulary: a 広報 article summarising goals is
// newsletter_digest; 組織目標, 区運営方針 and 工程表 are organization_goals;
// 部局経営目標, マニフェスト and 運営方針 department_goals; 総合計画, 重点プロジェクト
// and indicator tables comprehensive_plan; anything else other. The title is
// read first, then the heading area.
func Kind(doc *layout.Document, title string) string {
	head := strings.Join(HeadLines(doc, headSize), "\n")
	if isNewsletter(doc, head) {
		return plan.KindNewsletterDigest
	}
	for _, text := range []string{title, head} {
		for _, kw := range kindWords {
			if containsAny(text, kw.words) {
				return kw.kind
			}
		}
	}
	return plan.KindOther
}

func isNewsletter(doc *layout.Document, head string) bool {
	if doc != nil && (strings.Contains(doc.URL, "koho") || strings.Contains(doc.URL, "kouhou")) {
		return true
	}
	if containsAny(head, newsletterWords) || issueLine.MatchString(head) {
		return true
	}
	for _, l := range allLines(doc) {
		if strings.Contains(l.Text, "今号") {
			return true
		}
	}
	return false
}
