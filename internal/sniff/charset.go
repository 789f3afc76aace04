package sniff

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// Canonical charset names (Result.Name). Other declared charsets keep their WHATWG
// name (golang.org/x/text/encoding/htmlindex), e.g. "windows-1252".
const (
	UTF8      = "utf-8"
	ShiftJIS  = "shift_jis" // decoded as CP932 (Windows-31J): ①, ㈱, 髙 included
	EUCJP     = "euc-jp"
	ISO2022JP = "iso-2022-jp"
	UTF16LE   = "utf-16le"
	UTF16BE   = "utf-16be"
)

// Result is the answer of Charset: which decoding to use, how sure it is and why.
type Result struct {
	Name     string            // canonical name: utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, utf-16be, …
	Encoding encoding.Encoding // decodes the bytes; never nil
	Certain  bool              // from a BOM, or a declaration the bytes confirmed, or unambiguous bytes
	Reason   string            // how the answer was reached: "bom", "declared", "meta", "ascii", "valid utf-8", "trial decode: …"
	Warnings []string          // overridden declarations, U+FFFD counts
}

// japaneseAliases maps the labels Japanese sites use (including the Microsoft ones
// the WHATWG list lacks or maps elsewhere) to the canonical names.
var japaneseAliases = map[string]string{
	"utf-8": UTF8, "utf8": UTF8, "unicode-1-1-utf-8": UTF8, "x-unicode20utf8": UTF8,
	"shift_jis": ShiftJIS, "shift-jis": ShiftJIS, "sjis": ShiftJIS, "x-sjis": ShiftJIS,
	"cp932": ShiftJIS, "ms932": ShiftJIS, "windows-31j": ShiftJIS, "x-ms-cp932": ShiftJIS,
	"csshiftjis": ShiftJIS, "ms_kanji": ShiftJIS, "cswindows31j": ShiftJIS, "windows-932": ShiftJIS,
	"euc-jp": EUCJP, "eucjp": EUCJP, "x-euc-jp": EUCJP, "ujis": EUCJP, "x-eucjp": EUCJP,
	"cseucpkdfmtjapanese": EUCJP,
	"iso-2022-jp":         ISO2022JP, "csiso2022jp": ISO2022JP, "jis": ISO2022JP,
	"utf-16le": UTF16LE, "utf-16": UTF16LE, "utf-16be": UTF16BE,
}

// encodings are the decoders of the canonical names.
var encodings = map[string]encoding.Encoding{
	UTF8:      unicode.UTF8,
	ShiftJIS:  japanese.ShiftJIS,
	EUCJP:     japanese.EUCJP,
	ISO2022JP: japanese.ISO2022JP,
	UTF16LE:   unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	UTF16BE:   unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
}

// Lookup resolves a charset label (case-insensitive, aliases such as cp932, ms932,
// windows-31j, x-sjis and eucjp included) to its canonical name and encoding.
func Lookup(label string) (string, encoding.Encoding, bool) {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if name, ok := japaneseAliases[l]; ok {
		return name, encodings[name], true
	}
	enc, err := htmlindex.Get(l)
	if err != nil || enc == nil {
		return "", nil, false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return "", nil, false
	}
	if canon, ok := japaneseAliases[name]; ok {
		return canon, encodings[canon], true
	}
	return name, enc, true
}

// Charset determines the character set of data, in this order:
//
//  1. a byte order mark (UTF-8, UTF-16) — certain;
//  2. the declared charset (an HTTP header's charset=, when known), if the bytes
//     confirm it;
//  3. a <meta charset> / <meta http-equiv content="…charset=…"> (or an XML
//     declaration) anywhere in the head, not only in the first 1024 bytes, if the
//     bytes confirm it;
//  4. a trial decode as UTF-8, ISO-2022-JP, Shift_JIS (CP932) and EUC-JP, scored by
//     kana and kanji against U+FFFD, half-width kana and control characters.
//
// A declaration is confirmed when a declared UTF-8 is valid UTF-8 and a declared
// Shift_JIS, EUC-JP or ISO-2022-JP decodes without U+FFFD; a declaration that is not
// confirmed is overridden with a warning. The U+FFFD count of the chosen decoding
// is a warning too.
func Charset(data []byte, declared string) Result {
	r, _ := decide(data, declared)
	return r
}

// Decode decodes data (without its BOM) to UTF-8 by the charset Charset chooses.
func Decode(data []byte, declared string) (string, Result) {
	r, text := decide(data, declared)
	return text, r
}

// decide runs the chain of Charset and returns the decoded text with the result.
func decide(data []byte, declared string) (Result, string) {
	if r, n, ok := fromBOM(data); ok {
		return finish(r, data[n:])
	}
	var warnings []string
	overridden := map[string]int{} // canonical name → index of its warning
	for _, d := range []struct{ label, reason string }{
		{declared, "declared"},
		{metaCharset(data), "meta"},
	} {
		if d.label == "" {
			continue
		}
		r, text, warn := confirm(data, d.label, d.reason)
		if warn == "" {
			r.Warnings = append(warnings, r.Warnings...)
			return r, text
		}
		if name, _, ok := Lookup(d.label); ok {
			overridden[name] = len(warnings)
		}
		warnings = append(warnings, warn)
	}
	r, text := guess(data)
	if i, ok := overridden[r.Name]; ok {
		// No reading beat the declaration: it stands, damaged bytes and all.
		warnings[i] = strings.Replace(warnings[i], "overridden", "kept (no better reading)", 1)
	}
	r.Warnings = append(warnings, r.Warnings...)
	return r, text
}

// fromBOM recognises a byte order mark; n is its length.
func fromBOM(data []byte) (r Result, n int, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return Result{Name: UTF8, Encoding: encodings[UTF8], Certain: true, Reason: "bom"}, 3, true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return Result{Name: UTF16LE, Encoding: encodings[UTF16LE], Certain: true, Reason: "bom"}, 2, true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return Result{Name: UTF16BE, Encoding: encodings[UTF16BE], Certain: true, Reason: "bom"}, 2, true
	}
	return Result{}, 0, false
}

// confirm checks a declared label against the bytes. warn is empty when the
// declaration holds; otherwise it says why the declaration was overridden.
func confirm(data []byte, label, reason string) (Result, string, string) {
	name, enc, ok := Lookup(label)
	if !ok {
		return Result{}, "", fmt.Sprintf("sniff: %s charset %q is unknown; ignored", reason, label)
	}
	if (name == UTF16LE || name == UTF16BE) && !looksUTF16(data) {
		// The HTML standard reads a <meta> UTF-16 as UTF-8: bytes that reached
		// a meta tag are ASCII-compatible.
		return Result{}, "", fmt.Sprintf("sniff: %s charset %q overridden: the bytes are not UTF-16", reason, label)
	}
	text, bad := decodeWith(name, enc, data)
	switch {
	case name == UTF8 && bad > 0:
		return Result{}, "", fmt.Sprintf("sniff: %s charset %q overridden: not valid UTF-8 (%d bad bytes)", reason, label, bad)
	case (name == ShiftJIS || name == EUCJP || name == ISO2022JP) && bad > 0:
		return Result{}, "", fmt.Sprintf("sniff: %s charset %q overridden: decoding gives %d U+FFFD", reason, label, bad)
	case encodings[name] == nil && !isASCII(data):
		// A Western single-byte label on a Japanese page (a server default) decodes
		// without error but wrongly: a clean Japanese reading of the bytes wins.
		if g, gtext := guess(data); g.Name != name {
			if jp := scoreText(gtext); jp > 0 && countFFFD(gtext) == 0 {
				return Result{}, "", fmt.Sprintf("sniff: %s charset %q overridden: the bytes read as %s", reason, label, g.Name)
			}
		}
	}
	r := Result{Name: name, Encoding: enc, Certain: true, Reason: reason}
	if bad > 0 {
		r.Warnings = append(r.Warnings, fffdWarning(bad, name))
	}
	return r, text, ""
}

// finish decodes data with the chosen encoding and adds the U+FFFD warning.
func finish(r Result, data []byte) (Result, string) {
	text, bad := decodeWith(r.Name, r.Encoding, data)
	return finishDecoded(r, text, bad)
}

// finishDecoded adds the U+FFFD warning to a decoding already made.
func finishDecoded(r Result, text string, bad int) (Result, string) {
	if bad > 0 {
		r.Warnings = append(r.Warnings, fffdWarning(bad, r.Name))
	}
	return r, text
}

func fffdWarning(n int, name string) string {
	return fmt.Sprintf("sniff: %d U+FFFD replacement characters after decoding as %s", n, name)
}

// decodeWith decodes data and counts the U+FFFD the decoding introduced (for UTF-8,
// the invalid bytes; each becomes one U+FFFD).
func decodeWith(name string, enc encoding.Encoding, data []byte) (string, int) {
	if name == UTF8 {
		return decodeUTF8(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		text, bad := decodeUTF8(data)
		return text, bad + 1
	}
	return string(out), countFFFD(string(out))
}

// decodeUTF8 returns data as a string with every invalid byte replaced by U+FFFD.
func decodeUTF8(data []byte) (string, int) {
	if utf8.Valid(data) {
		return string(data), 0
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	bad := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return b.String(), bad
}

func countFFFD(s string) int { return strings.Count(s, "\ufffd") }

func isASCII(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// looksUTF16 tells UTF-16 from an ASCII-compatible encoding: markup and digits
// in UTF-16 are half NUL bytes.
func looksUTF16(data []byte) bool {
	n := min(len(data), 1024)
	return n >= 2 && bytes.Count(data[:n], []byte{0})*4 >= n
}
