package store

import (
	"errors"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"
)

func TestPutGetRoundTrip(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("<html><title>令和5年度 部局経営目標</title></html>")
	at := time.Date(2026, 11, 21, 3, 0, 0, 0, time.UTC)
	d, err := s.Put(data, Meta{URL: "https://www.city.maniwa.lg.jp/a.html", FetchedAt: at,
		Header: http.Header{"Etag": {`"x1"`}}, Format: "html", Charset: "utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if d != Sum(data) || len(d) != 64 {
		t.Fatalf("digest %s, want %s", d, Sum(data))
	}
	got, err := s.Get(d)
	if err != nil || string(got) != string(data) {
		t.Fatalf("Get = %q, %v", got, err)
	}
	m, err := s.Meta(d)
	if err != nil {
		t.Fatal(err)
	}
	if m.URL != "https://www.city.maniwa.lg.jp/a.html" || !m.FetchedAt.Equal(at) || m.Header.Get("ETag") != `"x1"` || m.Size != int64(len(data)) {
		t.Errorf("meta = %+v", m)
	}
	if !s.Has(d) || s.Has(Sum([]byte("other"))) || s.Has("../../etc") {
		t.Error("Has is wrong")
	}
}

func TestGetDetectsCorruptionAndAbsence(t *testing.T) {
	s, _ := Open(t.TempDir())
	d, err := s.Put([]byte("総社市"), Meta{URL: "u"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.path(d, ".bin"), []byte("tampered"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(d); !errors.Is(err, ErrCorrupt) {
		t.Errorf("tampered Get err = %v, want ErrCorrupt", err)
	}
	if _, err := s.Get(Sum([]byte("never stored"))); !errors.Is(err, ErrNotFound) {
		t.Errorf("absent Get err = %v, want ErrNotFound", err)
	}
	if _, err := s.Get("zz"); err == nil {
		t.Error("malformed digest accepted")
	}
}

func TestConcurrentPutsOfSameBytes(t *testing.T) {
	s, _ := Open(t.TempDir())
	data := []byte("三鷹市 各部の運営方針と目標")
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.Put(data, Meta{URL: "u", Status: 200 + i}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	ds, err := s.Digests()
	if err != nil || len(ds) != 1 || ds[0] != Sum(data) {
		t.Fatalf("Digests = %v, %v", ds, err)
	}
	tmps, _ := os.ReadDir(s.path(Sum(data), "")[:len(s.path(Sum(data), ""))-64])
	if len(tmps) != 2 {
		t.Errorf("object dir has %d entries, want .bin and .json only", len(tmps))
	}
}

func TestRemoveStaleTemps(t *testing.T) {
	s, _ := Open(t.TempDir())
	d, _ := s.Put([]byte("新潟市中央区"), Meta{URL: "u"})
	dir := s.path(d, "")[:len(s.path(d, ""))-64]
	old, young := dir+".tmp-111", dir+".tmp-222"
	for _, p := range []string{old, young} {
		if err := os.WriteFile(p, []byte("torn"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	past := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, past, past)
	n, err := s.RemoveStaleTemps(time.Hour)
	if err != nil || n != 1 {
		t.Fatalf("removed %d, %v; want 1", n, err)
	}
	if _, err := os.Stat(young); err != nil {
		t.Error("a young temp file (a writer may still own it) was removed")
	}
	if _, err := s.Get(d); err != nil {
		t.Errorf("stored object damaged: %v", err)
	}
}
