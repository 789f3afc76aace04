package generic

import (
	"regexp"
	"strconv"
	"strings"

	"jplan/internal/extract/kit"
	"jplan/internal/ja/sdg"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// sdgOnly attaches a line that is only SDG tags to the current item.
func (w *walker) sdgOnly(body string) bool {
	tags := sdg.Find(body)
	if len(tags) == 0 || kit.Runes(strings.Trim(sdg.Strip(body), "【】[]()<> ")) > 2 {
		return false
	}
	goals := sdg.Goals(tags)
	for _, t := range tags {
		if t.NameOnly {
			return false
		}
	}
	if w.cur != nil {
		w.cur.sdgs = append(w.cur.sdgs, goals...)
	}
	return true
}

// evalCount is "目標数 4" / "達成数:4" written in prose.
var evalCount = regexp.MustCompile(`(目標数|達成数)\s*[::]?\s*(\d+)`)

// evaluationLine reads a line that states the document's achievement counts.
func (w *walker) evaluationLine(body string) bool {
	if !strings.Contains(body, "目標数") && !strings.Contains(body, "達成数") {
		return false // evalCount's own words: most lines are spared its search
	}
	ms := evalCount.FindAllStringSubmatch(body, -1)
	if len(ms) == 0 || kit.Runes(body) > 40 {
		return false
	}
	if w.eval == nil {
		w.eval = &plan.Evaluation{}
	}
	for _, m := range ms {
		n, _ := strconv.Atoi(m[2])
		if m[1] == "目標数" {
			w.eval.GoalsTotal = plan.Int(n)
		} else {
			w.eval.GoalsAchieved = plan.Int(n)
		}
	}
	return true
}

// outcomeLabel is "取組結果:…" / "今後の方向性:…" written inside an item.
var outcomeLabel = regexp.MustCompile(`^(取組結果|取組の結果|成果|評価|進捗状況|達成状況|今後の方向性|今後の取組|今後の方針)\s*[::]\s*(.+)$`)

// labelledOutcome puts a labelled result or outlook line on the current
// mission.
func (w *walker) labelledOutcome(body string) bool {
	m := outcomeLabel.FindStringSubmatch(body)
	if m == nil || w.cur == nil || !w.cur.mission {
		return false
	}
	if classify(m[1]) == secOutlook {
		w.cur.outlook = m[2]
	} else {
		w.cur.result = m[2]
	}
	return true
}

// image attaches the SDG goals an icon's alt text names (SDGsアイコン 4 質の高い
// 教育をみんなに) to the current item, or to the document before any item.
func (w *walker) image(b layout.Block) {
	if b.Kind != layout.Image || b.Text == "" {
		return
	}
	goals := sdg.Goals(sdg.Find(kit.Clean(b.Text)))
	if w.cur != nil {
		w.cur.sdgs = append(w.cur.sdgs, goals...)
	} else {
		w.docSDGs = append(w.docSDGs, goals...)
	}
}

// visionLabel is "将来像:…" / "テーマ:…": the vision written on its label's line.
var visionLabel = regexp.MustCompile(`^(テーマ|基本テーマ|基本理念|将来像|将来都市像|目指す姿|めざす姿|目指すまちの姿|スローガン)\s*[::]\s*(.+)$`)

// visionLine reads a labelled vision line.
func (w *walker) visionLine(body string) bool {
	m := visionLabel.FindStringSubmatch(body)
	if m == nil {
		return false
	}
	if w.vision == "" {
		w.vision = m[2]
	}
	return true
}
