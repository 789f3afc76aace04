package maniwa

import (
	"bytes"
	"context"
	"os"
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/internal/truthcmp"
	"jplan/internal/layout"
)

// FuzzExtract feeds arbitrary text and HTML through the layout to Match and
// Extract: nothing may panic, and every record must pass the plan/v1 checks.
// The seeds are small excerpts of each form.
func FuzzExtract(f *testing.F) {
	truthcmp.Fuzz(f, Name,
		"令和5年度 部局経営目標【総合政策部】\n\n(1)部局の役割・使命(ミッション)・経営方針\n\n選ばれる真庭市づくり\n【No.11:住み続けられるまちづくりを】\n\n交流定住センターの機能を強化します。\n\n関連書類\n",
		"本文\n令和7年度 部局経営目標【産業観光部】\n(1)部局の役割・使命(ミッション)\n循環型経済の推進\n産業の振興に取り組みます。\n",
		"令和8年度 部局経営目標\n\n年度\t令和8年度\t作成日\t令和8年4月1日\n部局名\t総合政策部\t部局長名\t木村 辰生\n(1) 部局の方向性\t\n<p>・人口減少対策 取組を進める。【SDGs No.11】</p>\t\n(2) 事業成果目標 (重点事業)\t指標名及び目標値\n<p>●移住 支援 ・相談</p>\t指標:①成婚数 ②移住者数 目標値:①115組②30人 (令和7年度実績値 ①121組 ②-)\n<p>1-①事業</p> <ul> ・a</ul>\t<p>指標:額</p> <p>目標値:10.0億円</p> <p>(令和7年度実績値(見込み):7.4億円)</p>\n",
		"<h2>令和6年度 部局経営目標【建設部】</h2><h3>(1)部局の役割</h3><h4>道路【No.9】</h4><p>整備します。</p><ul><li>・橋</li></ul><h3>(2)事業成果目標</h3><h4>1-①改良</h4><p>指標:延長 目標値:2.5km</p>",
	)
}

// BenchmarkExtract measures Match and Extract (without layout) on the CMS
// page and the form.
func BenchmarkExtract(b *testing.B) {
	for _, id := range []string{"s000-html", "s001-text"} {
		b.Run(id, func(b *testing.B) { extracttest.BenchmarkExtract(b, Name, id) })
	}
}

// BenchmarkMatchLongDocument measures Match on a long document of another
// family (seed 002's text repeated): Match runs for every extractor on every
// document, so it must not depend on the document's length.
func BenchmarkMatchLongDocument(b *testing.B) {
	data, err := os.ReadFile("../../corpus/seeds/002_14af7f8c1c2b8dac.txt")
	if err != nil {
		b.Fatal(err)
	}
	long := bytes.Repeat(append(data, '\n'), 50)
	doc, err := layout.Parse(context.Background(), long, layout.Options{Name: "long"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Match(doc)
	}
}
