package norm

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

// TestStable checks every rune stable accepts: NFKC keeps it whatever
// surrounds it (it is normal alone, has combining class 0 and does not combine
// with the rune before), and no other step of Normalize touches it.
func TestStable(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !stable(r) {
			continue
		}
		p := unorm.NFKC.PropertiesString(string(r))
		switch {
		case !unorm.NFKC.IsNormalString(string(r)) || p.CCC() != 0 || !p.BoundaryBefore():
			t.Errorf("%U %c: not NFKC-stable", r, r)
		case unicode.IsSpace(r) || isDash(r) || isZeroWidth(r) || isRangeMark(r) || protected(r),
			r >= 0x2E80 && r <= 0x2EFF, r == '\u2028' || r == '\u2029' || r == '\u0085':
			t.Errorf("%U %c: changed or kept by Normalize itself", r, r)
		}
	}
}

// TestIsCollapsedSpaces checks the shortcut isCollapsed takes for spaces: every
// non-ASCII space is at most U+3000.
func TestIsCollapsedSpaces(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) && r > 0x3000 {
			t.Errorf("%U is a space above U+3000", r)
		}
	}
	for c := range utf8.RuneSelf {
		if asciiSpace[c] != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace[%#x] = %v", c, asciiSpace[c])
		}
	}
}

// checkFastPaths asserts that the fast paths answer what the general code does.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	if isNormalFast(s) {
		if n := tidy(nfkcProtected(prepare(s))); n != s {
			t.Fatalf("isNormalFast(%q) but Normalize gives %q", s, n)
		}
	}
	if isCollapsed(s) {
		if c := collapseSpaceSlow(s); c != s {
			t.Fatalf("isCollapsed(%q) but CollapseSpace gives %q", s, c)
		}
	}
}

// collapseSpaceSlow is CollapseSpace without its shortcut.
func collapseSpaceSlow(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestFastPathsAgree(t *testing.T) {
	inputs := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\nb", "a \nb", "\na", "a\n", "a\n\nb",
		"令和5年度の目標", "令和５年度", "1−2", "〜", "①", "\xff", "a\tb", "ー・ヽヾ", "㈱", "\u3000"}
	b, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, strings.Split(string(b), "\n")...)
	fast := 0
	for _, s := range inputs {
		checkFastPaths(t, s)
		if isNormalFast(s) {
			fast++
		}
	}
	if fast == 0 {
		t.Error("no seed line takes the fast path")
	}
}
