package maniwa

import (
	"slices"
	"strings"
	"testing"

	"jplan/internal/extract/kit"
	"jplan/internal/extract/lines"
	"jplan/internal/ja/sdg"
)

// FuzzTagLines: tagLines, which strips only the lines that hold SDG tags,
// reads every line as stripping each one would.
func FuzzTagLines(f *testing.F) {
	for _, s := range []string{
		"【No.17:パートナーシップで目標を達成しよう】", "SDGs 3・4・17", "地域の魅力を発信する",
		"観光振興 【No.8:働きがいも経済成長も】", "  前後に空白  ", "質の高い教育をみんなに", "目標11 住み続けられるまちづくりを", "",
		"【No.3:すべての人に健康と福祉を】\u3000【No.4:質の高い教育をみんなに】\u2003", "(【No.17】)", "SDGs 目標3 質の高い教育をみんなに",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if longerThan(s, 40) != (kit.Runes(s) > 40) {
			t.Fatalf("longerThan(%q, 40) disagrees with kit.Runes", s)
		}
		got := tagLines([]lines.Line{{Text: s}})[0]
		bare := clean(sdg.Strip(s))
		tags := bare == "" && len(sdg.Find(s)) > 0
		var goals []int
		if tags {
			goals = sdg.Goals(sdg.Find(s))
		}
		if got.bare != bare || got.tags != tags || !slices.Equal(got.goals, goals) {
			t.Fatalf("tagLines(%q) = %+v, stripping every line gives {%q %v %v}", s, got, bare, tags, goals)
		}
	})
}

// FuzzSectionOf: mayBeLabel, asked before sectionOf's regexps, turns away
// no line that either of them matches.
func FuzzSectionOf(f *testing.F) {
	for _, s := range []string{"(1)部局の役割・使命(ミッション)", "(2) 事業成果目標", "1. 部局の使命", "第2 事業成果目標", "部局の方向性", "12)部局の方向性", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (sectionLabel.MatchString(s) || numberedLabel.MatchString(s)) && !mayBeLabel(s) {
			t.Fatalf("mayBeLabel(%q) is false, but a label pattern matches", s)
		}
	})
}

// FuzzMissionOf: missionOf, which strips a description in which its one
// search found no numbered tag by trimming it, gives the description
// sdg.Strip makes.
func FuzzMissionOf(f *testing.F) {
	for _, s := range [][2]string{
		{"地域づくり 【No.17:パートナーシップで目標を達成しよう】", "市民と協働します。\n質の高い教育をみんなに"},
		{"観光振興", "SDGs 3・4・17 に取り組む"},
		{"SDGs", "3 健康"},
		{"目標", "11 住み続けられるまちづくりを"},
		{"", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, title, desc string) {
		got := missionOf(title, "", desc)
		goals := sdg.Goals(sdg.Find(title + "\n" + desc))
		d := cleanLines(sdg.Strip(desc))
		if got.Description != d || !slices.Equal(got.SDGs, goals) {
			t.Fatalf("missionOf(%q, %q) = {%q %v}, searching them joined gives {%q %v}", title, desc, got.Description, got.SDGs, d, goals)
		}
	})
}

// longerThan must agree with counting every character.
func TestLongerThan(t *testing.T) {
	for _, s := range []string{"", "a", "地域", strings.Repeat("あ", 40), strings.Repeat("あ", 41), strings.Repeat("a", 41), "\xff\xfe\xfd", strings.Repeat("x", 39) + "\xe3\x81"} {
		for _, n := range []int{0, 1, 2, 3, 39, 40, 41} {
			if got, want := longerThan(s, n), kit.Runes(s) > n; got != want {
				t.Errorf("longerThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
