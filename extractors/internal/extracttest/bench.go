package extracttest

import (
	"context"
	"testing"

	"jplan/internal/extract"
)

// BenchmarkExtract measures Match plus Extract of the named extractor on the
// blocks of the corpus entry id (layout excluded: it is parsed once, before
// the timer), reporting documents per second.
func BenchmarkExtract(b *testing.B, extractor, id string) {
	b.Helper()
	doc, err := Load(b).Layout(context.Background(), id)
	if err != nil {
		b.Fatal(err)
	}
	spec, ok := extract.Lookup(extractor)
	if !ok {
		b.Fatalf("no extractor %q", extractor)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		spec.Match(doc)
		if _, err := spec.Extract(ctx, doc, &extract.Env{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
