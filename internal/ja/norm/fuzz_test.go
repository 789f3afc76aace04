package norm

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"①115組②30人", "⽬標", "⻑期", "令和　５年度", "平成\r\n24年度", "1−2", "コーヒー",
		"ｶﾞ\u309b", "e\u200b\u0301", "\u3000\u0301", "1\t\u3099", "5〜9", "\xff\xfe",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/seeds.txt"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if len(line) > 0 && len(line) < 300 {
				f.Add(line)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFastPaths(t, s)
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if nn := Normalize(n); nn != n {
			t.Fatalf("not idempotent: Normalize(%q) = %q, again %q", s, n, nn)
		}
		if utf8.ValidString(s) && countMarkers(s) != countMarkers(n) {
			t.Fatalf("Normalize(%q) = %q lost item markers", s, n)
		}
		c := CollapseSpace(s)
		if utf8.ValidString(s) && CollapseSpace(c) != c {
			t.Fatalf("CollapseSpace not idempotent on %q", s)
		}
		if f := Fold(s); strings.ContainsAny(f, " \n") {
			t.Fatalf("Fold(%q) = %q keeps spaces", s, f)
		}
	})
}

func countMarkers(s string) int {
	n := 0
	for _, r := range s {
		if IsMarker(r) {
			n++
		}
	}
	return n
}
