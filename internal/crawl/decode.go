package crawl

import (
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// decodeText turns body into UTF-8 by its sniffed charset (a stand-in for
// sniff.Decode until internal/sniff offers it). Undecodable bytes become U+FFFD.
func decodeText(body []byte, charset string) string {
	var out []byte
	var err error
	switch charset {
	case "shift_jis":
		out, _, err = transform.Bytes(japanese.ShiftJIS.NewDecoder(), body)
	case "euc-jp":
		out, _, err = transform.Bytes(japanese.EUCJP.NewDecoder(), body)
	case "iso-2022-jp":
		out, _, err = transform.Bytes(japanese.ISO2022JP.NewDecoder(), body)
	default:
		return string(body)
	}
	if err != nil {
		return string(body)
	}
	return string(out)
}
