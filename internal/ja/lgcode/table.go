package lgcode

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"sync"
)

var (
	//go:embed data/localgovjp-utf8.csv
	localgovCSV []byte
	//go:embed data/prefjp-utf8.csv
	prefCSV []byte
)

// table holds every body and the indexes the lookups use.
type table struct {
	bodies []Body
	byCode map[string]int
	byKey  map[string][]int // nameKey → current bodies (a ward under its full and its own name)
	byHost map[string][]int // homepage host without www. → current bodies
	prefs  map[string]int   // 岡山県 and 岡山 → the prefecture
}

// load parses the embedded tables once per process.
var load = sync.OnceValue(func() *table {
	t, err := parseTables(prefCSV, localgovCSV)
	if err != nil {
		panic(err) // embedded data, checked by the tests
	}
	return t
})

func parseTables(prefData, localData []byte) (*table, error) {
	prefs, err := parsePrefectures(prefData)
	if err != nil {
		return nil, err
	}
	locals, err := parseLocal(localData)
	if err != nil {
		return nil, err
	}
	t := &table{bodies: applyOverrides(append(prefs, locals...))}
	if err := t.index(); err != nil {
		return nil, err
	}
	return t, nil
}

// readCSV reads a table with a header, checking the named columns exist.
func readCSV(name string, data []byte, want ...string) ([]map[string]string, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("lgcode: %s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("lgcode: %s: empty table", name)
	}
	col := make(map[string]int)
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, w := range want {
		if _, ok := col[w]; !ok {
			return nil, fmt.Errorf("lgcode: %s: line 1: no column %q", name, w)
		}
	}
	out := make([]map[string]string, 0, len(rows)-1)
	for _, row := range rows[1:] {
		m := make(map[string]string, len(want))
		for _, w := range want {
			m[w] = strings.TrimSpace(row[col[w]])
		}
		out = append(out, m)
	}
	return out, nil
}

func parsePrefectures(data []byte) ([]Body, error) {
	const name = "data/prefjp-utf8.csv"
	rows, err := readCSV(name, data, "pref", "prefkana", "url", "lgcode")
	if err != nil {
		return nil, err
	}
	out := make([]Body, 0, len(rows))
	for i, r := range rows {
		code := fmt.Sprintf("%06s", r["lgcode"]) // the source lost leading zeros
		if !Valid(code) {
			return nil, fmt.Errorf("lgcode: %s: line %d: invalid code %q for %s", name, i+2, r["lgcode"], r["pref"])
		}
		out = append(out, Body{Code: code, Prefecture: r["pref"], Name: r["pref"], Kana: r["prefkana"], URL: r["url"], Kind: Prefecture})
	}
	return out, nil
}

func parseLocal(data []byte) ([]Body, error) {
	const name = "data/localgovjp-utf8.csv"
	rows, err := readCSV(name, data, "pref", "city", "citykana", "url", "lgcode")
	if err != nil {
		return nil, err
	}
	out := make([]Body, 0, len(rows))
	for i, r := range rows {
		b := Body{Code: r["lgcode"], Prefecture: r["pref"], Kana: strings.ReplaceAll(r["citykana"], " ", ""), URL: r["url"]}
		if !Valid(b.Code) {
			return nil, fmt.Errorf("lgcode: %s: line %d: invalid code %q for %s", name, i+2, b.Code, r["city"])
		}
		if err := b.setName(r["city"]); err != nil {
			return nil, fmt.Errorf("lgcode: %s: line %d: %w", name, i+2, err)
		}
		out = append(out, b)
	}
	return out, nil
}

// setName fills Name, City, Ward and Kind from the source's city column
// (designated-city wards are written "新潟市 中央区").
func (b *Body) setName(city string) error {
	if c, w, ok := strings.Cut(city, " "); ok {
		b.City, b.Ward, b.Name, b.Kind = c, w, c+w, Ward
		return nil
	}
	b.City, b.Name = city, city
	switch {
	case strings.HasSuffix(city, "市"):
		b.Kind = City
	case strings.HasSuffix(city, "町"):
		b.Kind = Town
	case strings.HasSuffix(city, "村"):
		b.Kind = Village
	case strings.HasSuffix(city, "区") && b.Prefecture == "東京都":
		b.Kind = SpecialWard
	default:
		return fmt.Errorf("name %q: not a 市, 町, 村 or 特別区", city)
	}
	return nil
}

// index builds the lookup maps; abolished bodies are only indexed by code.
func (t *table) index() error {
	t.byCode = make(map[string]int, len(t.bodies))
	t.byKey = make(map[string][]int, 2*len(t.bodies))
	t.byHost = make(map[string][]int, len(t.bodies))
	t.prefs = make(map[string]int, 2*47)
	for i, b := range t.bodies {
		if _, dup := t.byCode[b.Code]; dup {
			return fmt.Errorf("lgcode: code %s (%s) appears twice", b.Code, b.Name)
		}
		t.byCode[b.Code] = i
		if b.Abolished != "" {
			continue
		}
		t.byKey[nameKey(b.Name)] = append(t.byKey[nameKey(b.Name)], i)
		if b.Kind == Ward {
			t.byKey[nameKey(b.Ward)] = append(t.byKey[nameKey(b.Ward)], i)
		}
		if b.Kind == Prefecture {
			t.prefs[b.Name] = i
			t.prefs[prefShort(b.Name)] = i
		}
		if h := hostOf(b.URL); h != "" {
			t.byHost[h] = append(t.byHost[h], i)
		}
	}
	return nil
}

// prefShort is a prefecture's name without 都, 府 or 県 (北海道 keeps 道).
func prefShort(name string) string {
	for _, suffix := range []string{"都", "府", "県"} {
		if s, ok := strings.CutSuffix(name, suffix); ok {
			return s
		}
	}
	return name
}
