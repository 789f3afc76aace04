package niigata

import (
	"testing"

	"jplan/extractors/internal/extracttest"
	"jplan/extractors/internal/truthcmp"
)

// FuzzExtract feeds arbitrary text and HTML through the layout to Match and
// Extract: nothing may panic, and every record must pass the plan/v1 checks.
// The seeds are small excerpts of the form.
func FuzzExtract(f *testing.F) {
	truthcmp.Fuzz(f, Name,
		"令和5年度 中央区組織目標\n\n| | | | |\n|--|--|--|--|\n| 組織名 | 中央区 | 区長 | 佐久間 なおみ |\n| 組織の目的・方向性 | 「拠点のまち」の実現 | | |\n| (参考) 政策指標* | <ul> ・保護者の割合 ・協働数 | | |\n\n重点目標\n\n- 1 交流人口の創出に努めます。\n- 2 環境づくりを進めます。\n\n※注\n\n評価\n\n| | 達成状況 | 目標数 | 2 | 達成数 | 2 |\n|--|--|--|--|--|--|\n| 取組結果 | <p>1 取り組みました。</p> <p>2 支援を</p> | | | | |\n\n| | |\n|--|--|\n| | <p>行いました。</p> |\n| 今後の方向性 | <p>1 努めます。</p> <p>2 進めます。</p> |\n",
		"<h1>令和6年度 総務課組織目標</h1><table><tr><th>組織名</th><td>総務課</td><th>課長</th><td>鈴木 一郎</td></tr></table><h2>重点目標</h2><p>1 電子化します。</p><h2>評価</h2><table><tr><th>取組結果</th><td>1 進みました。</td></tr></table>",
		"令和6年度 組織目標\n\n| 組織名 | | 区長 |\n|--|--|--|\n| | 1 |\n\n重点目標\n\n- 1\n",
	)
}

// BenchmarkExtract measures Match and Extract (without layout) on the seed form.
func BenchmarkExtract(b *testing.B) {
	extracttest.BenchmarkExtract(b, Name, "s004-text")
}
