package all_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "jplan/extractors/all"
	"jplan/internal/extract"
	"jplan/internal/layout"
)

// fragments are the pieces random documents are made of: the family wording
// of every extractor, markers, SDG tags, numbers with units, era years and
// dates, punctuation that ends or splits items, and awkward bytes.
var fragments = []string{
	"部局経営目標", "組織目標", "各部の運営方針と目標", "重点プロジェクト", "重点プロジェクト①",
	"「ささえる」プロジェクトの方針", "プロジェクトの方針", "方向性", "重点事業", "使命", "目標", "取組",
	"指標", "目標値", "実績値", "現状", "基準値", "見込み", "単位", "取組結果", "今後の方向性", "目標数", "達成数",
	"企画部", "総務部", "中央区", "区長", "部局長名", "作成日", "更新日", "真庭市", "三鷹市", "総社市", "新潟市",
	"令和5年度", "平成\n24年度", "R5", "令和8年4月1日", "2023年6月22日", "平成31年度末", "令和5～9年度",
	"【No.17:パートナーシップで目標を達成しよう】", "SDGs", "ゴール3",
	"①", "②", "⑳", "1-①", "(1)", "1.", "第1", "●", "・", "•", "-", "☞", "※", "◆", "■", "☞…行革推進事業(説明)",
	"115組", "10.0億円", "450万件", "96.0%以上", "年12回", "1,500", "-", "など", "等",
	"地域の活性化に取り組みます。", "また、", "推進", "支えあいの まちづくり", "ささえる", "うるおう",
	"、", "。", "「", "」", "(", ")", " ", "\n", "\t", "　", "\u200b", "\xff\xfe", "\ufffd", "ア", "ｱ", "Ａ１",
}

// docFrom builds a random block sequence from data: each byte chooses the
// next block kind, text fragment, marker, level or table shape.
func docFrom(data []byte) *layout.Document {
	r := &reader{data: data}
	doc := &layout.Document{Name: "fuzz", Format: []string{"html", "pdf", "text"}[r.n(3)], Title: r.text(3)}
	if r.n(4) == 0 {
		doc.URL = []string{"https://www.city.maniwa.lg.jp/x", "https://www.city.mitaka.lg.jp/koho/", "https://www.city.niigata.lg.jp/chuo/", "http://[::1"}[r.n(4)]
	}
	for !r.done() && len(doc.Blocks) < 200 {
		doc.Blocks = append(doc.Blocks, r.block(0))
	}
	return doc
}

type reader struct {
	data []byte
	i    int
}

func (r *reader) done() bool { return r.i >= len(r.data) }

// n returns the next choice in [0, k).
func (r *reader) n(k int) int {
	if r.done() {
		return 0
	}
	b := r.data[r.i]
	r.i++
	return int(b) % k
}

// text joins up to max fragments.
func (r *reader) text(max int) string {
	var sb strings.Builder
	for k := r.n(max + 1); k > 0; k-- {
		sb.WriteString(fragments[r.n(len(fragments))])
	}
	return sb.String()
}

func (r *reader) block(depth int) layout.Block {
	kinds := []layout.Kind{layout.Heading, layout.Paragraph, layout.ListItem, layout.Table, layout.Link, layout.Image, layout.Meta}
	b := layout.Block{Kind: kinds[r.n(len(kinds))], Text: r.text(6)}
	b.Pos = layout.Pos{Page: r.n(4), X: float64(r.n(600)), Y: float64(r.n(800)), Line: r.n(100)}
	switch b.Kind {
	case layout.Heading:
		b.Level = r.n(8) // 0 and 7 are out of range on purpose
	case layout.ListItem:
		b.Marker, b.Depth = fragments[r.n(len(fragments))], r.n(4)
	case layout.Table:
		b.Text = ""
		b.Rows = r.rows(depth)
	}
	return b
}

// rows makes a ragged table: rows of different lengths, header and span
// cells, empty cells, and cells holding blocks (one level deep).
func (r *reader) rows(depth int) [][]layout.Cell {
	rows := make([][]layout.Cell, r.n(6))
	for i := range rows {
		rows[i] = make([]layout.Cell, r.n(6))
		for j := range rows[i] {
			c := layout.Cell{Text: r.text(4), Header: r.n(3) == 0, Span: r.n(4) == 0}
			if depth == 0 && r.n(5) == 0 {
				c.Blocks = []layout.Block{r.block(depth + 1), r.block(depth + 1)}
			}
			rows[i][j] = c
		}
	}
	return rows
}

// runAll feeds doc to every registered extractor's Match and Extract: no
// panic, a confidence in [0, 1], and a record or an error.
func runAll(t *testing.T, doc *layout.Document) {
	for _, name := range extract.Names() {
		spec, _ := extract.Lookup(name)
		c := spec.Match(doc)
		if math.IsNaN(c) || c < 0 || c > 1 {
			t.Errorf("%s: Match = %v, want a confidence in [0, 1]", name, c)
		}
		rec, err := spec.Extract(context.Background(), doc, &extract.Env{})
		if err == nil && rec == nil {
			t.Errorf("%s: Extract returned neither a record nor an error", name)
		}
	}
}

// FuzzExtractors feeds random block sequences to every extractor.
func FuzzExtractors(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
	f.Add([]byte("重点プロジェクト①ささえる方針"))
	f.Add([]byte{1, 3, 2, 5, 9, 40, 3, 3, 3, 7, 1, 2, 9, 80, 3, 3, 4, 4, 5, 200, 17, 3, 1, 2, 2, 2, 6, 99})
	f.Fuzz(func(t *testing.T, data []byte) {
		runAll(t, docFrom(data))
	})
}

// maxSeed bounds a seed document's bytes in FuzzExtractorsText.
const maxSeed = 512

// FuzzExtractorsText feeds text documents, read by the real text layout, to
// every extractor; the corpus's seed texts are the starting points.
func FuzzExtractorsText(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "seeds", "*.txt"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data[:min(len(data), maxSeed)]) // the heading area and first items: small inputs mutate fast
		}
	}
	f.Add([]byte("企画部\n\n- ☞\n\n重点プロジェクト①\n\nなど\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := layout.Parse(context.Background(), data, layout.Options{Name: "fuzz.txt"})
		if err != nil {
			return
		}
		runAll(t, doc)
	})
}

// TestExtractorsOnRandomDocuments runs a fixed sweep of generated documents
// in the ordinary test run, so a panic shows up without fuzzing.
func TestExtractorsOnRandomDocuments(t *testing.T) {
	for seed := 0; seed < 100; seed++ {
		data := make([]byte, 64+seed)
		x := uint32(seed*2654435761 + 1)
		for i := range data {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			data[i] = byte(x)
		}
		runAll(t, docFrom(data))
	}
}
