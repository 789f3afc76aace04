package tokens

import (
	"bufio"
	"os"
	"reflect"
	"strings"
	"testing"
)

// readLines returns the non-comment lines of a testdata file.
func readLines(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDefaultIsShared(t *testing.T) {
	if Default() != Default() {
		t.Fatal("Default returned two tokenizers")
	}
}

// Every user dictionary word comes out as one token, though IPADIC alone
// splits it (協/働, 広/聴, 地方/創/生, …).
func TestUserDictionaryWords(t *testing.T) {
	records := strings.Split(string(userDictText), "\n")
	n := 0
	for _, line := range records {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word := strings.Split(line, ",")[0]
		n++
		got := Words(word + "を推進する")
		if len(got) == 0 || got[0].Surface != word || !got[0].User || !got[0].Is("名詞") {
			t.Errorf("%s: first token %+v, want the whole word from the user dictionary", word, got[0])
		}
	}
	if n < 15 {
		t.Errorf("only %d user dictionary words", n)
	}
}

// With the user dictionary, compounds split where a reader splits them.
func TestCompoundsSplit(t *testing.T) {
	for in, want := range map[string][]string{
		"広報広聴":   {"広報", "広聴"},
		"広聴広報":   {"広聴", "広報"},
		"市民協働":   {"市民", "協働"},
		"防災・減災":  {"防災", "・", "減災"},
		"地方創生推進": {"地方創生", "推進"},
	} {
		var got []string
		for _, w := range Words(in) {
			got = append(got, w.Surface)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	in := "地域自治・協働のまちづくりを進めます"
	words := Words(in)
	var surfaces []string
	for _, w := range words {
		surfaces = append(surfaces, w.Surface)
		if in[w.Start:w.End] != w.Surface {
			t.Errorf("token %+v: offsets give %q", w, in[w.Start:w.End])
		}
	}
	want := []string{"地域", "自治", "・", "協働", "の", "まちづくり", "を", "進め", "ます"}
	if !reflect.DeepEqual(surfaces, want) {
		t.Errorf("surfaces = %v, want %v", surfaces, want)
	}
	verb := words[7]
	if !verb.Is("動詞", "自立") || verb.Base != "進める" || verb.Reading != "ススメ" {
		t.Errorf("進め = %+v, want 動詞 自立, base 進める, reading ススメ", verb)
	}
}

// The part-of-speech dictionary segments and tags every line as the full one
// does, and so gives the same heading signal; only Base and Reading differ.
func TestHeadingsAgreesWithDefault(t *testing.T) {
	if testing.Short() {
		t.Skip("loads both dictionaries")
	}
	if Headings() == Default() || Headings() != Headings() {
		t.Fatal("Headings must be one tokenizer of its own")
	}
	page, err := os.ReadFile("testdata/maniwa_000.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := append(readLines(t, "headings.txt"), readLines(t, "body.txt")...)
	lines = append(lines, strings.Split(string(page), "\n")...)
	lines = append(lines, "人口減少対策に向けて", "計画に基づいて", "脱炭素社会の実現を目指して", "施策について")
	for _, line := range lines {
		full, pos := Default().Words(line), Headings().Words(line)
		if len(full) != len(pos) {
			t.Fatalf("%q: %d tokens with forms, %d without", line, len(full), len(pos))
		}
		for i := range full {
			if full[i].Surface != pos[i].Surface || !reflect.DeepEqual(full[i].POS, pos[i].POS) {
				t.Errorf("%q token %d: %v with forms, %v without", line, i, full[i], pos[i])
			}
		}
		if a, b := Default().IsHeading(line), Headings().IsHeading(line); a != b {
			t.Errorf("IsHeading(%q): %v with forms, %v without", line, a, b)
		}
	}
}

func TestIsHeadingSeeds(t *testing.T) {
	for _, line := range readLines(t, "headings.txt") {
		if !IsHeading(line) {
			t.Errorf("IsHeading(%q) = false, want true", line)
		}
	}
	for _, line := range readLines(t, "body.txt") {
		if IsHeading(line) {
			t.Errorf("IsHeading(%q) = true, want false", line)
		}
	}
}

func TestIsHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"施策の推進について", true},
		{"人口減少対策に向けて", true},
		{"脱炭素社会の実現を目指して", true},
		{"住み続けられるまちづくりを進める", false},
		{"地域の魅力を発信します", false},
		{"推進を図る", false},
		{"美しい", false},
		{"を推進するとともに", false}, // the tail of a wrapped line
		{"、地域の活性化", false},   // the tail of a wrapped line
		{"地域の活性化、", false},   // cut before its end
		{"2023", false},      // a number is no heading
		{"■", false},
		{"", false},
		{"   ", false},
		{"【総合政策部】", true},
		{"重点目標：", true},
		{strings.Repeat("地域", 31), false}, // too long
		{"地域の推進。", false},
	} {
		if got := IsHeading(tc.in); got != tc.want {
			t.Errorf("IsHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestNounPhrases(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"人口減少対策施策を、「第2期地方創生総合戦略」を中心に推進します。",
			[]string{"人口減少対策施策", "第2期地方創生総合戦略", "中心"}},
		{"広聴広報機能の強化", []string{"広聴広報機能", "強化"}},
		{"情報発信します", []string{"情報発信"}},
		{"地域自治・協働のまちづくりの推進", []string{"地域自治", "協働", "まちづくり", "推進"}},
		{"これは市民のためのことです", []string{"市民"}},
		{"地域の地域", []string{"地域"}},
		{"", nil},
		{"。、", nil},
	} {
		if got := NounPhrases(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NounPhrases(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseUserDictErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns":   "協働,協働,キョウドウ\n",
		"duplicate": "協働,協働,キョウドウ,名詞\n協働,協働,キョウドウ,名詞\n",
	} {
		if _, err := parseUserDict([]byte(in)); err == nil || !strings.HasPrefix(err.Error(), "tokens: data/userdict.txt: ") {
			t.Errorf("%s: err = %v, want a tokens: data/userdict.txt error", name, err)
		}
	}
}
