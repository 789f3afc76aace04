package sniff

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"jplan/internal/cputime"
)

// The trial scores must be exactly those of decoding with decodeWith and
// scoring the text with scoreText.
func checkTrialScores(t *testing.T, data []byte) {
	text, wantBad := decodeUTF8(data)
	score, bad := scoreUTF8(data)
	if want := scoreText(text); score != want || bad != wantBad {
		t.Fatalf("scoreUTF8(%q) = %d, %d; decode and score: %d, %d", data, score, bad, want, wantBad)
	}
	for _, name := range []string{ShiftJIS, EUCJP, ISO2022JP} {
		wantText, wantBad := decodeWith(name, encodings[name], data)
		text, bad, score := decodeScored(name, data)
		if want := scoreText(wantText); string(text) != wantText || bad != wantBad || score != want {
			t.Fatalf("decodeScored(%s, %q) = %d, %d; decode and score: %d, %d", name, data, bad, score, wantBad, want)
		}
	}
}

func TestTrialScoresAgree(t *testing.T) {
	sj, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(sample + cp932Only))
	euc, _ := japanese.EUCJP.NewEncoder().Bytes([]byte(sample))
	jis, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte(sample))
	for _, data := range [][]byte{nil, []byte("abc\x01\x7f"), []byte(sample), sj, euc, jis, []byte("\x1b$B\x7f\x7f"), []byte("\xe3\x81"), []byte("\xef\xbf\xbd\xff\xc2\x80\xee\x80\x80")} {
		checkTrialScores(t, data)
	}
}

func FuzzTrialScores(f *testing.F) {
	sj, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(sample + cp932Only))
	jis, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte(sample))
	f.Add(sj)
	f.Add(jis)
	f.Add([]byte(sample))
	f.Fuzz(checkTrialScores)
}

// BenchmarkDecode measures the charset chain on the seed page: declared by a
// <meta> (utf8) and undeclared Shift_JIS, which takes the trial decode.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{"000_0cc3bb853a8a753b.html", "000_0cc3bb853a8a753b.sjis.html"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "corpus", "seeds", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu0 := cputime.Self()
			for b.Loop() {
				Decode(data, "")
			}
			b.ReportMetric(float64((cputime.Self()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
