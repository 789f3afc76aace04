package crawl

import (
	"context"
	"strings"
	"testing"

	"jplan/internal/plan"
)

// TestPanickingPipelineFailsOneDocument: a pipeline that panics on one page
// (an extractor bug) fails that document; the crawl goes on and records the rest.
func TestPanickingPipelineFailsOneDocument(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, t.TempDir())
	cfg := e.config(t, siteRegistry(t, s.URL), fastFetch())
	cfg.Process = func(ctx context.Context, doc Fetched) (*plan.Record, error) {
		if strings.HasSuffix(doc.URL, "/r5-kyoiku.html") {
			var m map[string]int
			m["boom"]++ // assignment to a nil map
		}
		return titleProcess(ctx, doc)
	}
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 7 {
		t.Errorf("failed = %d, want the simulated site's 6 and the panicking page", sum.Failed)
	}
	d, ok, err := e.state.Doc(context.Background(), s.URL+"/goals/r5-kyoiku.html")
	if err != nil || !ok || d.Status != statusFailed || !strings.Contains(d.Error, "panic: assignment to entry in nil map") {
		t.Errorf("panicking page: state %+v, %v, %v; want failed naming the panic", d, ok, err)
	}
	data := readDataset(t, e.dir)
	if _, ok := data[discoveredID("testcity-goals", s.URL+"/goals/r5-kyoiku.html")]; ok {
		t.Error("the panicking page has a record")
	}
	if _, ok := data[discoveredID("testcity-goals", s.URL+"/goals/r5-somu.html")]; !ok {
		t.Error("the crawl did not go on past the panic")
	}
}
