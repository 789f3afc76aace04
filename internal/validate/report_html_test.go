package validate

import (
	"bytes"
	"context"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var htmlOut = flag.String("html-out", "", "also write the sample HTML report to this file (testdata/screenshot.sh uses it)")

// sampleReport validates testdata/sample.pred.jsonl against the devset truth.
func sampleReport(t testing.TB) *Report {
	t.Helper()
	truth, err := LoadTruth("testdata/devset")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := LoadPredictions("testdata/sample.pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), truth, preds, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestSampleReportFigures(t *testing.T) {
	r := sampleReport(t)
	// Worked out from the edits listed in testdata/README.md.
	// missions: d1 3 (near miss fuzzy-matched), d4 5 missing, d5 6, d6 1 → 10 TP, 5 FN.
	wantGroup(t, r, "missions", ModeFuzzy, Counts{TP: 10, FN: 5}, 1, 10.0/15, 20.0/25)
	wantGroup(t, r, "missions", ModeStrict, Counts{TP: 9, FP: 1, FN: 6}, 0.9, 9.0/15, 18.0/25)
	// projects: d2 2 of 3 + 1 extra, d3 4 (only soft/fuzzy), d5 4, d6 6 → 16 TP, 1 FP, 1 FN.
	wantGroup(t, r, "projects", ModeFuzzy, Counts{TP: 16, FP: 1, FN: 1}, 16.0/17, 16.0/17, 32.0/34)
	wantGroup(t, r, "projects", ModeStrict, Counts{TP: 12, FP: 5, FN: 5}, 12.0/17, 12.0/17, 24.0/34)
	// indicators: d5 1 missed, d6 17 → 17 TP, 1 FN. sdgs: d5 one extra.
	wantGroup(t, r, "indicators", ModeFuzzy, Counts{TP: 17, FN: 1}, 1, 17.0/18, 34.0/35)
	wantGroup(t, r, "sdgs", ModeFuzzy, Counts{FP: 1}, 0, 1, 0)
	wantField(t, r, "indicators.target.value", 15, 16) // 全員取得 has no value on either side
	wantField(t, r, "indicators.target.unit", 15, 16)
	wantField(t, r, "indicators.target.fiscal_year", 16, 17)
	wantField(t, r, "kind", 4, 6) // d3 wrong, d4 missing
	wantField(t, r, "head", 0, 1) // d2
	if r.Total.Missing != 1 || len(r.ExtraRecords) != 1 {
		t.Errorf("missing %d, extra records %v", r.Total.Missing, r.ExtraRecords)
	}
}

func TestWriteHTML(t *testing.T) {
	r := sampleReport(t)
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if *htmlOut != "" {
		if err := os.WriteFile(*htmlOut, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	svgs, external := 0, 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "svg" {
			svgs++
		}
		for _, a := range n.Attr {
			if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "#") {
				external++
			}
		}
		if n.Data == "script" || n.Data == "link" || n.Data == "img" {
			external++
		}
	}
	// Charts: modes, record/missions/projects/indicators fields, extractors.
	if svgs != 6 {
		t.Errorf("%d inline SVG charts, want 6", svgs)
	}
	if external != 0 {
		t.Errorf("%d references to external assets or scripts, want none", external)
	}
	for _, want := range []string{"持続可能な観光地域づくり推進", "※詳細は別紙のとおりです。", "箇所", "maniwa", `lang="ja"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if regexp.MustCompile(`&lt;/?(td|tr|svg)`).MatchString(page) {
		t.Error("markup escaped twice")
	}
}
