package kit

import "unicode/utf8"

// JoinWrapped joins a wrapped line to the text before it, as a PDF or a
// narrow table column broke it: no space between Japanese characters, one
// space between two Latin letters or digits (…DX / 推進 → …DX推進, Digital /
// Transformation → Digital Transformation).
func JoinWrapped(a, b string) string {
	if a == "" {
		return b
	}
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if isLatinWord(ra) && isLatinWord(rb) {
		return a + " " + b
	}
	return a + b
}

func isLatinWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}
