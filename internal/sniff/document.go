package sniff

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// Format falls back to text for any bytes that are neither PDF nor HTML, so an
// empty file, an image or an archive would be laid out as an empty text
// document. Document refuses them first, so they fail as what they are instead
// of becoming empty records.

// ErrNotDocument is wrapped by Document's errors.
var ErrNotDocument = errors.New("not a document")

// binaryMagic are signatures of formats jplan cannot read, by name.
var binaryMagic = []struct{ name, magic string }{
	{"PNG image", "\x89PNG\r\n\x1a\n"},
	{"JPEG image", "\xff\xd8\xff"},
	{"GIF image", "GIF8"},
	{"WebP/RIFF file", "RIFF"},
	{"TIFF image", "II*\x00"},
	{"TIFF image", "MM\x00*"},
	{"zip archive (or docx/xlsx)", "PK\x03\x04"},
	{"zip archive", "PK\x05\x06"},
	{"gzip archive", "\x1f\x8b"},
	{"7-zip archive", "7z\xbc\xaf\x27\x1c"},
	{"RAR archive", "Rar!\x1a\x07"},
	{"OLE2 file (doc/xls)", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"},
	{"ELF executable", "\x7fELF"},
}

// Document returns an error wrapping ErrNotDocument when data is not a
// document jplan can read: empty, a known binary format, or bytes full of
// control characters that no text encoding produces.
func Document(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty file (%d bytes): %w", len(data), ErrNotDocument)
	}
	if Format(data) != "text" {
		return nil
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, []byte(m.magic)) {
			return fmt.Errorf("unsupported format: %s: %w", m.name, ErrNotDocument)
		}
	}
	head := data[:min(len(data), 4096)]
	if controlShare(head) > 0.1 {
		if cs := Charset(data, ""); !strings.HasPrefix(cs.Name, "utf-16") && !utf16Like(head) {
			return fmt.Errorf("unsupported format: binary data (%.0f%% control bytes): %w", 100*controlShare(head), ErrNotDocument)
		}
	}
	return nil
}

// controlShare is the share of bytes in b that text never contains
// (C0 controls other than tab, newlines, form feed and ESC of ISO-2022-JP).
func controlShare(b []byte) float64 {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// utf16Like reports whether the NUL bytes of b all sit at even or all at odd
// offsets, as the high bytes of ASCII characters do in UTF-16 without a BOM.
func utf16Like(b []byte) bool {
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	return (even == 0) != (odd == 0)
}
