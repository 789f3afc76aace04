package generic

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/tokens"
)

// section is what the items under a heading are.
type section int

const (
	secNone      section = iota
	secMission           // 使命, 目標, 方針, 方向性, 柱, 重点目標, 課題
	secProject           // 事業, 取組, 施策, 個別目標, プロジェクト
	secIndicator         // 指標
	secVision            // 将来像, 目指す姿, 目的・方向性
	secResult            // 取組結果, 成果, 評価
	secOutlook           // 今後の方向性
	secSkip              // 課題認識, 関連書類, 問い合わせ: not goals
)

// vocabulary maps heading words to sections. classify takes the word that
// comes last in the heading ("事業成果目標 (重点事業)" is about 事業), so the
// order here only breaks ties between words ending at the same place.
var vocabulary = []struct {
	sec   section
	words []string
}{
	{secOutlook, []string{"今後の方向性", "今後の方針", "今後の取組", "今後の取り組み", "今後の展開"}},
	{secResult, []string{"取組結果", "取組の結果", "取り組み結果", "成果と課題", "達成状況", "進捗状況", "評価結果", "自己評価", "評価", "成果"}},
	{secVision, []string{"将来像", "目指す姿", "めざす姿", "めざすのか", "目指すのか", "目的・方向性", "基本理念", "スローガン", "目指すまち"}},
	{secSkip, []string{"課題認識", "関連書類", "関連リンク", "問い合わせ", "お問合せ", "このページ", "添付ファイル", "PDF", "ダウンロード", "構成", "とは", "認識",
		"関連情報", "関連ページ", "よくある質問", "アンケート", "新着", "カテゴリ", "サイトマップ", "ページの先頭", "役に立ちましたか"}},
	{secIndicator, []string{"指標", "数値目標"}},
	{secProject, []string{"事業", "取組", "取り組み", "取組み", "施策", "個別目標", "プロジェクト", "アクション", "実施計画"}},
	{secMission, []string{"使命", "ミッション", "目標", "方針", "方向性", "柱", "課題", "役割", "テーマ", "考え方"}},
}

// verbTail marks 取り組み used as a verb (取り組みます, 取り組む), not a noun.
var verbTail = regexp.MustCompile(`^(ま|む|ん|め|も)`)

// themeHeadings are headings that are only a theme's label: the vision
// follows (a テーマ beside other words, 部局の方向性 (テーマ), names goals).
var themeHeadings = map[string]bool{"テーマ": true, "基本テーマ": true, "メインテーマ": true, "まちづくりのテーマ": true}

// classify returns the section a heading announces, by the last vocabulary
// word it contains; secNone when it has none.
func classify(heading string) section {
	if themeHeadings[strings.Trim(heading, "【】[]■◆●・ ")] {
		return secVision
	}
	best, bestEnd := secNone, -1
	for _, v := range vocabulary {
		for _, w := range v.words {
			for from := 0; ; {
				i := strings.Index(heading[from:], w)
				if i < 0 {
					break
				}
				end := from + i + len(w)
				from = end
				if v.sec == secProject && strings.HasPrefix(w, "取") && verbTail.MatchString(heading[end:]) {
					continue
				}
				if w == "目標" && strings.HasPrefix(heading[end:], "値") {
					continue
				}
				if end > bestEnd { // ties: the earlier, more specific entry wins
					best, bestEnd = v.sec, end
				}
			}
		}
	}
	if best == secIndicator && strings.Contains(heading, "指標:") {
		return secNone
	}
	return best
}

// isHeadingText reports whether s can be a section heading: short, not a
// sentence. Punctuation is the cheap test; the heading signal of the
// tokenizer (kagome + IPADIC: ends in a noun, not in a verb or an auxiliary)
// is the one that catches a sentence whose 。 is missing, as PDF lines and
// table cells often are: 研修体制を充実します is body text, not a heading.
func isHeadingText(s string) bool {
	n := kit.Runes(s)
	return n > 0 && n <= 40 && !strings.Contains(s, "。") && tokens.IsHeading(s)
}

// headingMemo remembers isHeadingText's answers for one document: the
// permissive second pass asks the tokenizer about the same lines again, and
// tokenizing is the dearest test. One memo per document, never a global one,
// so a long run holds no more than a document's lines.
type headingMemo map[string]bool

// isHeading is isHeadingText(s), asked of the tokenizer once per document.
func (m headingMemo) isHeading(s string) bool {
	h, ok := m[s]
	if !ok {
		h = isHeadingText(s)
		m[s] = h
	}
	return h
}

// counted is "次の4つの柱を": the noun a lead sentence counts.
var counted = regexp.MustCompile(`(?:次の|以下の)(?:[0-9一二三四五六七八九十]+つの)?([^をにがはで、。]{1,12})(?:を|に|が|は|で|、)`)

// leadSection reads a lead sentence that announces the list after it
// ("次の4つの取り組みを実施します", "次の4つの目標に重点的に取り組みます",
// "次の4つの柱を立て"): the section of the noun it counts.
func leadSection(s string) section {
	if !strings.Contains(s, "次の") && !strings.Contains(s, "以下の") {
		return secNone // counted's own words: most lines are spared its search
	}
	m := counted.FindStringSubmatch(s)
	if m == nil {
		return secNone
	}
	return classify(m[1])
}

// orgHeading matches a line that is only an organization's name (企画部, 健康福祉部).
var orgHeading = regexp.MustCompile(`^[一-龥ぁ-んァ-ヶー・]{1,12}(部|局|課|室|本部|委員会|事務局)$`)

// isOrgHeading is orgHeading.MatchString, the last character (one that can
// end the pattern's unit words) asked first: every line of a document is
// asked, and few end so.
func isOrgHeading(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("部局課室会", last) && orgHeading.MatchString(s)
}

// boilerplate marks page furniture that is never a goal.
var boilerplate = []string{
	"ページの先頭", "本文へ", "メニュー", "印刷ページ", "現在地", "Adobe", "外部リンク", "PDF形式",
	"市ホームページ", "ホームページをご", "ホームページに掲載", "閲覧でき", "ご覧ください", "ご覧いただ", "お問い合わせ", "お寄せください", "掲載する予定",
	"このページ", "ページ番号", "記事番号", "内線", "TEL", "☎", "バックナンバー",
}

func isBoilerplate(s string) bool {
	for _, w := range boilerplate {
		if strings.Contains(s, w) {
			return true
		}
	}
	return s == "本文" || s == "など" || s == "目次"
}

// codeTitle splits a label-and-number code off a heading: "重点プロジェクト① ささえる"
// → ("重点プロジェクト①", "ささえる"), "経営課題1 健康で…" → ("経営課題1", "健康で…").
var codeTitle = regexp.MustCompile(`^((?:重点)?(?:プロジェクト|事業|施策|政策|基本目標|重点目標|目標|経営課題|課題|柱|分野)\s?(?:[①-⑳]|\d{1,2}(?:-\d{1,2}){0,2}))(?:\s+|[::]\s*|$)(.*)$`)
