// Package sniff tells what a document is from its bytes alone — never from its file
// name or Content-Type: the format (pdf, html or text) and the character set
// (UTF-8, Shift_JIS/CP932, EUC-JP, ISO-2022-JP, UTF-16), each with the reason for the
// answer and whether it is certain.
//
// Format follows net/http's sniff.go: an ordered table of signatures over a bounded
// prefix, with text as the fallback. Charset follows a fixed chain (BOM → declared →
// <meta> → validation → trial decode) that is documented on Charset.
package sniff

import (
	"bytes"

	"jplan/internal/plan"
)

// sniffLen is how much of the document Format looks at, like net/http's 512 but
// wider: a PDF may carry junk before its %PDF- header (Acrobat accepts 1024 bytes).
const sniffLen = 1024

// signature recognises one format in a prefix of the document.
type signature interface {
	match(prefix []byte) bool
}

// formatSig pairs a signature with the format it identifies.
type formatSig struct {
	format string
	sig    signature
}

// formats is the ordered table Format walks; the first match wins and text is the
// fallback. PDF comes first: a PDF may contain "<html" in a stream.
var formats = []formatSig{
	{plan.FormatPDF, containsSig("%PDF-")},
	{plan.FormatHTML, leadingTagSig{}},
	{plan.FormatHTML, containsFoldSig("<!doctype html")},
	{plan.FormatHTML, containsFoldSig("<html")},
	{plan.FormatHTML, containsFoldSig("<head>")},
	{plan.FormatHTML, containsFoldSig("<body")},
}

// Format returns plan.FormatPDF, plan.FormatHTML or plan.FormatText for data,
// looking at its first 1024 bytes only.
func Format(data []byte) string {
	prefix := data
	if len(prefix) > sniffLen {
		prefix = prefix[:sniffLen]
	}
	for _, f := range formats {
		if f.sig.match(prefix) {
			return f.format
		}
	}
	return plan.FormatText
}

// containsSig matches when the prefix contains the bytes anywhere.
type containsSig string

func (s containsSig) match(prefix []byte) bool {
	return bytes.Contains(prefix, []byte(s))
}

// containsFoldSig matches when the prefix contains the ASCII string in any case.
type containsFoldSig string

func (s containsFoldSig) match(prefix []byte) bool {
	return indexFold(prefix, string(s)) >= 0
}

// htmlTags are the tags that, first in a document, make it HTML (net/http's list
// plus the body tags CMS fragments start with). Each must be followed by a space,
// '>' or '/'.
var htmlTags = []string{
	"!doctype html", "html", "head", "script", "iframe", "h1", "h2", "h3", "div",
	"font", "table", "a", "style", "title", "b", "body", "br", "p", "meta", "link",
	"ul", "ol", "section", "article", "main", "header", "nav", "span", "form", "!--",
}

// leadingTagSig matches a document whose first non-blank byte (after a BOM) opens
// one of htmlTags.
type leadingTagSig struct{}

func (leadingTagSig) match(prefix []byte) bool {
	p := bytes.TrimPrefix(prefix, []byte("\xef\xbb\xbf"))
	p = bytes.TrimLeft(p, "\t\n\x0c\r ")
	if len(p) < 2 || p[0] != '<' {
		return false
	}
	p = p[1:]
	for _, tag := range htmlTags {
		if len(p) <= len(tag) || !bytes.EqualFold(p[:len(tag)], []byte(tag)) {
			continue
		}
		if tag == "!--" {
			return true
		}
		switch p[len(tag)] {
		case ' ', '>', '/', '\t', '\n', '\r':
			return true
		}
	}
	return false
}

// indexFold returns the index of the ASCII string s in b, ignoring ASCII case, or -1.
func indexFold(b []byte, s string) int {
	n := len(s)
	if n == 0 {
		return 0
	}
	first := lowerASCII(s[0])
	for i := 0; i+n <= len(b); i++ {
		if lowerASCII(b[i]) != first {
			continue
		}
		j := 1
		for j < n && lowerASCII(b[i+j]) == lowerASCII(s[j]) {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
