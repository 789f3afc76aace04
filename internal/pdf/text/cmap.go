package pdftext

import (
	"sort"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// maxCMapEntries bounds how many entries one CMap may define, so a hostile
// stream cannot make parsing allocate without limit.
const maxCMapEntries = 1 << 20

// codespace is one begincodespacerange entry: codes of n bytes between lo and hi.
type codespace struct {
	n      int
	lo, hi uint32
}

// uniRange is one bfrange whose destination increments with the code.
type uniRange struct {
	lo, hi uint32
	dst    []rune // the destination of lo; the last rune is incremented
}

// cidRange is one cidrange entry.
type cidRange struct {
	lo, hi uint32
	cid    uint32
}

// cmap is a parsed CMap (a ToUnicode map or an embedded encoding CMap).
// Lookups go through a map for single codes and binary search over sorted
// ranges; a CMap is parsed once per document and shared by every font using it.
type cmap struct {
	spaces    []codespace
	uni       map[uint32]string
	uniRanges []uniRange
	cids      map[uint32]uint32
	cidRanges []cidRange
	vertical  bool
	entries   int
	fromRange map[uint32]string // memoised range lookups
}

// parseCMap reads a CMap stream. Malformed entries are skipped, never fatal.
func parseCMap(strm pdf.Value) *cmap {
	cm := parseCMapBytes(readStream(strm))
	if strm.Key("WMode").Int64() == 1 {
		cm.vertical = true
	}
	return cm
}

// parseCMapBytes reads the begin…end sections of a CMap program. Only the
// operands since the last keyword are kept, so junk cannot pile up.
func parseCMapBytes(src []byte) *cmap {
	cm := &cmap{uni: map[uint32]string{}, cids: map[uint32]uint32{}}
	lx := lexer{src: src}
	var ops []token
	for cm.entries <= maxCMapEntries {
		t, ok := lx.next()
		if !ok {
			break
		}
		if t.kind != 'k' {
			if len(ops) < 3*maxArrayItems {
				ops = append(ops, t)
			}
			continue
		}
		cm.apply(t.str, ops)
		ops = ops[:0]
	}
	sort.Slice(cm.uniRanges, func(i, j int) bool { return cm.uniRanges[i].lo < cm.uniRanges[j].lo })
	sort.Slice(cm.cidRanges, func(i, j int) bool { return cm.cidRanges[i].lo < cm.cidRanges[j].lo })
	return cm
}

// apply runs one keyword with the operands read since the previous one.
func (cm *cmap) apply(op string, ops []token) {
	switch op {
	case "endcodespacerange":
		for i := 0; i+1 < len(ops); i += 2 {
			lo, hi := ops[i].str, ops[i+1].str
			if len(lo) == 0 || len(lo) > 4 || len(hi) != len(lo) {
				continue
			}
			cm.spaces = append(cm.spaces, codespace{len(lo), codeOf(lo), codeOf(hi)})
		}
	case "endbfchar":
		for i := 0; i+1 < len(ops); i += 2 {
			cm.addBFChar(ops[i], ops[i+1])
		}
	case "endbfrange":
		for i := 0; i+2 < len(ops); i += 3 {
			cm.addBFRange(ops[i], ops[i+1], ops[i+2])
		}
	case "endcidchar":
		for i := 0; i+1 < len(ops); i += 2 {
			if ops[i].kind == 's' && ops[i+1].kind == 'n' {
				cm.cids[codeOf(ops[i].str)] = uint32(ops[i+1].num)
				cm.entries++
			}
		}
	case "endcidrange":
		for i := 0; i+2 < len(ops); i += 3 {
			lo, hi := codeOf(ops[i].str), codeOf(ops[i+1].str)
			if hi >= lo && ops[i+2].kind == 'n' {
				cm.cidRanges = append(cm.cidRanges, cidRange{lo, hi, uint32(ops[i+2].num)})
				cm.entries++
			}
		}
	case "def":
		if len(ops) == 2 && ops[0].kind == '/' && ops[0].str == "WMode" && ops[1].kind == 'n' {
			cm.vertical = ops[1].num == 1
		}
	}
}

func (cm *cmap) addBFChar(src, dst token) {
	s := src.str
	if src.kind != 's' || len(s) == 0 || len(s) > 4 {
		return
	}
	if dst.kind == '/' { // a glyph name instead of a string
		dst.str, _ = glyphRune(dst.str)
		cm.uni[codeOf(s)] = dst.str
		cm.entries++
		return
	}
	cm.uni[codeOf(s)] = utf16String(dst.str)
	cm.entries++
}

func (cm *cmap) addBFRange(lo, hi, dst token) {
	l, h := lo.str, hi.str
	if len(l) == 0 || len(l) > 4 || len(h) != len(l) {
		return
	}
	a, b := codeOf(l), codeOf(h)
	if b < a {
		return
	}
	if dst.kind == '[' { // one destination per code
		for i := 0; i < len(dst.items) && a+uint32(i) <= b; i++ {
			cm.uni[a+uint32(i)] = utf16String(dst.items[i].str)
			cm.entries++
		}
		return
	}
	rs := []rune(utf16String(dst.str))
	if len(rs) == 0 {
		return
	}
	cm.uniRanges = append(cm.uniRanges, uniRange{a, b, rs})
	cm.entries++
}

// codeOf reads a big-endian code of up to 4 bytes.
func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// utf16String decodes UTF-16BE as used by ToUnicode destinations.
func utf16String(s string) string {
	if len(s) == 1 { // some producers write one byte; take it as Latin-1
		return string(rune(s[0]))
	}
	units := make([]uint16, len(s)/2)
	for i := range units {
		units[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
	}
	return string(utf16.Decode(units))
}

// toUnicode maps a code to text; ok is false when the CMap says nothing about it.
func (cm *cmap) toUnicode(code uint32) (string, bool) {
	if s, ok := cm.uni[code]; ok {
		return s, true
	}
	if s, ok := cm.fromRange[code]; ok {
		return s, true
	}
	rs := cm.uniRanges
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= code })
	for ; i < len(rs) && rs[i].lo <= code; i++ {
		if code <= rs[i].hi {
			r := rs[i]
			out := make([]rune, len(r.dst))
			copy(out, r.dst)
			out[len(out)-1] += rune(code - r.lo)
			s := string(out)
			if cm.fromRange == nil {
				cm.fromRange = map[uint32]string{}
			}
			if len(cm.fromRange) < 1<<14 {
				cm.fromRange[code] = s
			}
			return s, true
		}
	}
	return "", false
}

// cid maps a code to a CID through cidchar/cidrange; ok is false when unmapped.
func (cm *cmap) cid(code uint32) (uint32, bool) {
	if c, ok := cm.cids[code]; ok {
		return c, true
	}
	rs := cm.cidRanges
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= code })
	for ; i < len(rs) && rs[i].lo <= code; i++ {
		if code <= rs[i].hi {
			return rs[i].cid + code - rs[i].lo, true
		}
	}
	return 0, false
}

// split takes the next code from s using the codespace ranges; without
// ranges it falls back to def bytes per code.
func (cm *cmap) split(s string, def int) (code uint32, n int) {
	if cm != nil && len(cm.spaces) > 0 {
		for n := 1; n <= 4 && n <= len(s); n++ {
			c := codeOf(s[:n])
			for _, sp := range cm.spaces {
				if sp.n == n && c >= sp.lo && c <= sp.hi {
					return c, n
				}
			}
		}
		// Not in any range: consume the shortest declared length.
		n = 4
		for _, sp := range cm.spaces {
			n = min(n, sp.n)
		}
		n = min(n, len(s))
		return codeOf(s[:n]), n
	}
	n = min(def, len(s))
	return codeOf(s[:n]), n
}
