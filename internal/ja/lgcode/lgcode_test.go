package lgcode

import (
	"reflect"
	"strings"
	"testing"
)

func TestCheckDigit(t *testing.T) {
	for _, tc := range []struct {
		five string
		want byte
	}{
		{"33214", '3'}, // 真庭市, the README's worked example
		{"13204", '7'}, // 三鷹市
		{"15103", '3'}, // 新潟市中央区
		{"01000", '6'}, // 北海道
		{"22140", '6'}, // 浜松市天竜区 (2024), not in the source table
	} {
		got, err := CheckDigit(tc.five)
		if err != nil || got != tc.want {
			t.Errorf("CheckDigit(%q) = %q, %v; want %q", tc.five, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "1234", "123456", "12a45", "１２３４５"} {
		if _, err := CheckDigit(bad); err == nil || !strings.HasPrefix(err.Error(), "lgcode: code ") {
			t.Errorf("CheckDigit(%q): err = %v, want an lgcode: code error", bad, err)
		}
	}
}

func TestValid(t *testing.T) {
	for code, want := range map[string]bool{
		"332143": true, "332144": false, "010006": true, "10006": false, "33214": false,
		"３３２１４３": false, "": false, "33214x": false, "221384": true,
	} {
		if got := Valid(code); got != want {
			t.Errorf("Valid(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestTableCounts(t *testing.T) {
	counts := make(map[Kind]int)
	abolished := 0
	for _, b := range load().bodies {
		if !Valid(b.Code) {
			t.Errorf("%s: invalid code %s", b.Name, b.Code)
		}
		if b.Abolished != "" {
			abolished++
			continue
		}
		counts[b.Kind]++
	}
	municipalities := counts[City] + counts[Town] + counts[Village] + counts[SpecialWard]
	if counts[Prefecture] != 47 || municipalities != 1741 || counts[SpecialWard] != 23 || counts[Ward] != 171 || abolished != 7 {
		t.Errorf("counts %v (municipalities %d, abolished %d); want 47 prefectures, 1741 municipalities, 23 special wards, 171 wards, 7 abolished",
			counts, municipalities, abolished)
	}
}

func TestByCode(t *testing.T) {
	for _, tc := range []struct {
		code                   string
		name, pref, city, ward string
		kind                   Kind
		abolished              string
	}{
		{"332143", "真庭市", "岡山県", "真庭市", "", City, ""},
		{"33214", "真庭市", "岡山県", "真庭市", "", City, ""},
		{"132047", "三鷹市", "東京都", "三鷹市", "", City, ""},
		{"010006", "北海道", "北海道", "", "", Prefecture, ""},
		{"130001", "東京都", "東京都", "", "", Prefecture, ""},
		{"151033", "新潟市中央区", "新潟県", "新潟市", "中央区", Ward, ""},
		{"131024", "中央区", "東京都", "中央区", "", SpecialWard, ""},
		{"336238", "奈義町", "岡山県", "奈義町", "", Town, ""},
		{"221317", "浜松市中区", "静岡県", "浜松市", "中区", Ward, "2024-01-01"},
		{"221406", "浜松市天竜区", "静岡県", "浜松市", "天竜区", Ward, ""},
	} {
		b, ok := ByCode(tc.code)
		if !ok || b.Name != tc.name || b.Prefecture != tc.pref || b.City != tc.city || b.Ward != tc.ward || b.Kind != tc.kind || b.Abolished != tc.abolished {
			t.Errorf("ByCode(%q) = %+v, %v; want %s %s %s/%s %v abolished %q", tc.code, b, ok, tc.name, tc.pref, tc.city, tc.ward, tc.kind, tc.abolished)
		}
	}
	for _, code := range []string{"332144", "", "abc", "999997", "00000"} {
		if b, ok := ByCode(code); ok {
			t.Errorf("ByCode(%q) = %+v, want none", code, b)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		pref, name string
		want       string // code, "" for no answer
	}{
		{"東京都", "府中市", "132063"},
		{"広島県", "府中市", "342084"},
		{"広島", "府中市", "342084"},
		{"", "府中市", ""},    // two bodies: ambiguous
		{"岡山県", "府中市", ""}, // none there
		{"", "真庭市", "332143"},
		{"", " 真庭市 ", "332143"},
		{"", "岡山県真庭市", "332143"},
		{"東京都", "岡山県真庭市", ""}, // contradicting prefectures
		{"", "新潟市中央区", "151033"},
		{"", "新潟市 中央区", "151033"},
		{"", "新潟市　中央区", "151033"},
		{"新潟県", "中央区", "151033"},
		{"東京都", "中央区", "131024"},
		{"", "中央区", ""},       // 東京都 and many cities
		{"", "西蒲区", "151084"}, // a ward name used once
		{"", "勝田郡奈義町", "336238"},
		{"", "岡山県勝田郡奈義町", "336238"},
		{"", "鶴ケ島市", "112411"}, // written ヶ in the table
		{"", "鎌ヶ谷市", "122246"}, // written ケ in the table
		{"", "北海道", "010006"},
		{"", "京都府", "260002"},
		{"", "東京都府中市", "132063"},
		{"", "京都府京都市", "261009"},
		{"", "浜松市天竜区", "221406"},
		{"", "浜松市中央区", "221384"},
		{"", "浜松市中区", ""}, // abolished 2024-01-01
		{"", "浜北区", ""},
		{"不明県", "真庭市", ""},
		{"", "", ""},
		{"", "東京", ""},
	} {
		b, ok := Lookup(tc.pref, tc.name)
		if got := b.Code; ok != (tc.want != "") || got != tc.want {
			t.Errorf("Lookup(%q, %q) = %s %s, %v; want %q", tc.pref, tc.name, b.Name, got, ok, tc.want)
		}
	}
	if b, ok := ByName("三鷹市"); !ok || b.Prefecture != "東京都" {
		t.Errorf("ByName(三鷹市) = %+v, %v; want 東京都", b, ok)
	}
}

func TestByURL(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.city.maniwa.lg.jp/soshiki/40/104559.html", "332143"},
		{"city.maniwa.lg.jp/soshiki/", "332143"},
		{"HTTPS://WWW.CITY.MANIWA.LG.JP:443/", "332143"},
		{"https://kurashi.city.maniwa.lg.jp/a", "332143"},
		{"https://www.city.mitaka.lg.jp/koho/2011/20110703/p3.htm", "132047"},
		{"https://www.city.niigata.lg.jp/chuo/index.html", "151009"}, // the city, see WardByURL
		{"https://www.city.osaka.lg.jp/taisho/page/0000596147.html", "271004"},
		{"https://www.pref.okayama.jp/page/1.html", "330001"},
		{"https://koho-satsumasendai.jp/articles/96", ""},
		{"https://lg.jp/", ""},
		{"", ""},
		{"http://[::1", ""},
	} {
		b, ok := ByURL(tc.url)
		if ok != (tc.want != "") || b.Code != tc.want {
			t.Errorf("ByURL(%q) = %s %s, %v; want %q", tc.url, b.Name, b.Code, ok, tc.want)
		}
	}
}

func TestWardByURL(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.city.osaka.lg.jp/taisho/page/0000596147.html", "271080"},
		{"https://www.city.niigata.lg.jp/chuo/about/index.html", "151033"},
		{"https://www.city.niigata.lg.jp/shisei/soshiki/target/bukumokuhyo/h29/H2901.html", ""},
		{"https://www.city.maniwa.lg.jp/soshiki/40/104559.html", ""},
		{"https://www.city.hamamatsu.shizuoka.jp/c-shinko/ward/nakaku/index.html", ""}, // abolished ward
		{"not a url", ""},
	} {
		b, ok := WardByURL(tc.url)
		if ok != (tc.want != "") || b.Code != tc.want {
			t.Errorf("WardByURL(%q) = %s %s, %v; want %q", tc.url, b.Name, b.Code, ok, tc.want)
		}
	}
}

func TestFindIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // names
	}{
		{"令和5年度 新潟市中央区組織目標", []string{"新潟市中央区"}},
		{"新潟市 中央区 区長", []string{"新潟市中央区"}},
		{"新潟市の中央区", []string{"新潟市", "新潟市中央区"}},
		{"令和5年度大正区運営方針", []string{"大阪市大正区"}},
		{"真庭市と総社市（岡山県）", []string{"真庭市", "総社市", "岡山県"}},
		{"東京都府中市と広島県府中市", []string{"東京都", "府中市", "広島県", "府中市"}},
		{"府中市の計画", nil},
		{"東京都三鷹市 各部の運営方針", []string{"東京都", "三鷹市"}},
		{"東京都中央区", []string{"東京都", "中央区"}},
		{"東北区域の中央市場", nil},
		{"", nil},
	} {
		var got []string
		for _, b := range FindIn(tc.text) {
			got = append(got, b.Name)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FindIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if got := FindInPrefecture("広島", "府中市の計画"); len(got) != 1 || got[0].Code != "342084" {
		t.Errorf("FindInPrefecture(広島, 府中市の計画) = %+v, want 広島県府中市", got)
	}
	if got := FindInPrefecture("不明", "府中市の計画"); len(got) != 0 {
		t.Errorf("FindInPrefecture(不明, 府中市の計画) = %+v, want none", got)
	}
	// 府中市 twice: the prefecture before each decides.
	bodies := FindIn("東京都府中市と広島県府中市")
	if len(bodies) != 4 || bodies[1].Code != "132063" || bodies[3].Code != "342084" {
		t.Errorf("FindIn 府中市 ×2 = %+v", bodies)
	}
}

func TestParseErrors(t *testing.T) {
	for name, tc := range map[string]struct{ pref, local, want string }{
		"bad pref code":  {"pref,prefkana,url,lgcode\n岡山県,おかやまけん,,330002\n", "", "data/prefjp-utf8.csv: line 2: invalid code"},
		"missing column": {"pref,prefkana,url\n", "", `data/prefjp-utf8.csv: line 1: no column "lgcode"`},
		"bad local code": {"pref,prefkana,url,lgcode\n", "pref,city,citykana,url,lgcode\n岡山県,真庭市,まにわし,,332144\n", "data/localgovjp-utf8.csv: line 2: invalid code"},
		"unknown kind":   {"pref,prefkana,url,lgcode\n", "pref,city,citykana,url,lgcode\n岡山県,真庭郡,まにわぐん,,332143\n", "data/localgovjp-utf8.csv: line 2: name"},
		"broken quote":   {"pref,prefkana,url,lgcode\n\"岡山県,x\n", "", "data/prefjp-utf8.csv"},
		"duplicate code": {"pref,prefkana,url,lgcode\n", "pref,city,citykana,url,lgcode\n岡山県,真庭市,,,332143\n岡山県,真庭市,,,332143\n", "appears twice"},
	} {
		_, err := parseTables([]byte(tc.pref), []byte(tc.local))
		if err == nil || !strings.HasPrefix(err.Error(), "lgcode: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one containing %q", name, err, tc.want)
		}
	}
}

func TestKindString(t *testing.T) {
	if Ward.String() != "ward" || SpecialWard.String() != "special ward" || Kind(0).String() != "Kind(0)" {
		t.Errorf("Kind strings: %v %v %v", Ward, SpecialWard, Kind(0))
	}
}
