package tokens

import (
	"strings"
	"testing"
)

// FuzzHeading feeds arbitrary text to Words, IsHeading and NounPhrases: none
// may panic, token offsets must cover the input in order, and every phrase
// must be part of the input.
func FuzzHeading(f *testing.F) {
	for _, s := range readLines(f, "headings.txt") {
		f.Add(s)
	}
	for _, s := range readLines(f, "body.txt") {
		f.Add(s)
	}
	for _, s := range []string{"", "（", "】", "「」を", "\xff\xfe", "、", "123", "a)b)c)", "（（（））"} {
		f.Add(s)
	}
	tok := Default()
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, w := range tok.Words(s) {
			if w.Start < end || w.End < w.Start || w.End > len(s) {
				t.Fatalf("token %+v out of order in %q", w, s)
			}
			end = w.End
		}
		tok.IsHeading(s)
		for _, p := range tok.NounPhrases(s) {
			if !strings.Contains(s, p) {
				t.Fatalf("phrase %q not in %q", p, s)
			}
		}
	})
}
