package fetch

import (
	"mime"

	"jplan/internal/sniff"
)

// Sniff returns the format of body (html, pdf or text) from its bytes, and its
// charset from the bytes with the Content-Type header's charset as a
// declaration the bytes must confirm (internal/sniff). A PDF has no charset.
func Sniff(body []byte, contentType string) (format, charset string) {
	format = sniff.Format(body)
	if format == "pdf" {
		return format, ""
	}
	return format, sniff.Charset(body, DeclaredCharset(contentType)).Name
}

// DeclaredCharset is the charset parameter of a Content-Type header, or "".
func DeclaredCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}
