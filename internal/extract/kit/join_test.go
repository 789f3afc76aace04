package kit

import "testing"

func TestJoinWrapped(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"", "推進します。", "推進します。"},
		{"地域経済の活性化を", "図る。", "地域経済の活性化を図る。"},
		{"Digital", "Transformation", "Digital Transformation"},
		{"行政DX", "の推進", "行政DXの推進"},
		{"令和7年度実績値:395万", "件", "令和7年度実績値:395万件"},
		{"POP", "冗長化", "POP冗長化"},
		{"第3", "4期", "第3 4期"}, // two digits stay apart: the break may separate numbers
	} {
		if got := JoinWrapped(c.a, c.b); got != c.want {
			t.Errorf("JoinWrapped(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
