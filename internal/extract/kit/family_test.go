package kit

import (
	"slices"
	"testing"

	"jplan/internal/layout"
)

func TestHomePlace(t *testing.T) {
	tests := []struct {
		name, text, url, home string
		muni, code, from      string
		ok                    bool
	}{
		{"the document's own place wins", "令和5年度 中央区組織目標\n\n新潟市総合計画\n", "", "真庭市", "新潟市", "151033", "", true},
		{"a form naming only its department", "令和8年度 部局経営目標\n\n部局名\t総合政策部\n", "", "真庭市", "真庭市", "332143", FamilyPlaceFrom, true},
		{"an unknown home", "部局名\t総合政策部\n", "", "架空市", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := HomePlace(parse(t, tt.text, tt.url), tt.home)
			if ok != tt.ok || p.Municipality != tt.muni || p.Code != tt.code {
				t.Fatalf("HomePlace = %+v, %v; want %s %s %v", p, ok, tt.muni, tt.code, tt.ok)
			}
			if tt.from != "" && p.From != tt.from {
				t.Errorf("From = %q, want %q", p.From, tt.from)
			}
			if tt.from == "" && p.From == FamilyPlaceFrom {
				t.Errorf("From = %q for a place the document names", p.From)
			}
		})
	}
}

func TestOnCitySite(t *testing.T) {
	tests := []struct {
		url, city string
		want      bool
	}{
		{"https://www.city.maniwa.lg.jp/soshiki/1/2.html", "真庭市", true},
		{"https://www.city.niigata.lg.jp/chuo/about/index.html", "新潟市", true}, // a ward's pages
		{"https://www.city.niigata.lg.jp/shisei/index.html", "新潟市", true},
		{"https://www.city.okayama.jp/a.html", "真庭市", false},
		{"https://example.com/plans/", "真庭市", false},
		{"", "真庭市", false},
	}
	for _, tt := range tests {
		if got := OnCitySite(tt.url, tt.city); got != tt.want {
			t.Errorf("OnCitySite(%q, %s) = %v, want %v", tt.url, tt.city, got, tt.want)
		}
	}
}

func TestLeadingLines(t *testing.T) {
	doc := &layout.Document{Name: "d", Blocks: []layout.Block{
		{Kind: layout.Paragraph, Text: "一\n二"},
		{Kind: layout.Link, Text: "リンク"},
		{Kind: layout.Paragraph, Text: "三"},
		{Kind: layout.Paragraph, Text: "四"},
	}}
	tests := []struct {
		n    int
		want []string
	}{
		{0, nil},
		{1, []string{"一"}},      // at most n lines
		{2, []string{"一", "二"}}, // a link gives no line, and block 3 is not read
		{3, []string{"一", "二", "三"}},
		{9, []string{"一", "二", "三", "四"}},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range LeadingLines(doc, tt.n) {
			got = append(got, l.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("LeadingLines(doc, %d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if len(doc.Blocks) != 4 {
		t.Errorf("LeadingLines changed the document: %d blocks", len(doc.Blocks))
	}
	if LeadingLines(nil, 3) != nil {
		t.Error("LeadingLines(nil) != nil")
	}
}
