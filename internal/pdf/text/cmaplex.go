package pdftext

import (
	"io"

	"github.com/ledongthuc/pdf"
)

// maxCMapBytes bounds the decoded size of a CMap stream read into memory.
const maxCMapBytes = 16 << 20

// cmapToken is one token of a CMap program: an operand (hex or literal
// string, number, name, array) or a keyword operator.
type cmapToken struct {
	kind  byte // 's' string, 'n' number, '/' name, '[' array, 'k' keyword
	str   string
	num   int64
	items []cmapToken // array elements
}

// readStream reads a stream's decoded bytes, bounded; a broken filter gives
// what could be read.
func readStream(strm pdf.Value) []byte {
	rc := strm.Reader()
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, maxCMapBytes))
	return b
}

// cmapLexer tokenizes the PostScript subset used by CMaps. It never fails:
// junk bytes are skipped.
type cmapLexer struct {
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
func (lx *cmapLexer) next() (cmapToken, bool) {
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
				lx.pos += 2
				return cmapToken{kind: 'k', str: "<<"}, true
			}
			return lx.hex(), true
		case c == '(':
			return lx.literal(), true
		case c == '/':
			lx.pos++
			return cmapToken{kind: '/', str: lx.word()}, true
		case c == '[':
			lx.pos++
			return lx.array(), true
		case c == ']' || c == ')' || c == '{' || c == '}' || c == '>':
			lx.pos++
			if c == '>' && lx.pos < len(lx.src) && lx.src[lx.pos] == '>' {
				lx.pos++
				return cmapToken{kind: 'k', str: ">>"}, true
			}
			return cmapToken{kind: 'k', str: string(c)}, true
		default:
			return lx.wordToken(), true
		}
	}
	return cmapToken{}, false
}

func (lx *cmapLexer) word() string {
	start := lx.pos
	for lx.pos < len(lx.src) && !isSpace(lx.src[lx.pos]) && !isDelim(lx.src[lx.pos]) {
		lx.pos++
	}
	return string(lx.src[start:lx.pos])
}

func (lx *cmapLexer) wordToken() cmapToken {
	w := lx.word()
	if w == "" { // a lone delimiter we do not handle
		lx.pos++
		return cmapToken{kind: 'k'}
	}
	var n int64
	digits := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' || digits > 12 {
			return cmapToken{kind: 'k', str: w}
		}
		n = n*10 + int64(w[i]-'0')
		digits++
	}
	return cmapToken{kind: 'n', num: n}
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

func (lx *cmapLexer) hex() cmapToken {
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
	return cmapToken{kind: 's', str: string(out)}
}

func (lx *cmapLexer) literal() cmapToken {
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
				return cmapToken{kind: 's', str: string(out)}
			}
		case '\\':
			if lx.pos < len(lx.src) {
				c = lx.src[lx.pos]
				lx.pos++
				switch c {
				case 'n':
					c = '\n'
				case 'r':
					c = '\r'
				case 't':
					c = '\t'
				}
			}
		}
		out = append(out, c)
	}
	return cmapToken{kind: 's', str: string(out)}
}

// maxArrayItems bounds one array token.
const maxArrayItems = 1 << 16

func (lx *cmapLexer) array() cmapToken {
	arr := cmapToken{kind: '['}
	for {
		t, ok := lx.next()
		if !ok || t.kind == 'k' && t.str == "]" {
			return arr
		}
		if t.kind == 's' && len(arr.items) < maxArrayItems {
			arr.items = append(arr.items, t)
		}
	}
}
