// Package tokens is jplan's only user of the kagome morphological analyser
// (IPADIC plus a small embedded user dictionary of administrative words). The
// full dictionary costs about a second and 150 MB to load, so it is loaded
// once per process (Default) and shared; the heading signal needs only parts
// of speech, so it has a dictionary of its own without base forms and
// readings (Headings: 0.8 s, a third of the memory), and a process that only
// asks IsHeading never loads the full one. Packages that do not need tokens
// must not import this one.
//
// On top of the tokens it gives the two signals extractors need: whether a
// line reads as a heading (IsHeading) and the noun phrases that key a text
// (NounPhrases).
package tokens

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

//go:embed data/userdict.txt
var userDictText []byte

// Tokenizer splits Japanese text into morphemes. It is safe for concurrent use.
type Tokenizer struct {
	t *tokenizer.Tokenizer
}

// The two dictionaries segment text identically (the lattice uses costs and
// connections only); the part-of-speech one has no base forms or readings.
const (
	withForms = true
	posOnly   = false
)

// Token is one morpheme.
type Token struct {
	Surface string
	POS     []string // IPADIC part of speech, general first: [名詞 サ変接続]; [名詞] for a user word
	Base    string   // dictionary form (進める for 進め); Surface when the dictionary has none
	Reading string   // katakana reading, "" when unknown
	Start   int      // byte offset in the input
	End     int      // byte offset in the input, exclusive
	User    bool     // from jplan's user dictionary
}

// Default returns the process-wide tokenizer with base forms and readings,
// loading the dictionaries on the first call. The embedded user dictionary is
// checked by the tests, so a failure to build it is a programming error and
// panics.
var Default = sync.OnceValue(func() *Tokenizer { return mustLoad(withForms) })

// Headings returns the process-wide part-of-speech tokenizer: its tokens have
// no Base (it is the Surface) and no Reading. IsHeading needs no more.
var Headings = sync.OnceValue(func() *Tokenizer { return mustLoad(posOnly) })

func mustLoad(forms bool) *Tokenizer {
	t, err := load(forms)
	if err != nil {
		panic(err)
	}
	return t
}

// load builds a tokenizer on IPADIC (kagome-dict's, shared) with or
// without its base forms and readings, plus jplan's user dictionary.
func load(forms bool) (*Tokenizer, error) {
	udict, err := parseUserDict(userDictText)
	if err != nil {
		return nil, err
	}
	d := ipa.DictShrink()
	if forms {
		d = ipa.Dict()
	}
	t, err := tokenizer.New(d, tokenizer.UserDict(udict), tokenizer.OmitBosEos())
	if err != nil {
		return nil, fmt.Errorf("tokens: %w", err)
	}
	return &Tokenizer{t: t}, nil
}

func parseUserDict(b []byte) (*dict.UserDict, error) {
	records, err := dict.NewUserDicRecords(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("tokens: data/userdict.txt: %w", err)
	}
	udict, err := records.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("tokens: data/userdict.txt: %w", err)
	}
	return udict, nil
}

// Words splits s into tokens (spaces included, as IPADIC 記号-空白).
func (t *Tokenizer) Words(s string) []Token {
	ks := t.t.Tokenize(s)
	out := make([]Token, 0, len(ks))
	for _, k := range ks {
		out = append(out, convert(k))
	}
	return out
}

func convert(k tokenizer.Token) Token {
	tok := Token{Surface: k.Surface, Start: k.Position, End: k.Position + len(k.Surface), User: k.Class == tokenizer.USER}
	for _, p := range k.POS() {
		if p != "*" {
			tok.POS = append(tok.POS, p)
		}
	}
	tok.Base = tok.Surface
	if base, ok := k.BaseForm(); ok && base != "*" {
		tok.Base = base
	}
	if r, ok := k.Reading(); ok && r != "*" {
		tok.Reading = r
	}
	if tok.User {
		if extra := k.UserExtra(); extra != nil && len(extra.Readings) == 1 {
			tok.Reading = extra.Readings[0]
		}
	}
	return tok
}

// Is reports whether the token's part of speech starts with the given
// levels: Is("名詞") or Is("名詞", "非自立").
func (t Token) Is(levels ...string) bool {
	if len(levels) > len(t.POS) {
		return false
	}
	for i, l := range levels {
		if t.POS[i] != l {
			return false
		}
	}
	return true
}

// Words splits s with the Default tokenizer.
func Words(s string) []Token { return Default().Words(s) }

// IsHeading reports with the Headings tokenizer whether s reads as a heading.
func IsHeading(s string) bool { return Headings().IsHeading(s) }

// NounPhrases returns s's noun phrases with the Default tokenizer.
func NounPhrases(s string) []string { return Default().NounPhrases(s) }
