package crawl

import (
	"strings"
	"testing"
)

// TestDraftRoundTrips: a drafted entry, pasted under sources:, is a valid registry entry.
func TestDraftRoundTrips(t *testing.T) {
	d, err := Draft("332089", "総社市", "https://www.city.soja.okayama.jp/")
	if err != nil {
		t.Fatal(err)
	}
	if d.Verified || d.Links == nil || d.Links.Depth != 3 || d.ID != "lg332089-goals" {
		t.Errorf("draft %+v", d)
	}
	y, err := MarshalSources([]Source{d})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := ParseSources([]byte("version: 1\nsources:\n"+string(y)), "draft.yaml")
	if err != nil {
		t.Fatalf("draft does not parse back: %v\n%s", err, y)
	}
	got := reg.Sources[0]
	if got.MunicipalityCode != "332089" || got.Start[0] != "https://www.city.soja.okayama.jp/" || got.Municipality != "総社市" {
		t.Errorf("round trip %+v", got)
	}
	page := mustURL(t, "https://www.city.soja.okayama.jp/")
	if k := got.Links.classify(page, Link{URL: "https://www.city.soja.okayama.jp/kikaku/plan.html", Text: "第2次総社市総合計画"}, 1); k != linkDocument {
		t.Errorf("総合計画 link is %v, want a document", k)
	}
	if k := got.Links.classify(page, Link{URL: "https://www.city.soja.okayama.jp/soshiki/", Text: "組織から探す"}, 0); k != linkIndex {
		t.Errorf("組織 link is %v, want an index page", k)
	}
	if strings.Contains(string(y), "line:") {
		t.Errorf("private fields leaked into YAML:\n%s", y)
	}
}

func TestDraftRejects(t *testing.T) {
	if _, err := Draft("332089", "総社市", "ftp://x"); err == nil {
		t.Error("ftp homepage accepted")
	}
	if _, err := Draft("332088", "総社市", "https://www.city.soja.okayama.jp/"); err == nil {
		t.Error("bad check digit accepted")
	}
}
