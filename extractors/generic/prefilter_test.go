package generic

import "testing"

// FuzzPrefilters: the literal checks asked before leadSection's and
// evaluationLine's regexps turn away no line their regexp matches.
func FuzzPrefilters(f *testing.F) {
	for _, s := range []string{"次の4つの取り組みを実施します", "以下の3つの柱を立て", "目標数 4", "達成数:4", "次の", "本文"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m := counted.FindStringSubmatch(s); m != nil && leadSection(s) != classify(m[1]) {
			t.Fatalf("leadSection(%q) = %v, want %v", s, leadSection(s), classify(m[1]))
		}
		w := &walker{}
		if want := evalCount.MatchString(s) && len([]rune(s)) <= 40; w.evaluationLine(s) != want {
			t.Fatalf("evaluationLine(%q) = %v, want %v", s, !want, want)
		}
	})
}

// FuzzIsOrgHeading: isOrgHeading's last-character check changes nothing.
func FuzzIsOrgHeading(f *testing.F) {
	for _, s := range []string{"企画部", "健康福祉部", "選挙管理委員会", "会計課", "市長公室", "議会事務局", "部", "企画部長"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isOrgHeading(s), orgHeading.MatchString(s); got != want {
			t.Fatalf("isOrgHeading(%q) = %v, orgHeading gives %v", s, got, want)
		}
	})
}
