package kit

import (
	"strings"
	"testing"
)

func TestOrganizationIn(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"令和5年度 部局経営目標【総合政策部】", "総合政策部"},
		{"令和6年度 部局経営目標【 建設部 】", "建設部"},
		{"令和5年度 総合政策部経営目標", "総合政策部"},
		{"中央区組織目標", "中央区"},
		{"令和6年度 部局経営目標", ""}, // 部局 names the kind of unit, not one
		{"各課の運営方針", ""},
		{"市政運営の基本方針", ""},
	} {
		if got := OrganizationIn(tc.title); got != tc.want {
			t.Errorf("OrganizationIn(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// hasColon must answer as strings.ContainsAny(s, ":：") does.
func TestHasColonAgrees(t *testing.T) {
	for _, s := range []string{"", ":", "：", "部局名：総合政策部", "年度: 令和5年度", "コロンなし", "\xef\xbc", "\xef\xbc\x9aX", "﹕", "a:b：c"} {
		if got, want := hasColon(s), strings.ContainsAny(s, ":："); got != want {
			t.Errorf("hasColon(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHasColon(f *testing.F) {
	for _, s := range []string{"", ":", "部局名：総合政策部", "\xef\xbc\x9a", "﹕"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasColon(s), strings.ContainsAny(s, ":："); got != want {
			t.Fatalf("hasColon(%q) = %v, want %v", s, got, want)
		}
	})
}
