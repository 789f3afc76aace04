package pdftext

import (
	"bytes"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Bounds on what one stream may make the lexer hold.
const (
	maxStreamBytes = 64 << 20 // decoded bytes read from one content or CMap stream
	maxArrayItems  = 1 << 16  // elements kept from one array
	maxOperands    = 64       // operands kept before an operator
)

// token is one token of a content stream or CMap program: an operand
// (string, number, name, array, dictionary) or an operator keyword.
type token struct {
	kind  byte // 's' string, 'n' number, '/' name, '[' array, 'd' dict, 'k' keyword
	str   string
	num   float64
	items []token // array elements (strings and numbers)
}

// readStream reads a stream's decoded bytes, bounded. A broken filter gives
// what could be read; an unknown filter panics in the reader, which the
// caller's per-page recover turns into a page error.
func readStream(strm pdf.Value) []byte {
	rc := strm.Reader()
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, maxStreamBytes))
	return b
}

// contentBytes reads /Contents, a stream or an array of streams joined by
// newlines as PDF specifies.
func contentBytes(v pdf.Value) []byte {
	if v.Kind() != pdf.Array {
		return readStream(v)
	}
	var all []byte
	for i := 0; i < v.Len() && len(all) < maxStreamBytes; i++ {
		all = append(all, readStream(v.Index(i))...)
		all = append(all, '\n')
	}
	return all
}

// lexer tokenizes the PostScript-like syntax of content streams and CMaps.
// It never fails and always advances: junk bytes become keywords that no
// one handles, and an unterminated token ends at the end of the input.
type lexer struct {
	src []byte
	pos int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// next returns the next token; ok is false at the end.
func (lx *lexer) next() (token, bool) {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		switch {
		case isSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(lx.src) && lx.src[lx.pos] != '\n' && lx.src[lx.pos] != '\r' {
				lx.pos++
			}
		case c == '<':
			if lx.pos+1 < len(lx.src) && lx.src[lx.pos+1] == '<' {
				lx.skipDict()
				return token{kind: 'd'}, true
			}
			return lx.hex(), true
		case c == '(':
			return lx.literal(), true
		case c == '/':
			lx.pos++
			return token{kind: '/', str: lx.word()}, true
		case c == '[':
			lx.pos++
			return lx.array(), true
		case isDelim(c):
			lx.pos++
			return token{kind: 'k', str: string(c)}, true
		default:
			t := lx.wordToken()
			if t.kind == 'k' && t.str == "ID" {
				lx.skipInlineImage()
			}
			return t, true
		}
	}
	return token{}, false
}

func (lx *lexer) word() string {
	start := lx.pos
	for lx.pos < len(lx.src) && !isSpace(lx.src[lx.pos]) && !isDelim(lx.src[lx.pos]) {
		lx.pos++
	}
	return string(lx.src[start:lx.pos])
}

// wordToken reads a number or a keyword. Operators are interned, so a
// content stream's keywords cost no allocation.
func (lx *lexer) wordToken() token {
	start := lx.pos
	for lx.pos < len(lx.src) && !isSpace(lx.src[lx.pos]) && !isDelim(lx.src[lx.pos]) {
		lx.pos++
	}
	w := lx.src[start:lx.pos]
	if len(w) == 0 { // cannot happen for a non-delimiter, but never stall
		lx.pos++
		return token{kind: 'k'}
	}
	if c := w[0]; c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' {
		if n, ok := parseNumber(w); ok {
			return token{kind: 'n', num: n}
		}
	}
	if op, ok := operators[string(w)]; ok {
		return token{kind: 'k', str: op}
	}
	return token{kind: 'k', str: string(w)}
}

// operators interns the keywords of content streams and CMaps.
var operators = func() map[string]string {
	m := map[string]string{}
	for _, op := range strings.Fields(`b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX
		f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD
		Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' " true false null def dict begin end
		begincmap endcmap begincodespacerange endcodespacerange beginbfchar endbfchar
		beginbfrange endbfrange begincidchar endcidchar begincidrange endcidrange
		beginnotdefrange endnotdefrange usecmap findresource defineresource pop currentdict`) {
		m[op] = op
	}
	return m
}()

// parseNumber reads a PDF number (optional sign, digits, optional point)
// without allocating; ok is false for anything else.
func parseNumber(w []byte) (float64, bool) {
	neg := false
	switch w[0] {
	case '-':
		neg, w = true, w[1:]
	case '+':
		w = w[1:]
	}
	var n, scale float64 = 0, 0
	digits := 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + float64(c-'0')
			if scale > 0 {
				scale *= 10
			}
			digits++
		case c == '.' && scale == 0:
			scale = 1
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if scale > 0 {
		n /= scale
	}
	if neg {
		n = -n
	}
	return n, true
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (lx *lexer) hex() token {
	lx.pos++ // '<'
	var out []byte
	var hi byte
	half := false
	for lx.pos < len(lx.src) && lx.src[lx.pos] != '>' {
		v, ok := unhex(lx.src[lx.pos])
		lx.pos++
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	lx.pos++ // '>'
	return token{kind: 's', str: string(out)}
}

// literal reads a (string) with nested parentheses and backslash escapes.
func (lx *lexer) literal() token {
	lx.pos++ // '('
	var out []byte
	depth := 1
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		lx.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return token{kind: 's', str: string(out)}
			}
		case '\\':
			var ok bool
			if c, ok = lx.escape(); !ok {
				continue
			}
		}
		out = append(out, c)
	}
	return token{kind: 's', str: string(out)}
}

// escape reads what follows a backslash; ok is false for a line continuation.
func (lx *lexer) escape() (byte, bool) {
	if lx.pos >= len(lx.src) {
		return 0, false
	}
	c := lx.src[lx.pos]
	lx.pos++
	switch c {
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case '\r':
		if lx.pos < len(lx.src) && lx.src[lx.pos] == '\n' {
			lx.pos++
		}
		return 0, false
	case '\n':
		return 0, false
	}
	if c >= '0' && c <= '7' {
		v := int(c - '0')
		for i := 0; i < 2 && lx.pos < len(lx.src) && lx.src[lx.pos] >= '0' && lx.src[lx.pos] <= '7'; i++ {
			v = v*8 + int(lx.src[lx.pos]-'0')
			lx.pos++
		}
		return byte(v), true
	}
	return c, true
}

func (lx *lexer) array() token {
	arr := token{kind: '['}
	for {
		t, ok := lx.next()
		if !ok || t.kind == 'k' && t.str == "]" {
			return arr
		}
		if (t.kind == 's' || t.kind == 'n') && len(arr.items) < maxArrayItems {
			arr.items = append(arr.items, t)
		}
	}
}

// skipDict passes over a << … >> dictionary (marked-content properties,
// inline image parameters), strings and nesting included.
func (lx *lexer) skipDict() {
	depth := 0
	for lx.pos < len(lx.src) {
		switch c := lx.src[lx.pos]; {
		case c == '<' && lx.pos+1 < len(lx.src) && lx.src[lx.pos+1] == '<':
			lx.pos += 2
			depth++
		case c == '>' && lx.pos+1 < len(lx.src) && lx.src[lx.pos+1] == '>':
			lx.pos += 2
			if depth--; depth == 0 {
				return
			}
		case c == '(':
			lx.literal()
		case c == '<':
			lx.hex()
		default:
			lx.pos++
		}
	}
}

// skipInlineImage passes over the binary data after ID up to the EI that
// ends it (EI between whitespace).
func (lx *lexer) skipInlineImage() {
	if lx.pos < len(lx.src) {
		lx.pos++ // the single whitespace after ID
	}
	for lx.pos < len(lx.src) {
		i := bytes.Index(lx.src[lx.pos:], []byte("EI"))
		if i < 0 {
			lx.pos = len(lx.src)
			return
		}
		at := lx.pos + i
		lx.pos = at + 2
		before := at == 0 || isSpace(lx.src[at-1])
		after := lx.pos >= len(lx.src) || isSpace(lx.src[lx.pos]) || isDelim(lx.src[lx.pos])
		if before && after {
			return
		}
	}
}
