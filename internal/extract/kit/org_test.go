package kit

import "testing"

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
