package runner

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"jplan/internal/corpus"
)

// FromCorpus lists the documents of a corpus directory's manifest
// (DIR/corpus.tsv), in manifest order, with the manifest's ids and URLs
// (source.url is "file:" + the manifest path when no URL is given).
func FromCorpus(dir string) ([]Item, error) {
	entries, err := corpus.Load(dir)
	if err != nil {
		return nil, err
	}
	items := make([]Item, len(entries))
	for i, e := range entries {
		items[i] = Item{ID: e.ID, Path: e.Path, URL: e.SourceURL(), MunicipalityCode: e.MunicipalityCode}
	}
	return items, nil
}

// FromPaths lists local files: each file as given, and every regular file
// under each directory (sorted; hidden files and directories skipped). Ids are
// left to the bytes (sha256:…) and source.url is "file:" + the path.
func FromPaths(paths []string) ([]Item, error) {
	var items []Item
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("runner: %w", err)
		}
		if !info.IsDir() {
			items = append(items, fileItem(p))
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("runner: walking %s: %w", p, err)
		}
		sort.Strings(files)
		for _, f := range files {
			items = append(items, fileItem(f))
		}
	}
	return items, nil
}

func fileItem(path string) Item {
	return Item{Path: path, URL: "file:" + filepath.ToSlash(path)}
}
