package sniff

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// trialLen bounds the bytes a trial decode scores; the winner then decodes all.
const trialLen = 256 << 10

// guess picks a charset from the bytes alone: ASCII and valid UTF-8 are taken as
// UTF-8; otherwise every candidate decodes a prefix and the best score wins.
func guess(data []byte) (Result, string) {
	ascii := isASCII(data)
	if ascii && !hasISO2022Escape(data) {
		return finish(Result{Name: UTF8, Encoding: encodings[UTF8], Certain: true, Reason: "ascii"}, data)
	}
	if !ascii && utf8.Valid(data) {
		certain := utf8.RuneCount(data) <= len(data)-8 // at least a few multi-byte characters
		return finish(Result{Name: UTF8, Encoding: encodings[UTF8], Certain: certain, Reason: "valid utf-8"}, data)
	}
	prefix := data
	if len(prefix) > trialLen {
		prefix = prefix[:trialLen]
	}
	best, bestScore, second, secondScore := "", 0, "", 0
	var bestOut []byte // the winner's decoding of prefix, nil for UTF-8
	bestBad := 0
	for _, name := range trialCandidates(prefix) {
		var out []byte
		var s, bad int
		if name == UTF8 {
			// Scored without building the string: bytes that are not valid
			// UTF-8 seldom win, and then decode again below.
			s, bad = scoreUTF8(prefix)
		} else {
			out, bad, s = decodeScored(name, prefix)
		}
		s -= 8 * bad
		if best == "" || s > bestScore {
			second, secondScore = best, bestScore
			best, bestScore = name, s
			bestOut, bestBad = out, bad
		} else if second == "" || s > secondScore {
			second, secondScore = name, s
		}
	}
	reason := fmt.Sprintf("trial decode: %s scored %d, %s %d", best, bestScore, second, secondScore)
	r := Result{Name: best, Encoding: encodings[best], Reason: reason}
	if len(prefix) == len(data) && best != UTF8 {
		// The trial decoded all of data already: the same decoding again would
		// give the same text.
		return finishDecoded(r, string(bestOut), bestBad)
	}
	return finish(r, data)
}

// decodeScored is decodeWith and scoreText of its text, with the U+FFFD
// counted in the same pass over the text as the score. It returns the decoded
// bytes rather than a string: only the winner of the trial becomes one.
func decodeScored(name string, data []byte) (out []byte, bad, score int) {
	// Room for the usual growth (two Shift_JIS or EUC-JP bytes become three
	// UTF-8 bytes) spares the decoder its grow-and-copy steps.
	out, _, err := transform.Append(encodings[name].NewDecoder(), make([]byte, 0, len(data)+len(data)/2+16), data)
	if err != nil { // rare: the ordinary way
		text, bad := decodeWith(name, encodings[name], data)
		return []byte(text), bad, scoreText(text)
	}
	for i := 0; i < len(out); {
		if c := out[i]; c < utf8.RuneSelf { // ASCII, most of a page's bytes
			score += int(asciiScore[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(out[i:])
		// A U+FFFD written as such, as strings.Count finds it: an invalid
		// byte read as utf8.RuneError (size 1) is none.
		if r == utf8.RuneError && size == 3 {
			bad++
		}
		score += runeScore(r)
		i += size
	}
	return out, bad, score
}

// scoreUTF8 is scoreText of data decoded as UTF-8 (every invalid byte a
// U+FFFD, as decodeUTF8 gives), and the number of invalid bytes.
func scoreUTF8(data []byte) (score, bad int) {
	for i := 0; i < len(data); {
		if c := data[i]; c < utf8.RuneSelf {
			score += int(asciiScore[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		score += runeScore(r)
		i += size
	}
	return score, bad
}

// asciiScore is runeScore of each ASCII character, looked up by the scoring
// loops: ASCII is most of an HTML page, and a table lookup is cheaper than
// runeScore's chain of ranges.
var asciiScore = func() (t [utf8.RuneSelf]int8) {
	for c := range t {
		t[c] = int8(runeScore(rune(c)))
	}
	return t
}()

// trialCandidates lists the charsets worth trying: ISO-2022-JP only when the bytes
// carry its escape sequences and are 7-bit.
func trialCandidates(data []byte) []string {
	c := []string{UTF8, ShiftJIS, EUCJP}
	if hasISO2022Escape(data) {
		c = append(c, ISO2022JP)
	}
	return c
}

// hasISO2022Escape reports whether data switches to JIS X 0208 as ISO-2022-JP does.
func hasISO2022Escape(data []byte) bool {
	return bytes.Contains(data, []byte("\x1b$B")) || bytes.Contains(data, []byte("\x1b$@"))
}

// scoreText scores decoded text as Japanese: kana and kanji count for it; U+FFFD,
// half-width kana (what UTF-8 or EUC-JP bytes become when read as Shift_JIS),
// control characters and private-use code points count against it.
func scoreText(s string) int {
	score := 0
	for _, r := range s {
		score += runeScore(r)
	}
	return score
}

// runeScore is what one character adds to scoreText.
func runeScore(r rune) int {
	switch {
	case r >= 0x3041 && r <= 0x309F: // hiragana: the surest sign of real text
		return 2
	case r >= 0x30A0 && r <= 0x30FF, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F:
		return 1
	case r == utf8.RuneError:
		return -8
	case r >= 0xFF61 && r <= 0xFF9F:
		return -3
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r >= 0x80 && r < 0xA0:
		return -4
	case r >= 0xE000 && r <= 0xF8FF:
		return -4
	}
	return 0
}

// metaScanLen bounds the search for a <meta> charset: far past the 1024 bytes of
// the HTML standard's prescan, since CMS pages put scripts and styles first.
const metaScanLen = 512 << 10

// metaCharset returns the charset a <meta> tag or an XML declaration in the head of
// data declares, or "".
func metaCharset(data []byte) string {
	if len(data) > metaScanLen {
		data = data[:metaScanLen]
	}
	if bytes.HasPrefix(data, []byte("<?xml")) {
		if end := bytes.Index(data, []byte("?>")); end > 0 {
			if v := attrValue(data[:end], "encoding"); v != "" {
				return v
			}
		}
	}
	if body := indexFold(data, "<body"); body >= 0 {
		data = data[:body]
	}
	for {
		i := indexFold(data, "<meta")
		if i < 0 {
			return ""
		}
		data = data[i+5:]
		end := bytes.IndexByte(data, '>')
		if end < 0 {
			end = len(data)
		}
		if v := attrValue(data[:end], "charset"); v != "" {
			return v
		}
		data = data[end:]
	}
}

// attrValue finds key=value (value quoted or not) in tag, ignoring ASCII case, and
// returns the value's leading run of charset-name characters.
func attrValue(tag []byte, key string) string {
	for {
		i := indexFold(tag, key)
		if i < 0 {
			return ""
		}
		rest := bytes.TrimLeft(tag[i+len(key):], " \t\r\n")
		tag = tag[i+len(key):]
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		n := 0
		for n < len(rest) && isLabelByte(rest[n]) {
			n++
		}
		if n > 0 {
			return string(rest[:n])
		}
	}
}

func isLabelByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == ':'
}
