package crawl

import "jplan/internal/sniff"

// decodeText turns body into UTF-8 by its sniffed charset (confirmed against
// the bytes again by internal/sniff). Undecodable bytes become U+FFFD.
func decodeText(body []byte, charset string) string {
	text, _ := sniff.Decode(body, charset)
	return text
}
