package generic

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/layout"
)

// benchDocs lays out the text and HTML seeds and devset documents once, so
// the benchmark measures extraction alone.
func benchDocs(b *testing.B) []*layout.Document {
	b.Helper()
	paths, _ := filepath.Glob("../../corpus/seeds/*.txt")
	more, _ := filepath.Glob("../../corpus/seeds/*.html")
	dev, _ := filepath.Glob("../../testdata/devset/*/input.txt")
	var docs []*layout.Document
	for _, p := range append(append(paths, more...), dev...) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: p})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		b.Fatal("no documents")
	}
	return docs
}

// BenchmarkExtract measures the generic extraction of one laid-out document
// (the seeds and devset in turn); report ns/op as time per document.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	ctx, env := context.Background(), &extract.Env{}
	for _, d := range docs { // warm the lazily loaded tables (lgcode, sdg)
		if _, err := Extract(ctx, d, env); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Extract(ctx, docs[i%len(docs)], env); err != nil {
			b.Fatal(err)
		}
	}
}
