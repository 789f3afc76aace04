package pdftext

import (
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// codec is how a predefined CMap's codes are split and read as Unicode
// when the font has no ToUnicode map.
type codec int

const (
	codecNone     codec = iota // unknown CMap
	codecIdentity              // Identity-H/V: 2-byte CIDs
	codecUCS2                  // Uni*-UCS2-*: UTF-16BE without surrogates
	codecUTF16                 // Uni*-UTF16-*
	codecUTF32                 // Uni*-UTF32-*
	codecUTF8                  // Uni*-UTF8-*
	codecSJIS                  // *RKSJ*: Shift_JIS (Windows-31J)
	codecEUCJP                 // EUC-H/V, 78-EUC: EUC-JP
	codecJIS                   // H/V: 2-byte JIS X 0208 rows
	codecGBK                   // GBK-EUC, GB-EUC
	codecBig5                  // B5pc, ETen-B5
	codecUHC                   // KSC-EUC, KSCms-UHC
)

// predefinedCMap names the codec of a predefined CMap and whether it is vertical.
func predefinedCMap(name string) (codec, bool) {
	vertical := strings.HasSuffix(name, "-V") || name == "V"
	base := strings.TrimSuffix(strings.TrimSuffix(name, "-H"), "-V")
	switch {
	case base == "Identity":
		return codecIdentity, vertical
	case base == "H" || base == "V":
		return codecJIS, vertical
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "UCS2"):
		return codecUCS2, vertical
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "UTF16"):
		return codecUTF16, vertical
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "UTF32"):
		return codecUTF32, vertical
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "UTF8"):
		return codecUTF8, vertical
	case strings.Contains(base, "RKSJ"):
		return codecSJIS, vertical
	case base == "EUC" || base == "78-EUC" || base == "Hojo-EUC":
		return codecEUCJP, vertical
	case strings.HasPrefix(base, "GBK") || strings.HasPrefix(base, "GB-EUC") || strings.HasPrefix(base, "GBpc-EUC"):
		return codecGBK, vertical
	case strings.HasPrefix(base, "B5") || strings.HasPrefix(base, "ETen-B5") || strings.HasPrefix(base, "HKscs-B5"):
		return codecBig5, vertical
	case strings.HasPrefix(base, "KSC"):
		return codecUHC, vertical
	}
	return codecNone, vertical
}

// split takes one code from s.
func (c codec) split(s string) int {
	if s == "" {
		return 0
	}
	b := s[0]
	var n int
	switch c {
	case codecUCS2, codecUTF16, codecIdentity, codecJIS:
		n = 2
		if c == codecUTF16 && len(s) >= 4 && b >= 0xd8 && b <= 0xdb {
			n = 4
		}
	case codecUTF32:
		n = 4
	case codecUTF8:
		_, n = utf8.DecodeRuneInString(s)
	case codecSJIS:
		n = 1
		if b >= 0x81 && b <= 0x9f || b >= 0xe0 && b <= 0xfc {
			n = 2
		}
	case codecEUCJP:
		n = 1
		switch {
		case b == 0x8f:
			n = 3
		case b == 0x8e || b >= 0xa1 && b <= 0xfe:
			n = 2
		}
	case codecGBK, codecBig5, codecUHC:
		n = 1
		if b >= 0x81 && b <= 0xfe {
			n = 2
		}
	default:
		n = 1
	}
	return min(n, len(s))
}

// legacy decoders, made once.
var (
	legacyOnce sync.Once
	legacy     map[codec]encoding.Encoding
)

func legacyEncoding(c codec) encoding.Encoding {
	legacyOnce.Do(func() {
		legacy = map[codec]encoding.Encoding{
			codecSJIS: japanese.ShiftJIS, codecEUCJP: japanese.EUCJP, codecJIS: japanese.EUCJP,
			codecGBK: simplifiedchinese.GBK, codecBig5: traditionalchinese.Big5, codecUHC: korean.EUCKR,
		}
	})
	return legacy[c]
}

// decode reads one code (as split above) as Unicode; "" when it cannot.
func (c codec) decode(code string) string {
	switch c {
	case codecUCS2, codecUTF16:
		units := make([]uint16, 0, 2)
		for i := 0; i+1 < len(code); i += 2 {
			units = append(units, uint16(code[i])<<8|uint16(code[i+1]))
		}
		return string(utf16.Decode(units))
	case codecUTF32:
		r := rune(codeOf(code))
		if !utf8.ValidRune(r) {
			return ""
		}
		return string(r)
	case codecUTF8:
		if !utf8.ValidString(code) {
			return ""
		}
		return code
	case codecJIS:
		if len(code) != 2 || code[0] < 0x21 || code[0] > 0x7e {
			return code // the Roman half (single bytes)
		}
		code = string([]byte{code[0] | 0x80, code[1] | 0x80})
	}
	enc := legacyEncoding(c)
	if enc == nil {
		return ""
	}
	out, err := enc.NewDecoder().String(code)
	if err != nil || strings.ContainsRune(out, utf8.RuneError) {
		return ""
	}
	return out
}
