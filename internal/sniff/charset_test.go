package sniff

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// sample is real Japanese text (seed 000, 真庭市) plus CP932-only characters
// (① NEC special, ㈱ NEC special, 髙 IBM extension) that plain Shift_JIS lacks.
const sample = `真庭市総合計画に示す、多様な価値観を認め合い、多彩な地域資源を生かした、誰一人取り残さない、` +
	`市民の誰もが「真庭ライフスタイル」を実現できる共生・循環型地域社会づくりを目指して、真庭版SDGsの取組を市民とともに進めます。`

const cp932Only = "指標:①市内成婚数 ②移住者数 ㈱真庭 髙橋"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// page wraps body in an HTML page whose head carries meta (may be empty) after
// pad bytes of script, so a meta can be put past the first 1024 bytes.
func page(meta string, pad int, body string) string {
	return "<!DOCTYPE html><html><head>" +
		"<script>var x = '" + strings.Repeat("x", pad) + "';</script>" + meta +
		"<title>総合政策部経営目標</title></head><body><p>" + body + "</p></body></html>"
}

type charsetCase struct {
	name     string
	data     []byte
	declared string
	want     string
	certain  bool
	reason   string // prefix of Result.Reason
	warnings int    // how many warnings
	text     string // the decoded text must contain this
}

func charsetCases(t *testing.T) []charsetCase {
	sj := func(s string) []byte { return encode(t, japanese.ShiftJIS, s) }
	euc := func(s string) []byte { return encode(t, japanese.EUCJP, s) }
	jis := func(s string) []byte { return encode(t, japanese.ISO2022JP, s) }
	u16 := func(s string) []byte {
		return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), s)
	}
	return []charsetCase{
		{"bom utf-8", append([]byte("\xef\xbb\xbf"), sample...), "shift_jis", UTF8, true, "bom", 0, sample},
		{"bom utf-16le", u16(sample), "", UTF16LE, true, "bom", 0, sample},
		{"declared shift_jis confirmed", sj(sample + cp932Only), "Shift_JIS", ShiftJIS, true, "declared", 0, cp932Only},
		{"declared cp932 alias", sj(cp932Only + sample), "CP932", ShiftJIS, true, "declared", 0, cp932Only},
		{"declared euc-jp confirmed", euc(sample), "EUC-JP", EUCJP, true, "declared", 0, sample},
		{"declared utf-8 on shift_jis bytes", sj(sample), "utf-8", ShiftJIS, false, "trial", 1, sample},
		{"declared euc-jp on shift_jis bytes", sj(sample + cp932Only), "euc-jp", ShiftJIS, false, "trial", 1, cp932Only},
		{"declared windows-1252 on shift_jis bytes", sj(sample), "ISO-8859-1", ShiftJIS, false, "trial", 1, sample},
		{"declared unknown label", sj(sample), "x-klingon", ShiftJIS, false, "trial", 1, sample},
		{"meta charset shift_jis", sj(page(`<meta charset="shift_jis">`, 10, sample)), "", ShiftJIS, true, "meta", 0, sample},
		{"meta http-equiv ms932", sj(page(`<meta http-equiv="Content-Type" content="text/html; charset=MS932">`, 10, cp932Only)), "", ShiftJIS, true, "meta", 0, cp932Only},
		{"meta windows-31j", sj(page(`<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=Windows-31J">`, 10, sample)), "", ShiftJIS, true, "meta", 0, sample},
		{"meta x-sjis", sj(page(`<meta charset=x-sjis>`, 10, sample)), "", ShiftJIS, true, "meta", 0, sample},
		{"meta cp932", sj(page(`<meta http-equiv="Content-Type" content="text/html; charset=cp932">`, 10, cp932Only)), "", ShiftJIS, true, "meta", 0, cp932Only},
		{"declared shift_jis on euc-jp bytes", euc(sample), "shift_jis", EUCJP, false, "trial", 1, sample},
		{"trial shift_jis with half-width kana", sj(sample + "お問い合わせはｺｰﾙｾﾝﾀｰへ"), "", ShiftJIS, false, "trial", 0, "ｺｰﾙｾﾝﾀｰ"},
		{"meta utf-16 on utf-8 bytes", []byte(page(`<meta charset="utf-16">`, 10, sample)), "", UTF8, true, "valid utf-8", 1, sample},
		{"meta eucjp", euc(page(`<meta charset='eucjp'>`, 10, sample)), "", EUCJP, true, "meta", 0, sample},
		{"meta past 1024 bytes", sj(page(`<meta charset="Shift_JIS">`, 3000, sample)), "", ShiftJIS, true, "meta", 0, sample},
		{"meta utf-8 on shift_jis bytes", sj(page(`<meta charset="utf-8">`, 10, sample)), "", ShiftJIS, false, "trial", 1, sample},
		{"declared beats meta", euc(page(`<meta charset="shift_jis">`, 10, sample)), "euc-jp", EUCJP, true, "declared", 0, sample},
		{"xml declaration", sj(`<?xml version="1.0" encoding="Shift_JIS"?><html><body>` + sample + `</body></html>`), "", ShiftJIS, true, "meta", 0, sample},
		{"trial shift_jis with cp932-only characters", sj(page("", 10, cp932Only+sample)), "", ShiftJIS, false, "trial", 0, cp932Only},
		{"trial euc-jp", euc(page("", 10, sample)), "", EUCJP, false, "trial", 0, sample},
		{"trial iso-2022-jp", jis(sample), "", ISO2022JP, false, "trial", 0, sample},
		{"valid utf-8", []byte(page("", 10, sample)), "", UTF8, true, "valid utf-8", 0, sample},
		{"ascii", []byte("plain ascii text\n"), "", UTF8, true, "ascii", 0, "plain ascii"},
		{"invalid utf-8 in a utf-8 page", []byte(page(`<meta charset="utf-8">`, 10, sample+"\xff\xfe"+sample+"\x80")), "", UTF8, false, "trial", 2, sample},
	}
}

func TestCharset(t *testing.T) {
	for _, c := range charsetCases(t) {
		t.Run(c.name, func(t *testing.T) {
			text, r := Decode(c.data, c.declared)
			if r.Name != c.want || r.Certain != c.certain || !strings.HasPrefix(r.Reason, c.reason) {
				t.Errorf("got %s certain=%v reason=%q, want %s certain=%v reason %q…",
					r.Name, r.Certain, r.Reason, c.want, c.certain, c.reason)
			}
			if len(r.Warnings) != c.warnings {
				t.Errorf("warnings = %q, want %d", r.Warnings, c.warnings)
			}
			if r.Encoding == nil {
				t.Error("nil Encoding")
			}
			if !strings.Contains(text, c.text) {
				t.Errorf("decoded text lacks %q: %.200q", c.text, text)
			}
			if strings.HasPrefix(text, "\ufeff") {
				t.Error("BOM kept in decoded text")
			}
			if got := Charset(c.data, c.declared); got.Name != r.Name || got.Reason != r.Reason {
				t.Errorf("Charset = %s (%s), Decode said %s (%s)", got.Name, got.Reason, r.Name, r.Reason)
			}
		})
	}
}

func TestCharsetWarningsName(t *testing.T) {
	data := []byte(page(`<meta charset="utf-8">`, 10, sample+"\xff\xfe"+sample))
	r := Charset(data, "")
	joined := strings.Join(r.Warnings, "\n")
	if !strings.Contains(joined, `meta charset "utf-8" kept (no better reading): not valid UTF-8 (2 bad bytes)`) ||
		!strings.Contains(joined, "2 U+FFFD") {
		t.Errorf("warnings do not say what was overridden and why: %q", r.Warnings)
	}
	over := Charset(encode(t, japanese.ShiftJIS, sample), "utf-8")
	if len(over.Warnings) != 1 || !strings.Contains(over.Warnings[0], `declared charset "utf-8" overridden`) {
		t.Errorf("overridden declaration: warnings %q", over.Warnings)
	}
	ok := Charset(encode(t, japanese.ShiftJIS, sample), "")
	if len(ok.Warnings) != 0 {
		t.Errorf("clean shift_jis: unexpected warnings %q", ok.Warnings)
	}
}

func TestLookupAliases(t *testing.T) {
	for label, want := range map[string]string{
		"cp932": ShiftJIS, "MS932": ShiftJIS, "windows-31j": ShiftJIS, "x-sjis": ShiftJIS,
		"Shift-JIS": ShiftJIS, "eucjp": EUCJP, "x-euc-jp": EUCJP, "ISO-2022-JP": ISO2022JP,
		"UTF8": UTF8, " \"utf-8\" ": UTF8, "latin1": "windows-1252",
	} {
		if got, enc, ok := Lookup(label); !ok || got != want || enc == nil {
			t.Errorf("Lookup(%q) = %q, %v, want %q", label, got, ok, want)
		}
	}
	if _, _, ok := Lookup("no-such-charset"); ok {
		t.Error("Lookup accepted an unknown label")
	}
}

func TestDecodeAlwaysValidUTF8(t *testing.T) {
	for _, c := range charsetCases(t) {
		text, _ := Decode(c.data, c.declared)
		if !utf8.ValidString(text) {
			t.Errorf("%s: decoded text is not valid UTF-8", c.name)
		}
	}
}
