package kit

import (
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

func TestFirstBlocks(t *testing.T) {
	doc := &layout.Document{Name: "d", Blocks: []layout.Block{{Text: "a"}, {Text: "b"}, {Text: "c"}}}
	if got := FirstBlocks(doc, 2); len(got.Blocks) != 2 || got.Blocks[1].Text != "b" || got.Name != "d" {
		t.Errorf("FirstBlocks(doc, 2) = %+v", got)
	}
	if len(doc.Blocks) != 3 {
		t.Errorf("FirstBlocks changed the document: %d blocks", len(doc.Blocks))
	}
	if got := FirstBlocks(doc, 3); got != doc {
		t.Error("FirstBlocks of a short enough document is not the document itself")
	}
	if FirstBlocks(nil, 2) != nil {
		t.Error("FirstBlocks(nil) != nil")
	}
}
