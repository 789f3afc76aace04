package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	in := "# comment\n\na\tseeds/a.txt\t\t332143\nb\t../testdata/b.txt\thttps://www.city.maniwa.lg.jp/x.html\r\n"
	got, err := Parse(strings.NewReader(in), "m.tsv", "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "a" || got[0].SourceURL() != "file:seeds/a.txt" || got[0].Path != filepath.Join("corpus", "seeds/a.txt") {
		t.Fatalf("entry a = %+v", got[0])
	}
	if got[0].MunicipalityCode != "332143" || got[1].MunicipalityCode != "" {
		t.Fatalf("municipality codes %q %q", got[0].MunicipalityCode, got[1].MunicipalityCode)
	}
	if got[1].SourceURL() != "https://www.city.maniwa.lg.jp/x.html" || got[1].Path != "testdata/b.txt" {
		t.Fatalf("entry b = %+v", got[1])
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	cases := map[string]string{
		"one column":    "a\n",
		"duplicate id":  "a\tx.txt\na\ty.txt\n",
		"absolute path": "a\t/etc/passwd\n",
		"escapes":       "a\t../../x\n",
		"bad url":       "a\tx.txt\tftp://x\n",
		"bad code":      "a\tx.txt\t\t332140\n",
		"five columns":  "a\tx.txt\t\t332143\tx\n",
		"empty id":      "\tx.txt\n",
	}
	for name, in := range cases {
		_, err := Parse(strings.NewReader(in), "m.tsv", "c")
		if err == nil || !strings.Contains(err.Error(), "m.tsv:") {
			t.Errorf("%s: err = %v, want an error naming m.tsv:LINE", name, err)
		}
	}
}

// TestBundledManifest checks the repository's own corpus: every entry exists.
func TestBundledManifest(t *testing.T) {
	entries, err := Load("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 10 {
		t.Fatalf("only %d entries", len(entries))
	}
	for _, e := range entries {
		if _, err := os.Stat(e.Path); err != nil {
			t.Errorf("%s: %v", e.ID, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a\tseeds/a.txt\t\n")
	f.Add("#x\nb\t../t/b.txt\thttps://e.jp/\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := Parse(strings.NewReader(s), "f.tsv", "c")
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, e := range es {
			if e.ID == "" || seen[e.ID] {
				t.Fatalf("bad entry accepted: %+v", e)
			}
			seen[e.ID] = true
		}
	})
}
