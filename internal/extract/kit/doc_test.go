package kit

import (
	"testing"

	"jplan/internal/plan"
)

func TestFindPlace(t *testing.T) {
	tests := []struct {
		name, text, url     string
		muni, code, pref, w string
	}{
		{"url wins", "総社市と連携します。", "https://www.city.maniwa.lg.jp/soshiki/40/104559.html", "真庭市", "332143", "岡山県", ""},
		{"ward directory", "組織目標", "https://www.city.niigata.lg.jp/chuo/about/index.html", "新潟市", "151033", "新潟県", "中央区"},
		{"ward from text", "令和5年度 中央区組織目標\n\n新潟市総合計画に掲げる中央区の将来像\n", "", "新潟市", "151033", "新潟県", "中央区"},
		{"city narrowed by text", "令和5年度 中央区組織目標\n\n中央区では新潟市と\n", "https://www.city.niigata.lg.jp/shisei/index.html", "新潟市", "151033", "新潟県", "中央区"},
		{"most mentioned", "三鷹市の取り組み\n\n東京都と連携し、三鷹市自治体経営白書を公表します。\n", "", "三鷹市", "132047", "東京都", ""},
		{"unknown url falls back to text", "美馬市 成果指標\n", "https://paperzz.com/doc/1", "美馬市", "362077", "徳島県", ""},
		{"name in the url's path", "成果指標\n", "https://paperzz.com/doc/6402135/%E6%88%90%E6%9E%9C%E6%8C%87%E6%A8%99---%E7%BE%8E%E9%A6%AC%E5%B8%82", "美馬市", "362077", "徳島県", ""},
		{"domain label in another host", "政策目標\n", "https://koho-satsumasendai.jp/articles/96", "薩摩川内市", "462152", "鹿児島県", ""},
		{"prefecture written out", "東京都の計画\n", "", "東京都", "130001", "東京都", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := FindPlace(parse(t, tt.text, tt.url))
			if !ok || p.Municipality != tt.muni || p.Code != tt.code || p.Prefecture != tt.pref || p.Ward != tt.w {
				t.Errorf("FindPlace = %+v, %v; want %s %s %s %s", p, ok, tt.muni, tt.code, tt.pref, tt.w)
			}
			var pub plan.Publisher
			p.Fill(&pub)
			if pub.Municipality != tt.muni || pub.MunicipalityCode != tt.code {
				t.Errorf("Fill = %+v", pub)
			}
		})
	}
	for _, text := range []string{"目標を定めます。\n", "スポーツ祭東京2013(東京国体)に向けて\n", "計画\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n10\n\n11\n\n12\n\n13\n\n東京都と連携して進めます。\n"} {
		if p, ok := FindPlace(parse(t, text, "https://example.com/plans/")); ok {
			t.Errorf("FindPlace(%q) = %+v, want none", text, p)
		}
	}
}

func TestFiscalYear(t *testing.T) {
	tests := []struct {
		text  string
		year  int
		label string
	}{
		{"令和8年度 部局経営目標\n\n年度\t令和8年度\n", 2026, "令和8年度"},
		{"各部の取り組みを紹介します\n\n平成\n24年度\n\n「各部の運営方針と目標」を策定しました\n", 2012, "平成24年度"},
		{"成果指標 総合計画の達成度合いを判断するため、平成31年度末を目標年次とした成果指標を設定しました。\n", 0, ""},
		{"※令和4年度の実績を示します\n\n重点目標\n", 0, ""},
		{"令和7年度から新たな総合計画に基づくまちづくりがスタートしています。\n", 2025, "令和7年度"},
		{"前年度の取組\n\n令和5年度大正区運営方針\n", 2023, "令和5年度"},
	}
	for _, tt := range tests {
		fy, ok := FiscalYear(parse(t, tt.text, ""))
		if ok != (tt.year != 0) || fy.Year != tt.year || fy.Label != tt.label {
			t.Errorf("FiscalYear(%.30q) = %+v, %v; want %d %s", tt.text, fy, ok, tt.year, tt.label)
		}
	}
}

func TestFiscalYearInALaterHeading(t *testing.T) {
	doc := parse(t, `<html><body><p>ホーム</p><p>組織</p><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><p>h</p><p>i</p><p>j</p><p>k</p><h2>令和6年度 経営方針</h2><p>前年度の実績は令和5年度実績を参照。</p></body></html>`, "")
	if fy, ok := FiscalYear(doc); !ok || fy.Year != 2024 {
		t.Errorf("FiscalYear = %+v, %v; want 2024", fy, ok)
	}
}

func TestPlanPeriod(t *testing.T) {
	p, ok := PlanPeriod(parse(t, "第3次総合計画\n\n計画期間 令和7年度～令和16年度\n", ""))
	if !ok || p.From != 2025 || p.To != 2034 {
		t.Errorf("PlanPeriod = %+v, %v", p, ok)
	}
	p, ok = PlanPeriod(parse(t, "令和7年度から新たな総合計画に基づくまちづくりがスタートしています。\n", ""))
	if !ok || p.From != 2025 || p.To != 0 {
		t.Errorf("PlanPeriod(open) = %+v, %v", p, ok)
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		text string
		want plan.Dates
	}{
		{"年度\t令和8年度\t作成日\t令和8年4月1日\n", plan.Dates{Created: "2026-04-01"}},
		{"総合政策部経営目標\n\n印刷ページ表示 記事番号:0001099 更新日:2023年6月22日更新\n", plan.Dates{Updated: "2023-06-22"}},
		{"令和5年度大正区運営方針\n2024年6月28日\nページ番号:596147\n", plan.Dates{Updated: "2024-06-28"}},
		{"緑と水の公園都市 三鷹市\n\n広報みたか2011年7月3日3面\n", plan.Dates{Published: "2011-07-03"}},
	}
	for _, tt := range tests {
		d := Dates(parse(t, tt.text, ""))
		if d == nil || *d != tt.want {
			t.Errorf("Dates(%.30q) = %+v, want %+v", tt.text, d, tt.want)
		}
	}
	if d := Dates(parse(t, "令和5年4月1日から事業を始めます。\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n本文\n\n2023年6月1日\n", "")); d != nil {
		t.Errorf("Dates of unlabelled body dates = %+v, want nil", d)
	}
}

func TestTitleAndKind(t *testing.T) {
	tests := []struct {
		text, url, title, kind string
	}{
		{"ページの先頭です。\n\n総合政策部経営目標\n\n令和5年度 部局経営目標【総合政策部】\n", "", "令和5年度 部局経営目標【総合政策部】", plan.KindDepartmentGoals},
		{"令和5年度 中央区組織目標\n", "", "令和5年度 中央区組織目標", plan.KindOrganizationGoals},
		{"令和5年度大正区運営方針\n", "", "令和5年度大正区運営方針", plan.KindOrganizationGoals},
		{"未来へつなぐ 人の絆 地域の絆\n\n4つの重点プロジェクト\n", "", "4つの重点プロジェクト", plan.KindComprehensivePlan},
		{"各部の取り組みを紹介します\n\n「各部の運営方針と目標」を策定しました\n\n今号では、主な個別事業を紹介します。\n", "", "「各部の運営方針と目標」を策定しました", plan.KindNewsletterDigest},
		{"緑と水の公園都市 三鷹市\n\n広報みたか2011年7月3日3面\n\n平成23年度「各部の運営方針と目標」を策定しました\n", "", "平成23年度「各部の運営方針と目標」を策定しました", plan.KindNewsletterDigest},
		{"平成29年度 市理事/地域・魅力創造部長マニフェスト\n", "", "平成29年度 市理事/地域・魅力創造部長マニフェスト", plan.KindDepartmentGoals},
		{"お知らせ\n\n市民会館の休館日\n", "", "", plan.KindOther},
	}
	for _, tt := range tests {
		doc := parse(t, tt.text, tt.url)
		title := Title(doc)
		if title != tt.title {
			t.Errorf("Title(%.30q) = %q, want %q", tt.text, title, tt.title)
		}
		if k := Kind(doc, title); k != tt.kind {
			t.Errorf("Kind(%.30q) = %q, want %q", tt.text, k, tt.kind)
		}
	}
}

func TestTitleFromHTMLTitle(t *testing.T) {
	doc := parse(t, `<html><head><title>総合政策部経営目標 - 真庭市公式ホームページ</title></head><body><p>本文です。</p></body></html>`, "")
	if got := Title(doc); got != "総合政策部経営目標" {
		t.Errorf("Title = %q", got)
	}
}

func TestOrganization(t *testing.T) {
	tests := []struct {
		text, title, org, head string
	}{
		{"年度\t令和8年度\t作成日\t令和8年4月1日\n部局名\t総合政策部\t部局長名\t木村 辰生\n", "令和8年度 部局経営目標", "総合政策部", "木村 辰生"},
		{"組織名\t中央区\t区長\t佐久間 なおみ\n", "令和5年度 中央区組織目標", "中央区", "佐久間 なおみ"},
		{"平成29年度 マニフェスト\n\n市理事/地域・魅力創造部長 高井 昭一郎\n統括政策監 福田 直\n", "平成29年度 マニフェスト", "地域・魅力創造部", "高井 昭一郎"},
		{"本文\n", "令和5年度 部局経営目標【総合政策部】", "総合政策部", ""},
		{"本文\n", "令和5年度大正区運営方針", "大正区", ""},
		{"本文\n", "4つの重点プロジェクト", "", ""},
		{"令和5年度 都市整備課 組織目標\n\n課長 佐藤 花子\n", "令和5年度 都市整備課 組織目標", "都市整備課", "佐藤 花子"},
		{"本文\n", "令和6年度 教育委員会事務局 経営方針", "教育委員会事務局", ""},
		{"所管部局:こども未来部\n", "令和6年度 重点取組", "こども未来部", ""},
		{"本文\n", "令和6年度 教育委員会の運営方針", "教育委員会", ""},
	}
	for _, tt := range tests {
		org, head, ok := Organization(parse(t, tt.text, ""), tt.title)
		if org != tt.org || head != tt.head || ok != (tt.org != "") {
			t.Errorf("Organization(%.30q, %q) = %q, %q, %v; want %q, %q", tt.text, tt.title, org, head, ok, tt.org, tt.head)
		}
	}
}
