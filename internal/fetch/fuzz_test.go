package fetch

import (
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 21, 3, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Sat, 21 Nov 2026 03:00:30 GMT", 30 * time.Second, true},
		{"Sat, 21 Nov 2026 02:00:00 GMT", 0, true}, // in the past
		{"Saturday, 21-Nov-26 03:01:00 GMT", time.Minute, true},
		{"99999999999", 24 * time.Hour, true}, // capped
		{"-5", 0, false},
		{"1.5", 0, false},
		{"", 0, false},
		{"soon", 0, false},
	}
	for _, c := range cases {
		d, ok := ParseRetryAfter(c.in, now)
		if d != c.want || ok != c.ok {
			t.Errorf("ParseRetryAfter(%q) = %v, %v; want %v, %v", c.in, d, ok, c.want, c.ok)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "Sat, 21 Nov 2026 03:00:30 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "-1", "1e9", "９０"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 21, 3, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseRetryAfter(s, now)
		if d < 0 || d > 24*time.Hour && ok && s[0] >= '0' && s[0] <= '9' {
			t.Fatalf("ParseRetryAfter(%q) = %v", s, d)
		}
		if !ok && d != 0 {
			t.Fatalf("ParseRetryAfter(%q) = %v with ok false", s, d)
		}
	})
}

func FuzzSniff(f *testing.F) { // the fetcher's use of internal/sniff, header included
	for _, s := range []string{"%PDF-1.7\n", "<!DOCTYPE html><title>目標</title>", "\x82\xa0\x82\xa2", "\xa4\xa2\xa4\xa4", "plain 経営目標\n", ""} {
		f.Add([]byte(s), "text/html")
	}
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		format, cs := Sniff(b, ct)
		switch format {
		case "pdf":
			if cs != "" {
				t.Fatalf("pdf with charset %q", cs)
			}
		case "html", "text":
			if cs == "" {
				t.Fatalf("%s without a charset", format)
			}
		default:
			t.Fatalf("format %q", format)
		}
	})
}
