package num

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"jplan/internal/ja/norm"
)

var fuzzSeeds = []string{
	"1,500", "10.0億円", "450万件", "一万二千三百", "二〇二三", "1万2千", "年12回", "96.0以上",
	"-", "①115組②30人", "395万件(見込み)", "▲5%", "十百", "1.2.3", "9999999999999999999",
	"1億2,345万6789", "3回(前年度2回)", "壱萬", "△", "(見込)",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/seeds.txt"); err == nil {
		for _, field := range strings.FieldsFunc(string(b), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(":：。<>", r)
		}) {
			if strings.ContainsAny(field, "0123456789①②③") && len(field) < 80 {
				f.Add(field)
			}
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if !ok {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		// Plain ASCII integers must agree with strconv.
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n < 1<<53 && n > -(1<<53) && v != float64(n) {
			t.Fatalf("ParseNumber(%q) = %v, strconv says %d", s, v, n)
		}
	})
}

func FuzzParseQuantity(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		q := ParseQuantity(s)
		if q.Raw != strings.TrimFunc(s, unicode.IsSpace) {
			t.Fatalf("ParseQuantity(%q).Raw = %q, not the trimmed input", s, q.Raw)
		}
		if q.Value != nil && (math.IsNaN(*q.Value) || math.IsInf(*q.Value, 0)) {
			t.Fatalf("ParseQuantity(%q).Value = %v", s, *q.Value)
		}
		if q.Value == nil && q.Unit != "" {
			t.Fatalf("ParseQuantity(%q) has unit %q without a value", s, q.Unit)
		}
		if utf8.ValidString(s) && !utf8.ValidString(q.Unit) {
			t.Fatalf("ParseQuantity(%q).Unit = %q: invalid UTF-8", s, q.Unit)
		}
	})
}

func FuzzSplitCircled(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		items := SplitCircled(s)
		markers := 0
		for _, r := range s {
			if _, ok := norm.MarkerNumber(r); ok {
				markers++
			}
		}
		got := 0
		for _, it := range items {
			if it.Marker != "" {
				got++
			}
			if !strings.Contains(s, it.Marker+"") || !strings.Contains(s, it.Text) {
				t.Fatalf("SplitCircled(%q) item %+v is not from the input", s, it)
			}
		}
		if got != markers {
			t.Fatalf("SplitCircled(%q) gave %d marked items for %d markers", s, got, markers)
		}
	})
}
