package tokens

import "unicode/utf8"

// NounPhrases returns the noun phrases of s in order of first appearance and
// without repeats: maximal runs of nouns (with numbers, suffixes and a
// leading prefix inside them: 第2期地方創生総合戦略, 人口減少対策), joined as
// written. Runs of a single character, or of numbers and suffixes only, are
// left out; so are pronouns and dependent nouns (こと, もの, ため), which end
// a run, and a lone サ変 noun made a verb by する (推進します).
func (t *Tokenizer) NounPhrases(s string) []string {
	var out []string
	seen := make(map[string]bool)
	emit := func(run []Token) {
		for len(run) > 0 && run[len(run)-1].Is("接頭詞") {
			run = run[:len(run)-1]
		}
		if len(run) == 0 || !hasHead(run) {
			return
		}
		p := s[run[0].Start:run[len(run)-1].End]
		if utf8.RuneCountInString(p) >= 2 && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	var run []Token
	for _, w := range t.Words(s) {
		switch {
		case joinsPhrase(w) && !(len(run) == 0 && w.Is("名詞", "接尾")):
			run = append(run, w)
		case w.Is("接頭詞"):
			emit(run)
			run = []Token{w}
		case isVerbOf(run, w):
			run = nil // 推進します: a verb, not a key
		default:
			emit(run)
			run = nil
		}
	}
	emit(run)
	return out
}

// isVerbOf reports whether w (する) makes a lone サ変 noun a verb: 推進します.
func isVerbOf(run []Token, w Token) bool {
	return len(run) == 1 && run[0].Is("名詞", "サ変接続") && w.Is("動詞") && w.Base == "する"
}

// joinsPhrase reports whether a token can be part of a noun phrase.
func joinsPhrase(w Token) bool {
	if !w.Is("名詞") {
		return false
	}
	return !w.Is("名詞", "非自立") && !w.Is("名詞", "代名詞") && !w.Is("名詞", "特殊")
}

// hasHead reports whether a run has a noun that is neither a number nor a suffix.
func hasHead(run []Token) bool {
	for _, w := range run {
		if w.Is("名詞") && !w.Is("名詞", "数") && !w.Is("名詞", "接尾") {
			return true
		}
	}
	return false
}
