package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadingRunes bounds a heading's length: longer lines are body text.
const maxHeadingRunes = 60

// closers map a closing bracket to its opener. A trailing bracketed group
// (a tag 【No.17:…】 or a note (主に福祉、健康)) is set aside before the end of
// a heading is read.
var closers = map[rune]rune{'）': '（', ')': '(', '】': '【', ']': '[', '〕': '〔', '＞': '＜', '>': '<', '］': '［'}

// quoteClosers end a quotation: the quoted words count as the heading's end
// (まち「大正」 ends in 大正).
const quoteClosers = "」』\"”'’"

// headingVerbs are the verbs of heading phrases that end in て: 〜に向けて,
// 〜に関して, 〜に基づいて, 〜を目指して; by the form they take before て
// (向け for 向ける, つい for つく), so that the part-of-speech dictionary,
// which has no base forms, reads them too.
var headingVerbs = map[string]bool{"向け": true, "関し": true, "基づい": true, "目指し": true, "対し": true, "つい": true}

// IsHeading reports whether s reads as a heading rather than body text: no
// 。, at most 60 characters, not starting with a particle or 、 (the tail of a
// wrapped line), and ending in a noun (or noun + 」, or a trailing bracketed
// note, or 〜について / 〜に向けて, or a slogan's noun + を/へ) rather than in a
// verb, an auxiliary or another particle. It is one signal among the
// layout's: a label such as 更新日:2023年6月22日 also ends in a noun, and a
// wrapped line cut after a noun cannot be told from a heading by words alone.
func (t *Tokenizer) IsHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "。") || utf8.RuneCountInString(s) > maxHeadingRunes {
		return false
	}
	if hasAnyPrefix(s, continuations) {
		return false // the tail of a wrapped line
	}
	core := headingCore(s)
	if core == "" || hasAnySuffix(core, continuations) {
		return false // cut before its end
	}
	words := content(t.Words(core))
	if len(words) == 0 || words[0].Is("助詞") || words[0].Is("助動詞") || !hasWordNoun(words) {
		return false
	}
	return endsLikeHeading(words)
}

// continuations are the punctuation a line neither starts nor ends with when
// it is whole.
var continuations = []string{"、", "，", ","}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// headingCore removes trailing brackets, quotes and colons that do not decide
// how a heading ends.
func headingCore(s string) string {
	for range 8 {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		last, size := utf8.DecodeLastRuneInString(s)
		switch {
		case size == 0:
			return ""
		case strings.ContainsRune(quoteClosers, last) || last == ':' || last == '：':
			s = s[:len(s)-size]
		case closers[last] != 0:
			open := strings.LastIndex(s, string(closers[last]))
			if open < 0 {
				s = s[:len(s)-size]
			} else if strings.TrimSpace(s[:open]) == "" {
				s = s[open+utf8.RuneLen(closers[last]) : len(s)-size] // all in brackets: read the inside
			} else {
				s = s[:open]
			}
		default:
			return s
		}
	}
	return s
}

// content drops spaces and symbols at the ends of words.
func content(words []Token) []Token {
	for len(words) > 0 && (words[len(words)-1].Is("記号") || strings.TrimSpace(words[len(words)-1].Surface) == "") {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && (words[0].Is("記号") || strings.TrimSpace(words[0].Surface) == "") {
		words = words[1:]
	}
	return words
}

// hasWordNoun reports whether a noun other than a number appears.
func hasWordNoun(words []Token) bool {
	for _, w := range words {
		if w.Is("名詞") && !w.Is("名詞", "数") {
			return true
		}
	}
	return false
}

func endsLikeHeading(words []Token) bool {
	last := words[len(words)-1]
	switch {
	case last.Is("名詞"):
		return true
	case last.Is("助詞", "格助詞", "連語"): // について
		return true
	case last.Is("助詞", "格助詞") && (last.Surface == "を" || last.Surface == "へ") && len(words) >= 2:
		// A slogan: 子どもたちに「生きる力」を, 未来へ; the particle follows a noun or a quotation.
		prev := words[len(words)-2]
		return prev.Is("名詞") || prev.Is("記号", "括弧閉")
	case last.Is("助詞", "接続助詞") && last.Surface == "て" && len(words) >= 2:
		verb := words[len(words)-2]
		return verb.Is("動詞") && headingVerbs[verb.Surface]
	}
	return false
}
