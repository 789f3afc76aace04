// Package crawl runs jplan's nightly crawls: it walks the source registry
// (corpus/sources.yaml), fetches politely and incrementally through
// internal/fetch, keeps the raw bytes in internal/store and the crawl state in
// SQLite, hands new and changed documents to the extraction pipeline, and
// writes the dataset (plans.jsonl) and a change log of every run.
//
// A run is crash-safe: each document's outcome is committed in one SQLite
// transaction after its bytes are in the store, and every output file is
// written to a temp file and renamed. A run killed at any point is finished by
// the next one, which conditional-GETs what was already done.
package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"jplan/internal/ja/lgcode"
)

// Registry is the parsed source registry.
type Registry struct {
	Version int      `yaml:"version"`
	Sources []Source `yaml:"sources"`
	// Dir is the directory the registry was read from; snapshot paths are relative to it.
	Dir string `yaml:"-"`
}

// Source is one registry entry: where a municipality publishes its goal
// documents and how to recognise them.
type Source struct {
	ID               string     `yaml:"id"`
	MunicipalityCode string     `yaml:"municipality_code"`
	Municipality     string     `yaml:"municipality,omitempty"`
	Title            string     `yaml:"title,omitempty"`
	Start            []string   `yaml:"start"`
	Links            *LinkRules `yaml:"links,omitempty"`
	Extractor        string     `yaml:"extractor,omitempty"`
	Format           string     `yaml:"format,omitempty"`
	Snapshot         string     `yaml:"snapshot,omitempty"`
	Verified         bool       `yaml:"verified"`
	Note             string     `yaml:"note,omitempty"`

	line int // where the entry starts in the registry file
}

// LinkRules say which links on an index page lead to goal documents. Without
// rules, each start URL is itself a document.
type LinkRules struct {
	// Text and URL are regular expressions matched against a link's text and its
	// absolute URL; a link matching either is a document.
	Text []string `yaml:"text,omitempty"`
	URL  []string `yaml:"url,omitempty"`
	// PDF makes every link to a .pdf a document.
	PDF bool `yaml:"pdf,omitempty"`
	// Follow are regular expressions (on URL or text) for index pages to walk
	// through on the way to documents.
	Follow []string `yaml:"follow,omitempty"`
	// Depth is the most links followed from a start page (default 1).
	Depth int `yaml:"depth,omitempty"`
	// OtherHosts allows documents on other hosts (default: same host only).
	OtherHosts bool `yaml:"other_hosts,omitempty"`

	text, url, follow []*regexp.Regexp
}

// ParseError is a registry entry that cannot be used: file, line, entry and cause.
type ParseError struct {
	File   string
	Line   int
	Source string
	Err    error
}

func (e *ParseError) Error() string {
	s := fmt.Sprintf("crawl: %s:%d", e.File, e.Line)
	if e.Source != "" {
		s += fmt.Sprintf(": source %q", e.Source)
	}
	return s + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// LoadSources reads and checks the registry at path.
func LoadSources(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("crawl: read sources: %w", err)
	}
	reg, err := ParseSources(data, path)
	if err != nil {
		return nil, err
	}
	reg.Dir = filepath.Dir(path)
	return reg, nil
}

// ParseSources parses and checks a registry; name is used in errors.
func ParseSources(data []byte, name string) (*Registry, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &ParseError{File: name, Line: 1, Err: errors.New("empty registry")}
		}
		return nil, &ParseError{File: name, Line: yamlLine(err), Err: err}
	}
	var reg Registry
	if err := decodeStrict(&root, &reg); err != nil {
		return nil, &ParseError{File: name, Line: yamlLine(err), Err: err}
	}
	if reg.Version != 1 {
		return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("version %d, want 1", reg.Version)}
	}
	lines := sourceLines(&root)
	seen := map[string]bool{}
	for i := range reg.Sources {
		s := &reg.Sources[i]
		if i < len(lines) {
			s.line = lines[i]
		}
		if err := s.check(); err != nil {
			return nil, &ParseError{File: name, Line: s.line, Source: s.ID, Err: err}
		}
		if seen[s.ID] {
			return nil, &ParseError{File: name, Line: s.line, Source: s.ID, Err: errors.New("duplicate id")}
		}
		seen[s.ID] = true
	}
	return &reg, nil
}

// decodeStrict decodes node into v rejecting unknown fields (yaml.v3 only
// offers that on a Decoder, so the node is re-encoded).
func decodeStrict(node *yaml.Node, v any) error {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(node); err != nil {
		return err
	}
	dec := yaml.NewDecoder(&buf)
	dec.KnownFields(true)
	return dec.Decode(v)
}

var lineRE = regexp.MustCompile(`line (\d+)`)

func yamlLine(err error) int {
	m := lineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 1
	}
	n := 0
	fmt.Sscan(m[1], &n)
	return n
}

// sourceLines returns the line of each item of the top-level "sources" list.
func sourceLines(root *yaml.Node) []int {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "sources" {
			var out []int
			for _, item := range m.Content[i+1].Content {
				out = append(out, item.Line)
			}
			return out
		}
	}
	return nil
}

var (
	idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
)

// check validates one entry and compiles its link rules.
func (s *Source) check() error {
	switch {
	case !idRE.MatchString(s.ID):
		return fmt.Errorf("id %q: want lower-case letters, digits, '.', '_' or '-'", s.ID)
	case !lgcode.Valid(s.MunicipalityCode):
		return fmt.Errorf("municipality_code %q: want 6 digits with a valid check digit", s.MunicipalityCode)
	case len(s.Start) == 0:
		return errors.New("no start URLs")
	case s.Format != "" && s.Format != "html" && s.Format != "pdf" && s.Format != "text":
		return fmt.Errorf("format %q: want html, pdf or text", s.Format)
	case s.Snapshot != "" && (filepath.IsAbs(s.Snapshot) || strings.HasPrefix(filepath.Clean(s.Snapshot), "..")):
		return fmt.Errorf("snapshot %q: want a path inside the corpus directory", s.Snapshot)
	}
	for i, u := range s.Start {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return fmt.Errorf("start[%d] %q: want an http or https URL", i, u)
		}
	}
	if s.Links != nil {
		return s.Links.compile()
	}
	return nil
}

func (r *LinkRules) compile() error {
	if r.Depth == 0 {
		r.Depth = 1
	}
	if r.Depth < 0 || r.Depth > 5 {
		return fmt.Errorf("links.depth %d: want 1 to 5", r.Depth)
	}
	if len(r.Text) == 0 && len(r.URL) == 0 && !r.PDF {
		return errors.New("links: no text, url or pdf rule: nothing would be a document")
	}
	var err error
	if r.text, err = compileAll("links.text", r.Text); err != nil {
		return err
	}
	if r.url, err = compileAll("links.url", r.URL); err != nil {
		return err
	}
	r.follow, err = compileAll("links.follow", r.Follow)
	return err
}

func compileAll(field string, pats []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(pats))
	for i, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", field, i, err)
		}
		out = append(out, re)
	}
	return out, nil
}
