// Package corpus reads the manifest of the bundled corpus (corpus/corpus.tsv):
// which documents `jplan run` processes offline, the record id each one gets,
// and the public URL it came from. Truth records for the validator carry the
// same ids, so an input can be found from its truth record.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"jplan/internal/ja/lgcode"
)

// ManifestName is the manifest's file name inside a corpus directory.
const ManifestName = "corpus.tsv"

// Entry is one bundled document.
type Entry struct {
	ID   string // the record id
	Path string // the file, joined onto the corpus directory
	Rel  string // the path as written in the manifest (relative to the corpus directory)
	URL  string // the public URL, when known
	// MunicipalityCode is the publisher's 全国地方公共団体コード when the
	// corpus knows it and the URL cannot say (a local rendering of a
	// municipality's document): provenance, like a crawl source's code.
	MunicipalityCode string
}

// SourceURL is what a record's source.url should say: the public URL, or
// "file:" + the path relative to the corpus.
func (e Entry) SourceURL() string {
	if e.URL != "" {
		return e.URL
	}
	return "file:" + e.Rel
}

// ParseError names the manifest line that could not be read.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("corpus: %s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Load reads dir/corpus.tsv.
func Load(dir string) ([]Entry, error) {
	name := filepath.Join(dir, ManifestName)
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	return Parse(f, name, dir)
}

// Parse reads a manifest: TAB-separated id, path, optional url, optional
// municipality code; "#" lines and
// blank lines are comments. Ids must be unique and paths must stay inside dir
// or its parent (the devset lives beside the corpus in testdata/).
func Parse(r io.Reader, name, dir string) ([]Entry, error) {
	var out []Entry
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseLine(line, dir)
		if err != nil {
			return nil, &ParseError{File: name, Line: n, Err: err}
		}
		if prev, dup := seen[e.ID]; dup {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("id %q already on line %d", e.ID, prev)}
		}
		seen[e.ID] = n
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", name, err)
	}
	return out, nil
}

func parseLine(line, dir string) (Entry, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < 2 || len(cols) > 4 {
		return Entry{}, fmt.Errorf("want 2 to 4 TAB-separated columns (id, path, url, municipality code), got %d", len(cols))
	}
	e := Entry{ID: strings.TrimSpace(cols[0]), Rel: strings.TrimSpace(cols[1])}
	if len(cols) >= 3 {
		e.URL = strings.TrimSpace(cols[2])
	}
	if len(cols) == 4 {
		e.MunicipalityCode = strings.TrimSpace(cols[3])
	}
	switch {
	case e.ID == "":
		return Entry{}, fmt.Errorf("empty id")
	case e.Rel == "" || filepath.IsAbs(e.Rel):
		return Entry{}, fmt.Errorf("id %s: path %q must be relative to the corpus directory", e.ID, e.Rel)
	case strings.HasPrefix(filepath.Clean(e.Rel), "../.."):
		return Entry{}, fmt.Errorf("id %s: path %q leaves the repository", e.ID, e.Rel)
	case e.MunicipalityCode != "" && !lgcode.Valid(e.MunicipalityCode):
		return Entry{}, fmt.Errorf("id %s: municipality code %q: want 6 digits with a valid check digit", e.ID, e.MunicipalityCode)
	case e.URL != "" && !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://"):
		return Entry{}, fmt.Errorf("id %s: url %q is not http(s)", e.ID, e.URL)
	}
	e.Path = filepath.Join(dir, e.Rel)
	return e, nil
}

// ByID indexes entries by id.
func ByID(entries []Entry) map[string]Entry {
	m := make(map[string]Entry, len(entries))
	for _, e := range entries {
		m[e.ID] = e
	}
	return m
}
