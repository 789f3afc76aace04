package maniwa

import (
	"context"
	"os"
	"testing"

	"jplan/internal/corpus"
	"jplan/internal/extract"
	"jplan/internal/layout"
)

// parseEntry lays out one corpus entry as the extractor sees it.
func parseEntry(t *testing.T, e corpus.Entry) *layout.Document {
	t.Helper()
	data, err := os.ReadFile(e.Path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Parse(context.Background(), data, layout.Options{Name: e.Rel, URL: e.URL})
	if err != nil {
		t.Fatalf("%s: %v", e.ID, err)
	}
	return doc
}

// TestMatchCorpus: every form of the family is claimed with certainty, every
// other bundled document (other seeds, the devset of other families) stays
// below Likely so that its own extractor or the generic one takes it.
func TestMatchCorpus(t *testing.T) {
	for id, e := range loadCorpus(t) {
		t.Run(id, func(t *testing.T) {
			got := Match(parseEntry(t, e))
			_, family := familyIDs[id]
			switch {
			case family && got < extract.Certain:
				t.Errorf("Match = %.2f, want Certain for a form of the family", got)
			case !family && got >= extract.Likely:
				t.Errorf("Match = %.2f, want < Likely for a document of another family", got)
			}
		})
	}
}

// TestMatchCues checks each cue alone on small documents.
func TestMatchCues(t *testing.T) {
	tests := []struct {
		name, text, url string
		want            float64
	}{
		{"empty", "", "", extract.None},
		{"title and section", "令和6年度 部局経営目標【建設部】\n\n(1)部局の役割・使命(ミッション)\n\n道路の維持\n", "", extract.Certain},
		{"title and form header", "令和6年度 部局経営目標\n\n部局名\t建設部\t部局長名\t山田 太郎\n", "", extract.Certain},
		{"title on the city's domain", "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", "https://www.city.maniwa.lg.jp/soshiki/1/2.html", extract.Likely},
		{"title elsewhere", "令和6年度 部局経営目標【建設部】\n\n道路の維持\n", "https://www.city.okayama.jp/a.html", extract.Possible},
		{"another city's goals", "令和5年度 中央区組織目標\n\n重点目標\n", "", extract.None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := layout.Parse(context.Background(), []byte(tt.text), layout.Options{Name: tt.name, URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := Match(doc); got != tt.want {
				t.Errorf("Match = %.2f, want %.2f", got, tt.want)
			}
		})
	}
}
