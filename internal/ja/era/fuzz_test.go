package era

import (
	"os"
	"strings"
	"testing"
)

func addEraSeeds(f *testing.F) {
	for _, s := range []string{
		"令和5年度", "平成\n24年度", "令和5(2023)年度", "2023(令和5)年度", "R5.4.1", "H31", "㋿元年度",
		"令和5～9年度", "令和5年度から5年間", "令和7年度から", "平成31年5月1日", "令和5年度末",
		"更新日:2023年6月22日更新", "2023/6/22", "内線2150", "二〇二三年度", "令和8年4⽉1⽇",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/seeds.txt"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.ContainsAny(line, "年度日") && len(line) < 400 {
				f.Add(line)
			}
		}
	}
}

func FuzzFindFiscalYears(f *testing.F) {
	addEraSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkPrefilters(t, s)
		end := 0
		for _, fy := range FindFiscalYears(s) {
			if fy.Start < end || fy.End <= fy.Start || fy.End > len(s) {
				t.Fatalf("%q: bad offsets %+v", s, fy)
			}
			end = fy.End
			if fy.Year < 1868 || fy.Year > 2199 {
				t.Fatalf("%q: year %d out of range", s, fy.Year)
			}
			if fy.Label != asWritten(s, fy.Start, fy.End) {
				t.Fatalf("%q: label %q is not the text at its offsets", s, fy.Label)
			}
		}
	})
}

func FuzzFindDates(f *testing.F) {
	addEraSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkPrefilters(t, s)
		end := 0
		for _, d := range FindDates(s) {
			if d.Start < end || d.End <= d.Start || d.End > len(s) {
				t.Fatalf("%q: bad offsets %+v", s, d)
			}
			end = d.End
			if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
				t.Fatalf("%q: impossible date %s", s, d.ISO())
			}
			if Field(d.Label) == "" && d.Label != "" {
				t.Fatalf("%q: label %q maps to no field", s, d.Label)
			}
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	addEraSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range FindPeriods(s) {
			if p.End <= p.Start || p.End > len(s) {
				t.Fatalf("%q: bad offsets %+v", s, p)
			}
			if p.To != 0 && (p.To < p.From || p.To-p.From > maxPeriodYears) {
				t.Fatalf("%q: bad period %+v", s, p)
			}
		}
		if p, ok := ParsePeriod(s); ok && p.From == 0 {
			t.Fatalf("%q: period without a start %+v", s, p)
		}
	})
}
