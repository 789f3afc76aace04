// Package store is jplan's raw store: the bytes of every fetched document,
// content-addressed by their sha256, with the response headers, URL and fetch
// time beside them. Every record's source.sha256 names its bytes here, so
// extraction can be re-run without fetching (jplan reextract).
//
// Layout under the root directory:
//
//	objects/ab/abcdef….bin   the bytes (never rewritten: same name, same bytes)
//	objects/ab/abcdef….json  Meta of the latest fetch that produced them
//
// Every write is a temp file in the same directory, synced, then renamed, so a
// crash leaves either the old file or the new one, never a torn one.
package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Meta describes one fetch of the stored bytes.
type Meta struct {
	SHA256    string      `json:"sha256"`
	Size      int64       `json:"size"`
	URL       string      `json:"url"`
	FinalURL  string      `json:"final_url,omitempty"`
	FetchedAt time.Time   `json:"fetched_at"`
	Status    int         `json:"status,omitempty"`
	Header    http.Header `json:"header,omitempty"`
	Format    string      `json:"format,omitempty"`
	Charset   string      `json:"charset,omitempty"`
}

// Store is a raw store rooted at a directory. It is safe for concurrent use by
// several goroutines and processes: writers of the same digest write the same bytes.
type Store struct {
	root string
}

// ErrNotFound is the cause when a digest is not in the store.
var ErrNotFound = errors.New("not in the store")

// ErrCorrupt is the cause when stored bytes no longer hash to their name.
var ErrCorrupt = errors.New("stored bytes do not match their sha256")

// Open opens (creating if needed) the store at dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, "objects"), 0o755); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	return &Store{root: dir}, nil
}

// Sum is the hex sha256 of data, the name data is stored under.
func Sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

func validDigest(d string) bool {
	if len(d) != 64 {
		return false
	}
	_, err := hex.DecodeString(d)
	return err == nil
}

func (s *Store) path(digest, ext string) string {
	return filepath.Join(s.root, "objects", digest[:2], digest+ext)
}

// Put stores data and meta (its SHA256 and Size are set from data) and returns
// the digest. Bytes already present are not rewritten; the meta is replaced.
func (s *Store) Put(data []byte, meta Meta) (string, error) {
	digest := Sum(data)
	meta.SHA256, meta.Size = digest, int64(len(data))
	bin := s.path(digest, ".bin")
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return "", fmt.Errorf("store: put %s: %w", digest, err)
	}
	if _, err := os.Stat(bin); errors.Is(err, fs.ErrNotExist) {
		if err := writeAtomic(bin, data); err != nil {
			return "", fmt.Errorf("store: put %s: %w", digest, err)
		}
	}
	js, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return "", fmt.Errorf("store: put %s meta: %w", digest, err)
	}
	if err := writeAtomic(s.path(digest, ".json"), append(js, '\n')); err != nil {
		return "", fmt.Errorf("store: put %s meta: %w", digest, err)
	}
	return digest, nil
}

// Has reports whether the bytes of digest are stored.
func (s *Store) Has(digest string) bool {
	if !validDigest(digest) {
		return false
	}
	_, err := os.Stat(s.path(digest, ".bin"))
	return err == nil
}

// Get returns the bytes of digest, checking that they still hash to it.
func (s *Store) Get(digest string) ([]byte, error) {
	if !validDigest(digest) {
		return nil, fmt.Errorf("store: get %q: malformed sha256", digest)
	}
	data, err := os.ReadFile(s.path(digest, ".bin"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: get %s: %w", digest, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", digest, err)
	}
	if Sum(data) != digest {
		return nil, fmt.Errorf("store: get %s: %w", digest, ErrCorrupt)
	}
	return data, nil
}

// Meta returns the meta of the latest Put of digest.
func (s *Store) Meta(digest string) (Meta, error) {
	var m Meta
	if !validDigest(digest) {
		return m, fmt.Errorf("store: meta %q: malformed sha256", digest)
	}
	js, err := os.ReadFile(s.path(digest, ".json"))
	if errors.Is(err, fs.ErrNotExist) {
		return m, fmt.Errorf("store: meta %s: %w", digest, ErrNotFound)
	}
	if err != nil {
		return m, fmt.Errorf("store: meta %s: %w", digest, err)
	}
	if err := json.Unmarshal(js, &m); err != nil {
		return m, fmt.Errorf("store: meta %s: %w", digest, err)
	}
	return m, nil
}

// Digests lists every stored digest (for checks and tests), in no set order.
func (s *Store) Digests() ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(s.root, "objects", "*", "*.bin"))
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	out := make([]string, 0, len(matches))
	for _, m := range matches {
		out = append(out, filepath.Base(m[:len(m)-len(".bin")]))
	}
	return out, nil
}

// WriteFileAtomic writes data to path through a synced temp file and a rename,
// so readers and crashes see the old content or the new, never a mix.
func WriteFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return writeAtomic(path, data)
}

func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op after the rename
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// RemoveStaleTemps deletes temp files older than age that a killed writer left
// behind (they are never read: only renamed files count). Younger ones may
// belong to a writer still running and are kept. It returns how many it removed.
func (s *Store) RemoveStaleTemps(age time.Duration) (int, error) {
	matches, err := filepath.Glob(filepath.Join(s.root, "objects", "*", ".tmp-*"))
	if err != nil {
		return 0, fmt.Errorf("store: clean: %w", err)
	}
	n := 0
	for _, m := range matches {
		fi, err := os.Stat(m)
		if err != nil || time.Since(fi.ModTime()) < age {
			continue
		}
		if os.Remove(m) == nil {
			n++
		}
	}
	return n, nil
}
