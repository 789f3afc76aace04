// Package num reads the numbers and quantities of Japanese municipal documents:
// figures with commas and full-width digits, kanji numerals (十五, 百十五,
// 一万二千三百, 二〇二三 read digit by digit), mixed forms (1万2千, 10.0億) and
// quantities with units and qualifiers (10.0億円, 450万件, 年12回, 96.0以上).
//
// # Exact values
//
// Values are float64, as plan.Quantity requires. A number is first read exactly
// as a decimal (an integer mantissa and a power of ten, so 10.0億 is 100×10^7 and
// 7.4億 is 74×10^7) and converted to float64 once, by strconv.ParseFloat, which
// rounds correctly. So every integer below 2^53 (about 9×10^15: more than 9,000兆)
// comes out exact, 10.0億円 is exactly 1e9, and a decimal such as 96.5 is the
// float64 nearest to it, which prints back as 96.5. Numbers whose mantissa does
// not fit in 18 digits are rejected rather than rounded silently.
package num

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// decimal is mant × 10^exp, exact.
type decimal struct {
	mant int64
	exp  int
}

const maxMant = 1e18

// add returns a+b, or false when the result does not fit.
func (a decimal) add(b decimal) (decimal, bool) {
	if a.mant == 0 {
		return b, true
	}
	if b.mant == 0 {
		return a, true
	}
	for a.exp > b.exp {
		if a.mant >= maxMant/10 || a.mant <= -maxMant/10 {
			return decimal{}, false
		}
		a.mant, a.exp = a.mant*10, a.exp-1
	}
	for b.exp > a.exp {
		if b.mant >= maxMant/10 || b.mant <= -maxMant/10 {
			return decimal{}, false
		}
		b.mant, b.exp = b.mant*10, b.exp-1
	}
	s := a.mant + b.mant
	if s >= maxMant || s <= -maxMant {
		return decimal{}, false
	}
	return decimal{s, a.exp}, true
}

// scale returns d × 10^k.
func (d decimal) scale(k int) decimal { return decimal{d.mant, d.exp + k} }

func (d decimal) float() float64 {
	f, err := strconv.ParseFloat(strconv.FormatInt(d.mant, 10)+"e"+strconv.Itoa(d.exp), 64)
	if err != nil {
		return 0 // unreachable: the string is always a valid float literal
	}
	return f
}

// digitValue reads ASCII, full-width and kanji digits (〇 零 一 … 九, 壱 弐 参).
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	switch r {
	case '〇', '零':
		return 0, true
	case '一', '壱':
		return 1, true
	case '二', '弐':
		return 2, true
	case '三', '参':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// smallUnit reads 十 百 千 as powers of ten.
func smallUnit(r rune) (int, bool) {
	switch r {
	case '十', '拾':
		return 1, true
	case '百':
		return 2, true
	case '千', '仟':
		return 3, true
	}
	return 0, false
}

// bigUnit reads 万 億 兆 as powers of ten.
func bigUnit(r rune) (int, bool) {
	switch r {
	case '万', '萬':
		return 4, true
	case '億':
		return 8, true
	case '兆':
		return 12, true
	}
	return 0, false
}

func isComma(r rune) bool { return r == ',' || r == '，' }
func isPoint(r rune) bool { return r == '.' || r == '．' }

// negativeSign reports whether r is a sign, and whether it makes the number
// negative. ▲ and △ are the minus of Japanese accounts.
func sign(r rune) (isSign, negative bool) {
	switch r {
	case '+', '＋':
		return true, false
	case '-', '−', '－', '▲', '△':
		return true, true
	}
	return false, false
}

// ParseNumber reads s as one number: "1,500", "１２．５", "十五", "百十五",
// "一万二千三百", "二〇二三" (digit by digit), "1万2千", "10.0億", "▲5". Spaces
// around s are ignored. ok is false when s is anything else, including a number
// followed by other text; use ParseQuantity for values with units.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	d, ok := parseDecimal(s)
	if !ok {
		return 0, false
	}
	return d.float(), true
}

func parseDecimal(s string) (decimal, bool) {
	neg := false
	if r, size := utf8.DecodeRuneInString(s); size > 0 {
		if isSign, n := sign(r); isSign {
			neg, s = n, s[size:]
		}
	}
	d, ok := parseUnsigned(s)
	if neg {
		d.mant = -d.mant
	}
	return d, ok
}

// numberParser reads the sections of a number between big units (兆, 億, 万):
// each section is a digit run, or terms of 十 百 千 with optional digit runs.
type numberParser struct {
	total, section decimal
	cur            *decimal // the digit run not yet multiplied
	lastSmall      int      // the small unit last applied in this section, 99 for none
	lastBig        int      // the big unit last applied, 99 for none
	seen           bool     // any digit or unit
}

func parseUnsigned(s string) (decimal, bool) {
	p := numberParser{lastSmall: 99, lastBig: 99}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := digitValue(r); ok {
			if p.cur != nil {
				return decimal{}, false // two digit runs in a row cannot happen
			}
			d, n, ok := digitRun(s[i:])
			if !ok {
				return decimal{}, false
			}
			p.cur, p.seen = &d, true
			i += n
			continue
		}
		var ok bool
		if k, isSmall := smallUnit(r); isSmall {
			ok = p.applySmall(k)
		} else if k, isBig := bigUnit(r); isBig {
			ok = p.applyBig(k)
		}
		if !ok {
			return decimal{}, false
		}
		i += size
	}
	return p.finish()
}

func (p *numberParser) applySmall(k int) bool {
	if k >= p.lastSmall {
		return false // 十百 is not a number
	}
	term := decimal{1, 0}
	if p.cur != nil {
		term = *p.cur
	}
	var ok bool
	p.section, ok = p.section.add(term.scale(k))
	p.cur, p.lastSmall, p.seen = nil, k, true
	return ok
}

func (p *numberParser) applyBig(k int) bool {
	if k >= p.lastBig {
		return false
	}
	sec, ok := p.flushSection()
	if !ok || sec.mant == 0 && !p.seen {
		return false // 万 alone is not a number
	}
	if sec.mant == 0 {
		return false // 億万 has nothing before 万
	}
	p.total, ok = p.total.add(sec.scale(k))
	p.section, p.lastBig, p.lastSmall = decimal{}, k, 99
	return ok
}

// flushSection adds the pending digit run to the section and returns it.
func (p *numberParser) flushSection() (decimal, bool) {
	sec := p.section
	if p.cur != nil {
		var ok bool
		if sec, ok = sec.add(*p.cur); !ok {
			return decimal{}, false
		}
		p.cur = nil
	}
	return sec, true
}

func (p *numberParser) finish() (decimal, bool) {
	if !p.seen {
		return decimal{}, false
	}
	sec, ok := p.flushSection()
	if !ok {
		return decimal{}, false
	}
	return p.total.add(sec)
}

// digitRun reads positional digits with optional thousands commas (groups of
// three: 1,500 and 12,345,678, not 1,2) and one decimal point, each between two
// digits; it returns the value and the bytes read.
func digitRun(s string) (decimal, int, bool) {
	var d decimal
	i, digits, group, commas, point := 0, 0, 0, 0, false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if v, ok := digitValue(r); ok {
			if d.mant >= maxMant/10 {
				return decimal{}, 0, false
			}
			d.mant = d.mant*10 + int64(v)
			if point {
				d.exp--
			}
			digits++
			group++
			i += size
			continue
		}
		if point || !(isComma(r) || isPoint(r)) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[i+size:]); !isDigitRune(next) {
			break
		}
		if !groupOK(commas, group) || isComma(r) && commas == 0 && group > 3 {
			return decimal{}, 0, false
		}
		if isComma(r) {
			commas++
		} else {
			point = true
		}
		group = 0
		i += size
	}
	if !point && !groupOK(commas, group) {
		return decimal{}, 0, false
	}
	return d, i, digits > 0
}

// groupOK checks the digits read since the last comma: the first group of a
// number with commas has 1 to 3 digits, every later one exactly 3.
func groupOK(commasBefore, group int) bool {
	if commasBefore == 0 {
		return true
	}
	return group == 3
}

func isDigitRune(r rune) bool {
	_, ok := digitValue(r)
	return ok
}
