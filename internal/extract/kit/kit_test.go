package kit

import (
	"context"
	"testing"

	"jplan/internal/layout"
)

// parse lays out a text or HTML snippet with the real layout parsers.
func parse(t testing.TB, text, url string) *layout.Document {
	t.Helper()
	doc, err := layout.Parse(context.Background(), []byte(text), layout.Options{Name: "test", URL: url})
	if err != nil {
		t.Fatalf("layout: %v", err)
	}
	return doc
}

func TestLinesSplitsBlocksAndCells(t *testing.T) {
	doc := parse(t, "令和8年度 部局経営目標\n\n年度\t令和8年度\t作成日\t令和8年4月1日\n部局名\t総合政策部\t部局長名\t木村 辰生\n", "")
	lines := Lines(doc)
	var texts []string
	for _, l := range lines {
		texts = append(texts, l.Text)
	}
	want := []string{"令和8年度 部局経営目標", "年度", "令和8年度", "作成日", "令和8年4月1日", "部局名", "総合政策部", "部局長名", "木村 辰生"}
	if len(texts) != len(want) {
		t.Fatalf("lines = %q, want %q", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Errorf("line %d = %q, want %q", i, texts[i], want[i])
		}
	}
	if lines[0].InTable() || !lines[1].InTable() || lines[6].Row != 1 || lines[6].Col != 1 {
		t.Errorf("table positions wrong: %+v", lines[:7])
	}
}

func TestCleanNormalises(t *testing.T) {
	if got := Clean("令和８年度　部局経営目標\n ①１１５組"); got != "令和8年度 部局経営目標 ①115組" {
		t.Errorf("Clean = %q", got)
	}
}
