package norm

// Markers are the enclosed numbers, letters and katakana that Japanese documents
// use to number items (①115組②30人, ⑴, ㈠, ㋐). NFKC would turn them into plain
// digits and letters and glue them to the figures they number, so Normalize keeps
// them as written; the same goes for the squared area and volume units (㎡, ㎥) and
// superscripts ² ³, whose NFKC forms (m2) read as numbers.

// markerRange is a run of consecutive code points; first is the value of Lo when
// the run numbers items (0 for letters and katakana, whose value is not a number).
type markerRange struct {
	lo, hi  rune
	first   int
	numeric bool
}

var markerRanges = [...]markerRange{
	{0x2460, 0x2473, 1, true},  // ① … ⑳
	{0x2474, 0x2487, 1, true},  // ⑴ … ⒇
	{0x2488, 0x249B, 1, true},  // ⒈ … ⒛
	{0x249C, 0x24B5, 0, false}, // ⒜ … ⒵
	{0x24B6, 0x24E9, 0, false}, // Ⓐ … ⓩ
	{0x24EA, 0x24EA, 0, true},  // ⓪
	{0x24EB, 0x24F4, 11, true}, // ⓫ … ⓴
	{0x24F5, 0x24FE, 1, true},  // ⓵ … ⓾
	{0x24FF, 0x24FF, 0, true},  // ⓿
	{0x2776, 0x277F, 1, true},  // ❶ … ❿
	{0x2780, 0x2789, 1, true},  // ➀ … ➉
	{0x278A, 0x2793, 1, true},  // ➊ … ➓
	{0x3220, 0x3229, 1, true},  // ㈠ … ㈩
	{0x3251, 0x325F, 21, true}, // ㉑ … ㉟
	{0x3280, 0x3289, 1, true},  // ㊀ … ㊉
	{0x32B1, 0x32BF, 36, true}, // ㊱ … ㊿
	{0x32D0, 0x32FE, 0, false}, // ㋐ … ㋾
}

// keptAsWritten are single code points outside the marker ranges that Normalize
// also leaves alone because their NFKC form reads as a number.
var keptAsWritten = map[rune]bool{
	'㎟': true, '㎠': true, '㎡': true, '㎢': true,
	'㎣': true, '㎤': true, '㎥': true, '㎦': true,
	'²': true, '³': true,
}

// MarkerNumber reports the number an enclosed-number marker stands for
// (① → 1, ⑴ → 1, ㉑ → 21, ㈢ → 3, ❿ → 10). ok is false for every other rune,
// including enclosed letters and katakana.
func MarkerNumber(r rune) (n int, ok bool) {
	for _, m := range markerRanges {
		if r >= m.lo && r <= m.hi {
			if !m.numeric {
				return 0, false
			}
			return m.first + int(r-m.lo), true
		}
	}
	return 0, false
}

// IsMarker reports whether r is an enclosed number, letter or katakana used to
// number items (① ⑴ ⒈ ㈠ ㊀ ❶ Ⓐ ㋐ …). Normalize keeps every marker as written.
func IsMarker(r rune) bool {
	for _, m := range markerRanges {
		if r >= m.lo && r <= m.hi {
			return true
		}
	}
	return false
}

// protected reports whether Normalize must keep r as written. It is called for
// every rune, so the common scripts are turned away before any table lookup.
func protected(r rune) bool {
	switch {
	case r < 0xB2, r > 0x33A6, r > 0xB3 && r < 0x2460, r > 0x2793 && r < 0x3220:
		return false
	}
	return IsMarker(r) || keptAsWritten[r]
}
