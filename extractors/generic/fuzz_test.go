package generic

import (
	"context"
	"strings"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// blocksFrom turns fuzz bytes into a block sequence: each line of data is a
// block whose kind, level and marker come from its first byte, and lines
// holding tabs become table rows (cells split at tabs).
func blocksFrom(data string, format string) *layout.Document {
	doc := &layout.Document{Name: "fuzz", Format: format}
	kinds := []layout.Kind{layout.Heading, layout.Paragraph, layout.ListItem, layout.Table, layout.Meta, layout.Link, layout.Image}
	markers := []string{"", "・", "●", "(1)", "①", "1-①", "1.", "-", "※", "☞", ">1."}
	for _, line := range strings.Split(data, "\n") {
		if line == "" {
			continue
		}
		c := line[0]
		b := layout.Block{Kind: kinds[int(c)%len(kinds)], Text: line[1:], Level: int(c)%6 + 1, Marker: markers[int(c)%len(markers)]}
		if b.Kind == layout.Table {
			for _, row := range strings.Split(line[1:], "|") {
				var cells []layout.Cell
				for _, cell := range strings.Split(row, "\t") {
					cells = append(cells, layout.Cell{Text: cell, Span: len(cell)%7 == 3})
				}
				b.Rows = append(b.Rows, cells)
			}
		}
		doc.Blocks = append(doc.Blocks, b)
	}
	return doc
}

// FuzzExtract feeds random block sequences (headings, list items, tables,
// meta, in text and PDF form) to Extract: it must never panic, and every
// record it returns must pass plan.Validate once stamped.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"\x00令和5年度 部局経営目標【総合政策部】\n\x01(1)部局の役割・使命(ミッション)\n\x00真庭ライフスタイルの実現\n\x01【No.17:パートナーシップで目標を達成しよう】\n\x01本文です。",
		"\x03年度\t令和8年度\t作成日\t令和8年4月1日|部局名\t総合政策部\t部局長名\t木村 辰生|(2) 事業成果目標\t\t指標:①市内成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②34人)",
		"\x01企画部\n\x02☞事務を進めます。\n\x09…行革推進事業(説明)\n\x01総務部\n\x02防災計画を改定します。",
		"\x01成果指標 1章 市民の個性と能力が発揮できるまちづくり(教育・文化) ①子育て・就学前教育 目標(指標)名 単位 現状 目標(平成31年度) 待機児童 人 0 0 認定こども園 カ所 1 3 母子・父子相談件数 件 943 1,000 全員取得 (幼稚園教諭の)保育士資格取得 ②義務教育 目標(指標)名 市体育協会会員数 目標(指標)の説明 市では",
		"\x01「ささえる」プロジェクトの方針\n\x01重点プロジェクト①\n\x01ささえる\n\x03重点目標の達成状況\t目標数\t4\t達成数\t4|取組結果\t1 成果\n2 成果|今後の方向性\t1 次へ",
		"\x01\n\x02\n\x03\t\t|\t\n\x01指標:\n\x01目標値:\n\x01(実績値",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		format := plan.FormatText
		if len(data)%2 == 1 {
			format = plan.FormatPDF
		}
		doc := blocksFrom(data, format)
		rec, err := Extract(context.Background(), doc, &extract.Env{})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		rec.ID = "sha256:0000000000000000"
		rec.Source = plan.Source{Format: format, Extractor: "generic", ExtractorVersion: Version}
		if fails := plan.Validate(rec); len(fails) > 0 && validUTF8(data) {
			t.Fatalf("invalid record: %v", fails)
		}
	})
}

func validUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }
