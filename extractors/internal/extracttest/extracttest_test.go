package extracttest_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"jplan/extractors/internal/extracttest"
	_ "jplan/extractors/mitaka"
	_ "jplan/extractors/soja"
	"jplan/internal/pdf"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

// TestScoreSeesAWrongExtractor forces the 三鷹市 extractor onto the 総社市
// brochure: the score must show the projects it misses, so a gate can fail.
func TestScoreSeesAWrongExtractor(t *testing.T) {
	c := extracttest.Load(t)
	r, err := c.Score(context.Background(), "mitaka", "s003-text")
	if err != nil {
		t.Fatal(err)
	}
	h := r.Headline("projects")
	if h.Support != 16 || h.F1 > 0.2 {
		t.Errorf("projects: support %d, F1 %.3f; want the 16 truth projects and F1 near 0", h.Support, h.F1)
	}
	right, err := c.Score(context.Background(), "soja", "s003-text")
	if err != nil {
		t.Fatal(err)
	}
	if got := right.Headline("projects").F1; got < 0.98 {
		t.Errorf("soja on its own seed: projects F1 %.3f", got)
	}
}

func TestScoreErrors(t *testing.T) {
	c := extracttest.Load(t)
	ctx := context.Background()
	if _, err := c.Score(ctx, "soja"); err == nil {
		t.Error("Score with no ids: no error")
	}
	if _, err := c.Score(ctx, "soja", "no-such-entry"); err == nil || !strings.Contains(err.Error(), "no-such-entry") {
		t.Errorf("Score of an unknown id: error %v, want one naming the id", err)
	}
	if _, err := c.ScoreAgainst(ctx, "soja", "seeds/003_6b0ab0eabee2ef88.txt", "no-such-truth"); err == nil {
		t.Error("ScoreAgainst an unknown truth record: no error")
	}
	if _, err := c.Extract(ctx, "s003-text", "no-such-extractor"); err == nil {
		t.Error("Extract with an unknown extractor: no error")
	}
}

// TestCorpusHasTruth checks the corpus and the truth records agree: every
// truth record's id is a corpus entry (a typo in either would drop it from
// every score).
func TestCorpusHasTruth(t *testing.T) {
	c := extracttest.Load(t)
	for id := range c.Truth {
		if _, ok := c.Entries[id]; !ok {
			t.Errorf("truth record %s (%s) has no entry in corpus/corpus.tsv", id, c.Truth[id].File)
		}
	}
	if len(c.WithTruth()) < 19 {
		t.Errorf("only %d corpus entries have truth records", len(c.WithTruth()))
	}
}
