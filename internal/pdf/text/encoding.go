package pdftext

import (
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Simple-font encodings: the base tables of the PDF spec (Annex D) and glyph
// names for /Differences. Tables are built once at package level.

var (
	winAnsi  = tableFrom(charmap.Windows1252)
	macRoman = tableFrom(charmap.Macintosh)
	standard = standardTable()

	noEncoding [256]rune // a font whose codes mean nothing without /Differences
)

// byteDecoder is what charmap.Charmap offers for one byte.
type byteDecoder interface{ DecodeByte(b byte) rune }

func tableFrom(cm byteDecoder) [256]rune {
	var t [256]rune
	for c := 0x20; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		if r != '\ufffd' && r != 0x7f {
			t[c] = r
		}
	}
	return t
}

// standardHigh is StandardEncoding above ASCII.
var standardHigh = map[byte]rune{
	0xa1: '¡', 0xa2: '¢', 0xa3: '£', 0xa4: '⁄', 0xa5: '¥', 0xa6: 'ƒ', 0xa7: '§', 0xa8: '¤',
	0xa9: '\'', 0xaa: '“', 0xab: '«', 0xac: '‹', 0xad: '›', 0xae: 'ﬁ', 0xaf: 'ﬂ', 0xb1: '–',
	0xb2: '†', 0xb3: '‡', 0xb4: '·', 0xb6: '¶', 0xb7: '•', 0xb8: '‚', 0xb9: '„', 0xba: '”',
	0xbb: '»', 0xbc: '…', 0xbd: '‰', 0xbf: '¿', 0xc1: '`', 0xc2: '´', 0xc3: 'ˆ', 0xc4: '˜',
	0xc5: '¯', 0xc6: '˘', 0xc7: '˙', 0xc8: '¨', 0xca: '˚', 0xcb: '¸', 0xcd: '˝', 0xce: '˛',
	0xcf: 'ˇ', 0xd0: '—', 0xe1: 'Æ', 0xe3: 'ª', 0xe8: 'Ł', 0xe9: 'Ø', 0xea: 'Œ', 0xeb: 'º',
	0xf1: 'æ', 0xf5: 'ı', 0xf8: 'ł', 0xf9: 'ø', 0xfa: 'œ', 0xfb: 'ß',
}

func standardTable() [256]rune {
	var t [256]rune
	for c := 0x20; c < 0x7f; c++ {
		t[c] = rune(c)
	}
	t[0x27], t[0x60] = '’', '‘'
	for c, r := range standardHigh {
		t[c] = r
	}
	return t
}

// baseEncoding returns the table named by /BaseEncoding, or def.
func baseEncoding(name string, def *[256]rune) *[256]rune {
	switch name {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding", "MacExpertEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	}
	return def
}

// glyphNames maps the glyph names of the Latin base encodings (and a few
// more seen in Japanese documents) to Unicode. Accented letters (Aacute, …)
// are composed in glyphRune rather than listed.
var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quoteright": '’', "quotesingle": '\'', "parenleft": '(', "parenright": ')',
	"asterisk": '*', "plus": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6',
	"seven": '7', "eight": '8', "nine": '9', "colon": ':', "semicolon": ';', "less": '<',
	"equal": '=', "greater": '>', "question": '?', "at": '@', "bracketleft": '[', "backslash": '\\',
	"bracketright": ']', "asciicircum": '^', "underscore": '_', "grave": '`', "quoteleft": '‘',
	"braceleft": '{', "bar": '|', "braceright": '}', "asciitilde": '~', "exclamdown": '¡',
	"cent": '¢', "sterling": '£', "fraction": '⁄', "yen": '¥', "florin": 'ƒ', "section": '§',
	"currency": '¤', "quotedblleft": '“', "guillemotleft": '«', "guilsinglleft": '‹',
	"guilsinglright": '›', "fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ', "endash": '–',
	"dagger": '†', "daggerdbl": '‡', "periodcentered": '·', "paragraph": '¶', "bullet": '•',
	"quotesinglbase": '‚', "quotedblbase": '„', "quotedblright": '”', "guillemotright": '»',
	"ellipsis": '…', "perthousand": '‰', "questiondown": '¿', "acute": '´', "circumflex": 'ˆ',
	"tilde": '˜', "macron": '¯', "breve": '˘', "dotaccent": '˙', "dieresis": '¨', "ring": '˚',
	"cedilla": '¸', "hungarumlaut": '˝', "ogonek": '˛', "caron": 'ˇ', "emdash": '—', "AE": 'Æ',
	"ordfeminine": 'ª', "Lslash": 'Ł', "Oslash": 'Ø', "OE": 'Œ', "ordmasculine": 'º', "ae": 'æ',
	"dotlessi": 'ı', "lslash": 'ł', "oslash": 'ø', "oe": 'œ', "germandbls": 'ß', "Eth": 'Ð',
	"eth": 'ð', "Thorn": 'Þ', "thorn": 'þ', "copyright": '©', "registered": '®', "trademark": '™',
	"degree": '°', "plusminus": '±', "multiply": '×', "divide": '÷', "mu": 'µ', "onehalf": '½',
	"onequarter": '¼', "threequarters": '¾', "onesuperior": '¹', "twosuperior": '²',
	"threesuperior": '³', "logicalnot": '¬', "brokenbar": '¦', "minus": '−', "Euro": '€',
	"nbspace": '\u00a0', "nonbreakingspace": '\u00a0', "sfthyphen": '\u00ad', "middot": '·',
	"lozenge": '◊', "notequal": '≠', "lessequal": '≤', "greaterequal": '≥', "infinity": '∞',
	"summation": '∑', "product": '∏', "pi": 'π', "integral": '∫', "Omega": 'Ω', "radical": '√',
	"approxequal": '≈', "Delta": 'Δ', "partialdiff": '∂', "arrowright": '→', "arrowleft": '←',
	"arrowup": '↑', "arrowdown": '↓', "circle": '○', "filledbox": '■', "triagup": '▲',
}

// accents are the glyph-name suffixes of accented Latin letters.
var accents = []struct {
	suffix string
	mark   rune
}{
	{"acute", '\u0301'}, {"grave", '\u0300'}, {"circumflex", '\u0302'}, {"dieresis", '\u0308'},
	{"tilde", '\u0303'}, {"ring", '\u030a'}, {"cedilla", '\u0327'}, {"caron", '\u030c'},
	{"macron", '\u0304'}, {"breve", '\u0306'}, {"ogonek", '\u0328'}, {"dotaccent", '\u0307'},
	{"hungarumlaut", '\u030b'},
}

// glyphRune maps a glyph name to text: the table above, one Latin letter,
// an accented letter, uniXXXX[XXXX…], uXXXX[XX], or a name with a .suffix.
func glyphRune(name string) (string, bool) {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if r, ok := glyphNames[name]; ok {
		return string(r), true
	}
	if len(name) == 1 && (name[0] >= 'A' && name[0] <= 'Z' || name[0] >= 'a' && name[0] <= 'z') {
		return name, true
	}
	if s, ok := hexGlyph(name); ok {
		return s, true
	}
	for _, a := range accents {
		if base, ok := strings.CutSuffix(name, a.suffix); ok && len(base) == 1 {
			if s := norm.NFC.String(base + string(a.mark)); len([]rune(s)) == 1 {
				return s, true
			}
		}
	}
	return "", false
}

// hexGlyph reads uniXXXX (several allowed) and uXXXX..uXXXXXX names.
func hexGlyph(name string) (string, bool) {
	if h, ok := strings.CutPrefix(name, "uni"); ok && len(h) >= 4 && len(h)%4 == 0 {
		var b strings.Builder
		for i := 0; i < len(h); i += 4 {
			v, err := strconv.ParseUint(h[i:i+4], 16, 32)
			if err != nil || v >= 0xd800 && v < 0xe000 {
				return "", false
			}
			b.WriteRune(rune(v))
		}
		return b.String(), true
	}
	if h, ok := strings.CutPrefix(name, "u"); ok && len(h) >= 4 && len(h) <= 6 {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil || v > 0x10ffff || v >= 0xd800 && v < 0xe000 {
			return "", false
		}
		return string(rune(v)), true
	}
	return "", false
}
