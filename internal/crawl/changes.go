package crawl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"

	"jplan/internal/store"
)

// Kinds of change-log line.
const (
	ChangeNew         = "new"         // first record of a document
	ChangeChanged     = "changed"     // new bytes (and the record fields that moved)
	ChangeGone        = "gone"        // no longer linked, or 404/410
	ChangeReextracted = "reextracted" // same bytes, new extraction output
)

// runOnlyFields are record fields that describe a fetch, not the document.
var runOnlyFields = map[string]bool{"source.fetched_at": true, "source.sha256": true}

// ChangedFields lists the record fields (top-level, and source.* one level
// down) whose JSON differs between old and new, sorted. Fields that describe
// the fetch rather than the document (fetched_at, sha256) are not listed.
func ChangedFields(old, new []byte) []string {
	a, b := flatten(old), flatten(new)
	var out []string
	for k, v := range a {
		if w, ok := b[k]; (!ok || !bytes.Equal(v, w)) && !runOnlyFields[k] {
			out = append(out, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok && !runOnlyFields[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// flatten maps a record's top-level fields (and source.*) to compacted JSON.
func flatten(rec []byte) map[string][]byte {
	out := map[string][]byte{}
	var top map[string]json.RawMessage
	if json.Unmarshal(rec, &top) != nil {
		return out
	}
	for k, v := range top {
		var sub map[string]json.RawMessage
		if k == "source" && json.Unmarshal(v, &sub) == nil {
			for sk, sv := range sub {
				out["source."+sk] = compact(sv)
			}
			continue
		}
		out[k] = compact(v)
	}
	return out
}

func compact(v []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, v) != nil {
		return v
	}
	return buf.Bytes()
}

func fieldsJSON(f []string) string {
	if len(f) == 0 {
		return ""
	}
	js, _ := json.Marshal(f)
	return string(js)
}

func parseFields(s string) []string {
	var f []string
	if s != "" {
		_ = json.Unmarshal([]byte(s), &f)
	}
	return f
}

// changeLogPath is where run id's change log is written under out.
func changeLogPath(out string, id int64) string {
	return filepath.Join(out, "changes", fmt.Sprintf("run-%06d.jsonl", id))
}

// writeChangeLog writes run id's change log (JSON lines) atomically.
func writeChangeLog(path string, changes []Change) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, c := range changes {
		if err := enc.Encode(c); err != nil {
			return err
		}
	}
	if err := store.WriteFileAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("crawl: write change log: %w", err)
	}
	return nil
}
