package layout

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// checkDoc is what every parse must give, whatever the input: a document with
// valid UTF-8 text, a non-nil block list, tables whose cells exist.
func checkDoc(t *testing.T, doc *Document, err error) {
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if doc.Blocks == nil {
		t.Fatal("nil Blocks")
	}
	for _, b := range doc.Blocks {
		if !utf8.ValidString(b.Text) {
			t.Fatalf("invalid UTF-8 in %+v", b)
		}
		if b.Kind == Table && len(b.Rows) == 0 {
			t.Fatal("empty table block")
		}
	}
	if _, err := json.Marshal(doc); err != nil {
		t.Fatal(err)
	}
}

// maxSeed bounds a seed taken from a fixture: the fuzzer minimises every new
// interesting input (quadratic in its size) before it goes on: a whole 9 KB page
// would take it the whole run.
const maxSeed = 256

// addSeeds adds excerpts of the fixtures, from the first occurrence of from (the
// start of the content) on.
func addSeeds(f *testing.F, pattern, from string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if i := bytes.Index(data, []byte(from)); i > 0 {
			data = data[i:]
		}
		f.Add(data[:min(len(data), maxSeed)])
	}
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, filepath.Join(seedDir, "000_*.html"), `<div id="main">`)
	addSeeds(f, filepath.Join("testdata", "hostile", "invalid_utf8.html"), "")
	f.Add([]byte(`<table><tr><td rowspan=3 colspan=2>a<td>b<tr><th>c</table><ul><li>x<ol start=5><li>y</ol></ul>`))
	f.Add([]byte(`<p><strong>見出し</strong><br>本文<img alt="SDG 17"><a href="/a">リンク</a></p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseHTML(context.Background(), data, Options{Name: "fuzz.html"})
		checkDoc(t, doc, err)
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f, filepath.Join(seedDir, "00[14]_*[0-9a-f].txt"), "")
	addSeeds(f, filepath.Join(seedDir, "002_*[0-9a-f].txt"), "企画部")
	f.Add([]byte("| a | b |\n|---|---|\n| <p>x</p> | <ul><li>y</li></ul> |\n\n| | |\n|---|---|\n| | z |\n"))
	f.Add([]byte("a\tb\t\n<p>1-①x</p>\t<br>y\n\n\tc\td\n・x\n  - y\n(1) z\n第1章 w\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseText(context.Background(), data, Options{Name: "fuzz.txt"})
		checkDoc(t, doc, err)
	})
}
