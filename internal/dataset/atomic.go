package dataset

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempPrefix starts the name of every file being written; a run that is killed
// leaves only such files, which the next Create removes.
const tempPrefix = ".jplan-tmp-"

// atomicFile is a buffered file written under a temporary name in its final
// directory and renamed into place by commit, so readers see the old file or
// the whole new one, never half of it.
type atomicFile struct {
	final string
	f     *os.File
	*bufio.Writer
}

func createAtomic(final string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(final), tempPrefix+filepath.Base(final)+"-*")
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	if err := f.Chmod(0o644); err != nil { // CreateTemp makes 0600; outputs are for sharing
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("dataset: %w", err)
	}
	return &atomicFile{final: final, f: f, Writer: bufio.NewWriterSize(f, 64<<10)}, nil
}

// commit flushes, fsyncs and renames the file into place.
func (a *atomicFile) commit() error {
	err := a.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.final)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("dataset: writing %s: %w", a.final, err)
	}
	return nil
}

// abort drops the file.
func (a *atomicFile) abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// staleAge is how long a temporary file has been left alone before Create
// takes it for the remains of a killed run (another run still writing into the
// same directory touches its files far more often).
const staleAge = 10 * time.Minute

// removeStaleTemps deletes what an interrupted run left in dir.
func removeStaleTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), tempPrefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAge {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("dataset: removing a stale temporary file: %w", err)
			}
		}
	}
	return nil
}

// syncDir makes the renames in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !isUnsupported(err) {
		return fmt.Errorf("dataset: syncing %s: %w", dir, err)
	}
	return nil
}

func isUnsupported(err error) bool {
	return strings.Contains(err.Error(), "invalid argument") || strings.Contains(err.Error(), "not supported")
}

// WriteFile writes a whole file atomically: write fills a temporary file in
// the same directory, which is fsynced and renamed to path only if write
// succeeds. Used for outputs made after the tables, such as the report page.
func WriteFile(path string, write func(w io.Writer) error) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	if err := write(a); err != nil {
		a.abort()
		return fmt.Errorf("dataset: writing %s: %w", path, err)
	}
	return a.commit()
}
