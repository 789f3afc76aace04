package sdg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"【No.17:パートナーシップで目標を達成しよう】", "SDGs 3・4・17", "ゴール1～3", "目標11", "SDGsの目標4「質の高い教育をみんなに」",
		"Goal 4: Quality Education", "sdg_icon_04", "【№8：働きがいも 経済成長も〕", "SDGs\xff目標3", "【No.1", "SDGs 2030年",
		"質の高い教育をみんなに", "ゴール3、ゴール4-17", "(SDGs:1,2)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFastPaths(t, s)
		tags := Find(s)
		prev := 0
		for _, tag := range tags {
			if tag.Goal < 1 || tag.Goal > Count {
				t.Fatalf("goal %d out of range in %+v", tag.Goal, tag)
			}
			if tag.Start < 0 || tag.End > len(s) || tag.Start >= tag.End || s[tag.Start:tag.End] != tag.Raw {
				t.Fatalf("bad offsets %+v for %q", tag, s)
			}
			if tag.Start < prev {
				t.Fatalf("tags out of order: %+v", tags)
			}
			prev = tag.Start
		}
		stripped := Strip(s)
		if utf8.ValidString(s) && !utf8.ValidString(stripped) {
			t.Fatalf("Strip(%q) = %q: invalid UTF-8", s, stripped)
		}
		if len(stripped) > len(s) && strings.TrimSpace(s) != "" {
			t.Fatalf("Strip grew %q to %q", s, stripped)
		}
	})
}
