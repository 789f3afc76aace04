package generic_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	_ "jplan/extractors/generic"
	"jplan/internal/extract"
	"jplan/internal/ja/norm"
	"jplan/internal/pdf"
	"jplan/internal/pipeline"
	"jplan/internal/plan"
)

func TestMain(m *testing.M) {
	pdf.ServeChildIfRequested()
	os.Exit(m.Run())
}

const root = "../.."

// entry is one corpus.tsv line with its truth record.
type entry struct {
	id, path, url string
	truth         *plan.Record
}

// corpusEntries reads corpus/corpus.tsv and pairs every entry with its truth
// record (testdata/truth/<id>.json or a devset golden.json with that id).
func corpusEntries(t testing.TB) []entry {
	t.Helper()
	golden := map[string]*plan.Record{}
	devs, _ := filepath.Glob(filepath.Join(root, "testdata/devset/*/golden.json"))
	for _, p := range devs {
		rec := readRecord(t, p)
		golden[rec.ID] = rec
	}
	f, err := os.Open(filepath.Join(root, "corpus/corpus.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for len(cols) < 3 {
			cols = append(cols, "")
		}
		e := entry{id: cols[0], path: cols[1], url: cols[2]}
		if rec, ok := golden[e.id]; ok {
			e.truth = rec
		} else if p := filepath.Join(root, "testdata/truth", e.id+".json"); fileExists(p) {
			e.truth = readRecord(t, p)
		}
		if e.truth != nil {
			out = append(out, e)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func readRecord(t testing.TB, path string) *plan.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rec, err := plan.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rec
}

// extractGeneric runs the whole pipeline on an entry with the generic
// extractor forced.
func extractGeneric(t testing.TB, e entry) *plan.Record {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "corpus", e.path))
	if err != nil {
		t.Fatal(err)
	}
	url := e.url
	if url == "" {
		url = "file:" + e.path
	}
	rec, err := pipeline.Process(context.Background(), pipeline.Input{Data: data, Name: e.path, URL: url, ID: e.id, Extractor: extract.GenericName}, &extract.Env{})
	if err != nil {
		t.Fatalf("%s: %v", e.id, err)
	}
	return rec
}

// counts are true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c *counts) add(o counts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c counts) f1() float64 {
	if c.tp+c.fp+c.fn == 0 {
		return 1
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

// bigrams of the folded text, as a multiset.
func bigrams(s string) map[string]int {
	r := []rune(norm.Fold(s))
	m := map[string]int{}
	if len(r) == 1 {
		m[string(r)]++
	}
	for i := 0; i+1 < len(r); i++ {
		m[string(r[i:i+2])]++
	}
	return m
}

// dice is the character-bigram Dice coefficient of a and b.
func dice(a, b string) float64 {
	x, y := bigrams(a), bigrams(b)
	nx, ny, both := 0, 0, 0
	for k, n := range x {
		nx += n
		both += min(n, y[k])
	}
	for _, n := range y {
		ny += n
	}
	if nx+ny == 0 {
		return 1
	}
	return 2 * float64(both) / float64(nx+ny)
}

// matchTitles pairs truth and predicted titles one to one, best pair first,
// counting pairs with Dice >= 0.8.
func matchTitles(truth, pred []string) counts {
	type pair struct {
		i, j int
		d    float64
	}
	var pairs []pair
	for i, a := range truth {
		for j, b := range pred {
			if d := dice(a, b); d >= 0.8 {
				pairs = append(pairs, pair{i, j, d})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].d > pairs[y].d })
	usedT, usedP := map[int]bool{}, map[int]bool{}
	tp := 0
	for _, p := range pairs {
		if !usedT[p.i] && !usedP[p.j] {
			usedT[p.i], usedP[p.j] = true, true
			tp++
		}
	}
	return counts{tp, len(pred) - tp, len(truth) - tp}
}

func matchInts(truth, pred []int) counts {
	in := map[int]bool{}
	for _, g := range truth {
		in[g] = true
	}
	tp := 0
	for _, g := range pred {
		if in[g] {
			tp++
		}
	}
	return counts{tp, len(pred) - tp, len(truth) - tp}
}

var groups = []string{"missions", "projects", "indicators", "sdgs"}

func score(truth, pred *plan.Record) map[string]counts {
	titles := func(r *plan.Record, g string) []string {
		var out []string
		switch g {
		case "missions":
			for _, m := range r.Missions {
				out = append(out, m.Title)
			}
		case "projects":
			for _, p := range r.Projects {
				out = append(out, p.Title)
			}
		case "indicators":
			for _, in := range r.Indicators {
				out = append(out, in.Name)
			}
		}
		return out
	}
	out := map[string]counts{"sdgs": matchInts(truth.SDGs, pred.SDGs)}
	for _, g := range groups[:3] {
		out[g] = matchTitles(titles(truth, g), titles(pred, g))
	}
	return out
}

// fieldsRight counts the document-level fields that equal the truth.
func fieldsRight(truth, pred *plan.Record) (right, total int) {
	org := func(r *plan.Record) string {
		if r.Publisher.Organization == nil {
			return "<nil>"
		}
		return *r.Publisher.Organization
	}
	checks := []bool{
		truth.FiscalYear == pred.FiscalYear,
		truth.Publisher.Municipality == pred.Publisher.Municipality,
		org(truth) == org(pred),
		truth.Kind == pred.Kind,
	}
	for _, ok := range checks {
		if ok {
			right++
		}
	}
	return right, len(checks)
}

// TestGenericScores runs the generic extractor alone over every corpus
// entry with a truth record and fails when a group's micro-F1 falls below
// 0.85 on the seeds or on the devset, or when fewer than 80% of the
// document fields (fiscal_year, municipality, organization, kind) are right.
func TestGenericScores(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every corpus document, PDFs included")
	}
	sets := map[string]map[string]*counts{}
	fields := map[string][2]int{}
	for _, e := range corpusEntries(t) {
		set := "seeds"
		if strings.HasPrefix(e.id, "sha256:") {
			set = "devset"
		}
		if sets[set] == nil {
			sets[set] = map[string]*counts{}
			for _, g := range groups {
				sets[set][g] = &counts{}
			}
		}
		pred := extractGeneric(t, e)
		sc := score(e.truth, pred)
		var line []string
		for _, g := range groups {
			sets[set][g].add(sc[g])
			line = append(line, g+" "+ftoa(sc[g].f1()))
		}
		r, n := fieldsRight(e.truth, pred)
		f := fields[set]
		fields[set] = [2]int{f[0] + r, f[1] + n}
		t.Logf("%-24s %s fields %d/%d", e.id, strings.Join(line, " "), r, n)
	}
	for _, set := range []string{"seeds", "devset"} {
		if sets[set] == nil {
			t.Errorf("no %s entries with truth records", set)
			continue
		}
		for _, g := range groups {
			c := *sets[set][g]
			t.Logf("%s %-10s tp %3d fp %3d fn %3d F1 %s", set, g, c.tp, c.fp, c.fn, ftoa(c.f1()))
			if c.f1() < 0.85 {
				t.Errorf("%s %s F1 = %s, want >= 0.85", set, g, ftoa(c.f1()))
			}
		}
		f := fields[set]
		t.Logf("%s document fields right %d/%d", set, f[0], f[1])
		if float64(f[0]) < 0.8*float64(f[1]) {
			t.Errorf("%s document fields right %d/%d, want >= 80%%", set, f[0], f[1])
		}
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

func TestDiceAndMatching(t *testing.T) {
	if d := dice("人口減少対策の取組強化", "人口減少対策の取組強化"); d != 1 {
		t.Errorf("dice of equal strings = %v", d)
	}
	if d := dice("人口減少対策の取組強化", "広聴広報の充実"); d >= 0.8 {
		t.Errorf("dice of different titles = %v", d)
	}
	c := matchTitles([]string{"市内成婚数", "移住者数"}, []string{"移住者数", "市内成婚数", "加盟店数"})
	if c != (counts{2, 1, 0}) {
		t.Errorf("matchTitles = %+v", c)
	}
}
