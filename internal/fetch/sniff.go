package fetch

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// Sniff is a stand-in for internal/sniff (being written in
// parallel): the format from the bytes, and the charset from the bytes with the
// declared one (header or <meta>) trusted only when the bytes decode under it.
func Sniff(body []byte, contentType string) (format, cs string) {
	format = sniffFormat(body)
	if format == "pdf" {
		return format, ""
	}
	return format, sniffCharset(body, contentType)
}

func sniffFormat(b []byte) string {
	head := b[:min(len(b), 1024)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return "pdf"
	}
	lower := bytes.ToLower(bytes.TrimLeft(head[:min(len(head), 512)], " \t\r\n\ufeff"))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(tag)) || (tag != "<?xml" && bytes.Contains(lower, []byte(tag))) {
			return "html"
		}
	}
	return "text"
}

// sniffCharset: BOM or valid UTF-8 first; then a declaration that the bytes
// satisfy; then whichever of Shift_JIS and EUC-JP decodes the bytes cleanly.
func sniffCharset(b []byte, contentType string) string {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || utf8.Valid(b) {
		return "utf-8"
	}
	_, declared, _ := charset.DetermineEncoding(b[:min(len(b), 1024)], contentType)
	declared = strings.ToLower(declared)
	sjis, euc := oddity(b, "shift_jis"), oddity(b, "euc-jp")
	switch {
	case declared == "shift_jis" && sjis < 10*len(b)/100+1, declared == "euc-jp" && euc < 10*len(b)/100+1:
		return declared
	case euc < sjis:
		return "euc-jp"
	default:
		return "shift_jis"
	}
}

// oddity scores how implausible b is as Japanese text in the encoding name:
// ten per undecodable byte, one per half-width katakana (EUC-JP bytes read as
// Shift_JIS decode "cleanly" as half-width katakana).
func oddity(b []byte, name string) int {
	enc := japanese.ShiftJIS
	if name == "euc-jp" {
		enc = japanese.EUCJP
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return len(b)
	}
	score := 0
	for _, r := range string(out) {
		switch {
		case r == utf8.RuneError:
			score += 10
		case r >= 0xFF61 && r <= 0xFF9F:
			score++
		}
	}
	return score
}
