package pdftext

import (
	"sort"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// font is a loaded PDF font: how to split a string into codes, what text and
// advance width each code has. Fonts are loaded once per document (fontCache).
type font struct {
	name     string // BaseFont, for messages
	simple   bool   // one byte per code (Type1, TrueType, Type3, MMType1)
	vertical bool   // WMode 1
	toUni    *cmap  // ToUnicode, consulted first

	// simple fonts
	enc    *[256]string // text per code from /Differences + base encoding ("" unknown)
	widths [256]float64 // advance in text-space units per unit font size

	// composite (Type0) fonts
	encCMap  *cmap // embedded /Encoding CMap stream, nil for a predefined one
	codec    codec // predefined CMap's codec
	japan1   bool  // descendant's CIDSystemInfo Ordering is Japan1
	dw       float64
	cidWidth []cidW
	decoded  map[string]string // predefined-CMap decodes, memoised
}

// cidW is the width of CIDs lo..hi, sorted by lo.
type cidW struct {
	lo, hi uint32
	w      float64
}

// loadFont builds a font from its dictionary; it never fails, a damaged
// font decodes as well as it can.
func loadFont(d pdf.Value, cmaps map[string]*cmap) *font {
	f := &font{name: d.Key("BaseFont").Name()}
	if tu := d.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = cachedCMap(tu, cmaps)
	}
	if d.Key("Subtype").Name() == "Type0" {
		f.loadComposite(d, cmaps)
	} else {
		f.loadSimple(d)
	}
	return f
}

// cachedCMap parses a CMap stream once per document, keyed by its dictionary
// (which includes its length and filters) — a stand-in for object identity.
func cachedCMap(strm pdf.Value, cmaps map[string]*cmap) *cmap {
	key := strm.String()
	if cm, ok := cmaps[key]; ok {
		return cm
	}
	cm := parseCMap(strm)
	cmaps[key] = cm
	return cm
}

func (f *font) loadSimple(d pdf.Value) {
	f.simple = true
	sub := d.Key("Subtype").Name()
	def := &standard
	switch sub {
	case "TrueType":
		def = &winAnsi
	case "Type3": // glyph procedures have no built-in encoding: only /Differences names them
		def = &noEncoding
	}
	base := def
	var diffs pdf.Value
	switch enc := d.Key("Encoding"); enc.Kind() {
	case pdf.Name:
		base = baseEncoding(enc.Name(), def)
	case pdf.Dict:
		base = baseEncoding(enc.Key("BaseEncoding").Name(), def)
		diffs = enc.Key("Differences")
	}
	f.enc = new([256]string)
	for c, r := range base {
		if r != 0 {
			f.enc[c] = string(r)
		}
	}
	code := 0
	for i := 0; i < diffs.Len(); i++ {
		v := diffs.Index(i)
		switch v.Kind() {
		case pdf.Integer:
			code = int(v.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				s, _ := glyphRune(v.Name())
				f.enc[code] = s // unknown names ("g57F") clear the base entry
			}
			code++
		}
	}
	f.loadSimpleWidths(d, sub == "Type3")
}

func (f *font) loadSimpleWidths(d pdf.Value, type3 bool) {
	scale := 0.001
	if type3 {
		if m := d.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
			scale = abs(m.Index(0).Float64())
		}
	}
	missing := d.Key("FontDescriptor").Key("MissingWidth").Float64()
	if missing == 0 {
		missing = 500
	}
	for c := range f.widths {
		f.widths[c] = missing * 0.001
	}
	first := int(d.Key("FirstChar").Int64())
	ws := d.Key("Widths")
	for i := 0; i < ws.Len() && first+i < 256; i++ {
		if first+i >= 0 {
			f.widths[first+i] = ws.Index(i).Float64() * scale
		}
	}
}

func (f *font) loadComposite(d pdf.Value, cmaps map[string]*cmap) {
	switch enc := d.Key("Encoding"); enc.Kind() {
	case pdf.Name:
		f.codec, f.vertical = predefinedCMap(enc.Name())
	case pdf.Stream:
		f.encCMap = cachedCMap(enc, cmaps)
		f.vertical = f.encCMap.vertical
		if f.codec, _ = predefinedCMap(enc.Key("CMapName").Name()); f.codec == codecNone {
			f.codec = codecIdentity
		}
	}
	desc := d.Key("DescendantFonts").Index(0)
	f.japan1 = desc.Key("CIDSystemInfo").Key("Ordering").RawString() == "Japan1"
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64()
	}
	f.cidWidth = parseW(desc.Key("W"))
	f.decoded = map[string]string{}
}

// maxWEntries bounds a /W array's expansion.
const maxWEntries = 1 << 16

// parseW reads a CIDFont /W array: "c [w1 w2 …]" and "cfirst clast w".
func parseW(w pdf.Value) []cidW {
	var out []cidW
	for i := 0; i+1 < w.Len() && len(out) < maxWEntries; {
		c := uint32(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(out) < maxWEntries; j++ {
				out = append(out, cidW{c + uint32(j), c + uint32(j), next.Index(j).Float64()})
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		out = append(out, cidW{c, uint32(next.Int64()), w.Index(i + 2).Float64()})
		i += 3
	}
	sort.Slice(out, func(i, j int) bool { return out[i].lo < out[j].lo })
	return out
}

// glyphCode is one decoded code of a shown string.
type glyphCode struct {
	text  string  // Unicode text, "" when the font gives none
	width float64 // horizontal advance per unit font size (text space)
	space bool    // the single-byte code 32, which word spacing applies to
}

// next decodes the first code of s and returns it with its byte length.
func (f *font) next(s string) (glyphCode, int) {
	if f.simple {
		c := s[0]
		g := glyphCode{width: f.widths[c], space: c == ' '}
		if t, ok := f.uni(uint32(c)); ok {
			g.text = t
		} else {
			g.text = f.enc[c]
		}
		return g, 1
	}
	var code uint32
	var n int
	if f.encCMap != nil {
		code, n = f.encCMap.split(s, 2)
	} else {
		n = f.codec.split(s)
		code = codeOf(s[:n])
	}
	raw := s[:n]
	g := glyphCode{space: n == 1 && raw[0] == ' '}
	cid, haveCID := f.cidOf(code)
	if t, ok := f.uni(code); ok {
		g.text = t
	} else {
		g.text = f.fallbackText(raw, cid, haveCID)
	}
	g.width = f.cidAdvance(cid, haveCID, g.text)
	return g, n
}

// uni looks a code up in ToUnicode. A mapping to U+0000 (some producers
// write <0000> for glyphs they could not name) counts as no mapping, so the
// encoding gets its turn.
func (f *font) uni(code uint32) (string, bool) {
	if f.toUni == nil {
		return "", false
	}
	s, ok := f.toUni.toUnicode(code)
	if !ok || s == "\x00" {
		return "", false
	}
	return s, true
}

// cidOf maps a code to its CID when the encoding says (Identity or an embedded CMap).
func (f *font) cidOf(code uint32) (uint32, bool) {
	if f.encCMap != nil {
		if cid, ok := f.encCMap.cid(code); ok {
			return cid, true
		}
		return code, f.codec == codecIdentity && len(f.encCMap.cidRanges)+len(f.encCMap.cids) == 0
	}
	return code, f.codec == codecIdentity
}

// fallbackText decodes a code without ToUnicode: through the predefined
// CMap's character set, or through Adobe-Japan1 for a Japan1 CID font.
func (f *font) fallbackText(raw string, cid uint32, haveCID bool) string {
	if haveCID {
		if f.japan1 {
			if r := japan1Rune(cid); r != 0 {
				return string(r)
			}
		}
		return "\ufffd"
	}
	if t, ok := f.decoded[raw]; ok {
		return t
	}
	t := f.codec.decode(raw)
	if t == "" {
		t = "\ufffd"
	}
	if len(f.decoded) < 1<<14 {
		f.decoded[raw] = t
	}
	return t
}

// cidAdvance is the glyph width from /W and /DW; without a CID (predefined
// Unicode CMaps) half-width characters get half an em.
func (f *font) cidAdvance(cid uint32, haveCID bool, text string) float64 {
	if f.vertical {
		return 1
	}
	if !haveCID {
		r, _ := utf8.DecodeRuneInString(text)
		if r < 0x2000 || r >= 0xff61 && r <= 0xff9f {
			return 0.5
		}
		return f.dw * 0.001
	}
	ws := f.cidWidth
	i := sort.Search(len(ws), func(i int) bool { return ws[i].hi >= cid })
	if i < len(ws) && ws[i].lo <= cid {
		return ws[i].w * 0.001
	}
	return f.dw * 0.001
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
