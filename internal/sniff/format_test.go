package sniff

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"

	"jplan/internal/plan"
)

func TestFormat(t *testing.T) {
	sjisPage, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte("<!DOCTYPE html>\n<html lang=\"ja\"><body><p>経営目標</p></body></html>"))
	cases := []struct {
		name string
		data string
		want string
	}{
		{"pdf magic", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", plan.FormatPDF},
		{"pdf after junk within 1024 bytes", strings.Repeat("\x00junk", 150) + "%PDF-1.4\n", plan.FormatPDF},
		{"pdf magic past 1024 bytes", strings.Repeat("text ", 300) + "%PDF-1.4\n", plan.FormatText},
		{"doctype", "<!DOCTYPE html>\n<html>", plan.FormatHTML},
		{"bom and blanks before html", "\xef\xbb\xbf\n  <HTML lang=ja>", plan.FormatHTML},
		{"cms fragment", "<div id=\"main\"><p>本文</p></div>", plan.FormatHTML},
		{"comment first", "<!-- saved from url -->\n<html>", plan.FormatHTML},
		{"html after a text preamble", "HTTP/1.1 200 OK\r\n\r\n<!doctype html><html>", plan.FormatHTML},
		{"shift_jis page without declaration", string(sjisPage), plan.FormatHTML},
		{"text with html fragments inside", "\n\n令和8年度 部局経営目標\n\n年度\t令和8年度\n<p>・真庭</p>\t\t\n", plan.FormatText},
		{"markdown table", "| 組織名 | 中央区 |\n|---|---|\n", plan.FormatText},
		{"less-than that is no tag", "<1> 重点目標\n", plan.FormatText},
		{"tag name prefix only", "<pre-amble> 目標\n", plan.FormatText},
		{"empty", "", plan.FormatText},
		{"binary", "\x00\x01\x02\x03", plan.FormatText},
	}
	for _, c := range cases {
		if got := Format([]byte(c.data)); got != c.want {
			t.Errorf("%s: Format = %q, want %q", c.name, got, c.want)
		}
	}
}

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"%PDF-1.7", "<!DOCTYPE html>", "<p>x", "| a | b |", "", "<!--", "<b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		switch Format(data) {
		case plan.FormatPDF, plan.FormatHTML, plan.FormatText:
		default:
			t.Fatal("Format returned an unknown format")
		}
	})
}

func FuzzCharset(f *testing.F) {
	sj, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(sample + cp932Only))
	euc, _ := japanese.EUCJP.NewEncoder().Bytes([]byte(sample))
	jis, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte(sample))
	f.Add(sj, "")
	f.Add(euc, "euc-jp")
	f.Add(jis, "")
	f.Add([]byte(page(`<meta charset="cp932">`, 10, sample)), "utf-8")
	f.Add([]byte("\xef\xbb\xbf"+sample), "")
	f.Add([]byte("\xff\xfe\x00"), "")
	f.Add([]byte("<?xml encoding=\"shift_jis\"?>"), "latin1")
	f.Fuzz(func(t *testing.T, data []byte, declared string) {
		text, r := Decode(data, declared)
		if r.Name == "" || r.Encoding == nil || r.Reason == "" {
			t.Fatalf("incomplete result %+v", r)
		}
		if !utf8.ValidString(text) {
			t.Fatal("decoded text is not valid UTF-8")
		}
	})
}
