package kit

import (
	"sync"

	"jplan/internal/layout"
)

// cacheSize is how many documents keep their flattened lines: a few more than
// the documents a run has in flight at once (one per worker), so the Match of
// every extractor and the chosen Extract share one flattening per document.
const cacheSize = 8

// docLines is a document's lines flattened so far: the lines of
// doc.Blocks[:next]. Blocks are flattened on demand, so a Match that reads the
// heading area of a long document flattens only its first blocks.
type docLines struct {
	mu     sync.Mutex
	doc    *layout.Document // held, so no other document can reuse its address
	blocks int              // len(doc.Blocks) when cached
	first  string           // doc.Blocks[0].Text when cached
	next   int
	lines  []Line
	// fields is Fields(doc) once asked for (haveFields): several extractors
	// read the header more than once, and each time cleans every line.
	fields     []Field
	haveFields bool
	// values holds what PerDocument computed for the document, by key.
	values map[any]any
}

// cache holds the lines of the last cacheSize documents asked for, replaced
// oldest first.
var cache struct {
	sync.Mutex
	entries [cacheSize]*docLines
	oldest  int
}

// cached returns doc's entry, locked; a document whose blocks changed since it
// was cached (count or first text) is flattened anew.
func cached(doc *layout.Document) *docLines {
	cache.Lock()
	var e *docLines
	for _, c := range cache.entries {
		if c != nil && c.doc == doc && c.blocks == len(doc.Blocks) && c.first == firstText(doc) {
			e = c
			break
		}
	}
	if e == nil {
		e = &docLines{doc: doc, blocks: len(doc.Blocks), first: firstText(doc)}
		cache.entries[cache.oldest] = e
		cache.oldest = (cache.oldest + 1) % cacheSize
		if cache.oldest == 0 {
			cleaned.reset() // its strings belong to documents no longer cached
		}
	}
	cache.Unlock()
	e.mu.Lock()
	return e
}

func firstText(doc *layout.Document) string {
	if len(doc.Blocks) == 0 {
		return ""
	}
	return doc.Blocks[0].Text
}

// flattenBlocks flattens the blocks up to doc.Blocks[n-1].
func (e *docLines) flattenBlocks(n int) {
	for ; e.next < min(n, len(e.doc.Blocks)); e.next++ {
		e.lines = appendBlock(e.lines, e.next, e.doc.Blocks[e.next])
	}
}

// flattenLines flattens blocks until there are n lines or no more blocks.
func (e *docLines) flattenLines(n int) {
	for ; len(e.lines) < n && e.next < len(e.doc.Blocks); e.next++ {
		e.lines = appendBlock(e.lines, e.next, e.doc.Blocks[e.next])
	}
}

// linesOfBlocks is the lines of doc.Blocks[:n].
func (e *docLines) linesOfBlocks(n int) []Line {
	e.flattenBlocks(n)
	k := len(e.lines)
	for k > 0 && e.lines[k-1].Block >= n {
		k--
	}
	return e.lines[:k]
}

// appendBlock appends the lines of block i.
func appendBlock(out []Line, i int, b layout.Block) []Line {
	switch b.Kind {
	case layout.Table:
		return appendTable(out, i, b)
	case layout.Image, layout.Link:
		return out
	default:
		return appendText(out, i, b, b.Text, -1, -1)
	}
}

// maxCleaned bounds how many strings Clean remembers (a very long
// document's), maxCleanedLen how long one may be: at most ~8 MB held.
const (
	maxCleaned    = 1 << 12
	maxCleanedLen = 1 << 10
)

// cleaned remembers what Clean made of the strings it was given, for as long
// as the documents they came from are cached: it is emptied every cacheSize
// new documents (and when it holds maxCleaned strings), so it serves the
// repeats within a document, not a corpus.
var cleaned memo

type memo struct {
	sync.Mutex
	m map[string]string
}

func (c *memo) get(s string) (string, bool) {
	c.Lock()
	v, ok := c.m[s]
	c.Unlock()
	return v, ok
}

func (c *memo) put(s, v string) {
	if len(s) > maxCleanedLen {
		return
	}
	c.Lock()
	if c.m == nil || len(c.m) >= maxCleaned {
		c.m = make(map[string]string)
	}
	c.m[s] = v
	c.Unlock()
}

func (c *memo) reset() {
	c.Lock()
	c.m = nil
	c.Unlock()
}

// PerDocument returns make(), computed once per document while doc is cached
// (the last cacheSize documents): for a reading of the whole document that
// several extractors, or an extractor's Match and Extract, ask for. key tells
// the readings apart; use a value of an unexported type, as for a
// context.Context key. The value is shared: callers must not change it.
// make runs without the cache locked, so it may use kit on doc.
func PerDocument[T any](doc *layout.Document, key any, make func() T) T {
	if doc == nil {
		return make()
	}
	e := cached(doc)
	v, ok := e.values[key]
	e.mu.Unlock()
	if ok {
		return v.(T)
	}
	t := make()
	e.mu.Lock()
	if e.values == nil {
		e.values = map[any]any{}
	}
	e.values[key] = t
	e.mu.Unlock()
	return t
}
