package pdftext

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"jplan/internal/layout"
)

// parseFile parses a testdata PDF and fails the test on error.
func parseFile(t testing.TB, name string) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse(data, Options{Name: name})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	for _, p := range res.Pages {
		if p.Err != "" {
			t.Errorf("%s page %d: %s", name, p.Page, p.Err)
		}
	}
	return res
}

// docText is every block's text in order, cells included.
func docText(doc *layout.Document) string {
	var b strings.Builder
	for _, blk := range doc.Blocks {
		b.WriteString(blk.Text)
		b.WriteByte('\n')
		for _, row := range blk.Rows {
			for _, c := range row {
				b.WriteString(c.Text)
				b.WriteByte('\t')
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// squash removes whitespace and applies the same glyph repairs as the text
// layer (the truth files write ⼈ and ﬁ as the HTML source did).
func squash(s string) []rune {
	var out []rune
	for _, r := range foldGlyph(s) {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

// truthText is a truth file without its ROW lines (their cells are repeated
// on the lines that follow).
func truthText(t *testing.T, name string) (text string, rows [][]string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		if cells, ok := strings.CutPrefix(line, "ROW\t"); ok {
			rows = append(rows, strings.Split(cells, "\t"))
			continue
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n"), rows
}

// cer is the character error rate: Levenshtein distance over the truth length.
func cer(got, want []rune) float64 {
	if len(want) == 0 {
		return float64(len(got))
	}
	prev := make([]int, len(got)+1)
	cur := make([]int, len(got)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(want); i++ {
		cur[0] = i
		for j := 1; j <= len(got); j++ {
			cost := 1
			if want[i-1] == got[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(got)]) / float64(len(want))
}

func TestCER(t *testing.T) {
	t.Parallel()
	for _, pdf := range []string{
		"d001_keiei_mokuhyo.chromium.pdf", "d001_keiei_mokuhyo.libreoffice.pdf",
		"d003_juten_project.chromium.pdf", "d003_juten_project.libreoffice.pdf",
		"d004_soshiki_mokuhyo.chromium.pdf", "d004_soshiki_mokuhyo.libreoffice.pdf",
		"d900_features.chromium.pdf", "d900_features.libreoffice.pdf",
		"r_unijis_ucs2_h.pdf", "r_unijis_ucs2_v.pdf", "r_90ms_rksj_h.pdf", "r_ttf_subset.pdf",
	} {
		t.Run(pdf, func(t *testing.T) {
			truthName := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(pdf, ".pdf"), ".chromium"), ".libreoffice") + ".truth.txt"
			want, _ := truthText(t, truthName)
			got := docText(parseFile(t, pdf).Doc)
			if e := cer(squash(got), squash(want)); e > 0.02 {
				t.Errorf("CER %.4f > 0.02\ngot:\n%s", e, got)
			} else {
				t.Logf("CER %.4f", e)
			}
		})
	}
}

// TestCER_detectsDamage keeps the CER check honest: a text with 5 % of its
// characters replaced must fail the 0.02 bar.
func TestCER_detectsDamage(t *testing.T) {
	want, _ := truthText(t, "d001_keiei_mokuhyo.truth.txt")
	got := squash(want)
	for i := 0; i < len(got); i += 20 {
		got[i] = '〓'
	}
	if e := cer(got, squash(want)); e <= 0.02 {
		t.Fatalf("CER of damaged text = %.4f, want > 0.02", e)
	}
}

// wholeCells counts truth cells that come out as exactly one table cell.
// The bullet • is dropped from the PDF's cells: LibreOffice writes CSS list
// markers as text, while the truth (the HTML's text) has none.
func wholeCells(doc *layout.Document, rows [][]string) (whole, total int) {
	have := map[string]bool{}
	for _, blk := range doc.Blocks {
		for _, row := range blk.Rows {
			for _, c := range row {
				have[strings.ReplaceAll(string(squash(c.Text)), "•", "")] = true
			}
		}
	}
	for _, row := range rows {
		for _, c := range row {
			total++
			if have[string(squash(c))] {
				whole++
			}
		}
	}
	return whole, total
}

func TestTableCellsWhole(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		pdf, truth string
		atLeast    int
	}{
		{"d001_keiei_mokuhyo.chromium.pdf", "d001_keiei_mokuhyo.truth.txt", 20},
		{"d001_keiei_mokuhyo.libreoffice.pdf", "d001_keiei_mokuhyo.truth.txt", 20},
		{"d004_soshiki_mokuhyo.chromium.pdf", "d004_soshiki_mokuhyo.truth.txt", 16},
		{"d004_soshiki_mokuhyo.libreoffice.pdf", "d004_soshiki_mokuhyo.truth.txt", 16},
	} {
		t.Run(tc.pdf, func(t *testing.T) {
			_, rows := truthText(t, tc.truth)
			doc := parseFile(t, tc.pdf).Doc
			whole, total := wholeCells(doc, rows)
			t.Logf("%d of %d cells whole", whole, total)
			if whole < tc.atLeast {
				t.Errorf("%d of %d cells whole, want ≥ %d\n%s", whole, total, tc.atLeast, docText(doc))
			}
		})
	}
}

var (
	postcode = regexp.MustCompile(`(?:^|[^0-9\-－])\d{3}[-－]\d{4}(?:$|[^0-9\-－])`)
)

// TestMHLWRowsWhole checks the Excel tables: every institution is one table
// row — the row that has its postcode as a cell holds all its columns, and
// no cell holds a second institution's postcode.
func TestMHLWRowsWhole(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"mhlw_shinryoujo_000605690.pdf", "mhlw_shinryoujo_000791218.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := parseFile(t, name).Doc
			institutions := 0
			for _, blk := range doc.Blocks {
				if n := len(postcode.FindAllString(blk.Text, -1)); n > 0 {
					t.Errorf("page %d: %d postcodes outside a table: %q", blk.Pos.Page, n, blk.Text)
				}
				for _, row := range blk.Rows {
					if !hasPostcodeCell(row) {
						continue
					}
					institutions++
					if len(row) < 6 {
						t.Errorf("page %d: institution row has %d cells: %+v", blk.Pos.Page, len(row), row)
					}
					for _, c := range row {
						if n := len(postcode.FindAllString(c.Text, -1)); n > 1 {
							t.Errorf("page %d: cell holds %d postcodes: %q", blk.Pos.Page, n, c.Text)
						}
					}
				}
			}
			if institutions < 20 {
				t.Errorf("%d institutions found in table rows", institutions)
			}
			t.Logf("%d institutions, each one table row", institutions)
		})
	}
}

var postcodeCell = regexp.MustCompile(`^\d{3}[-－]\d{4}$`)

func hasPostcodeCell(row []layout.Cell) bool {
	for _, c := range row {
		if postcodeCell.MatchString(strings.TrimSpace(c.Text)) {
			return true
		}
	}
	return false
}

func TestFormXObjectText(t *testing.T) {
	t.Parallel()
	doc := parseFile(t, "tabula_twotables_formxobject.pdf").Doc
	text := docText(doc)
	for _, want := range []string{"連結株主資本等変動計算書", "当期首残高", "剰余金の配当", "17,683"} {
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

// TestRowBrokenByPageEnd: d001's last table row starts on page 1 and ends on
// page 2. The row must come out whole, on page 2 (so each page keeps text of
// its own for the per-page garbage checks), and page 1 must keep the rest.
func TestRowBrokenByPageEnd(t *testing.T) {
	for _, name := range []string{"d001_keiei_mokuhyo.chromium.pdf", "d001_keiei_mokuhyo.libreoffice.pdf"} {
		t.Run(name, func(t *testing.T) {
			res := parseFile(t, name)
			perPage := map[int]int{}
			for _, b := range res.Doc.Blocks {
				perPage[b.Pos.Page] += len(squash(b.Text))
				for _, row := range b.Rows {
					for _, c := range row {
						perPage[b.Pos.Page] += len(squash(c.Text))
					}
				}
			}
			for _, st := range res.Pages {
				if st.TextOps > 0 && perPage[st.Page] == 0 {
					t.Errorf("page %d: %d text operators but no text placed on it", st.Page, st.TextOps)
				}
			}
			want := string(squash("3-③インターネットメディア（ホームページ、ＳＮＳ）の効果的活用市民目線を意識した、より分かりやすい情報発信に努めます。"))
			found := false
			for _, b := range res.Doc.Blocks {
				for _, row := range b.Rows {
					for _, c := range row {
						if strings.ReplaceAll(string(squash(c.Text)), "•", "") == want {
							found = b.Pos.Page == 2
						}
					}
				}
			}
			if !found {
				t.Errorf("the broken row's first cell is not whole on page 2:\n%s", docText(res.Doc))
			}
		})
	}
}
