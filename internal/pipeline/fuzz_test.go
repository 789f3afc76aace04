package pipeline

import (
	"context"
	"errors"
	"testing"

	"jplan/internal/extract"
	"jplan/internal/plan"
)

// FuzzProcess feeds arbitrary bytes through layout, the test extractor and the
// contract check: either a record that passes plan.Validate and carries the
// bytes' digest, or an *Error that names the document and its stage.
func FuzzProcess(f *testing.F) {
	f.Add([]byte("令和5年度 部局経営目標\n\n本文です。\n"))
	f.Add([]byte("<html><head><meta charset=shift_jis><title>x</title></head><body><h1>\x96\xda\x95W</h1></body></html>"))
	f.Add([]byte("壊れた記録\n"))
	f.Add([]byte("%PDF-1.7\n"))
	f.Add([]byte{0xef, 0xbb, 0xbf, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := Process(context.Background(), Input{Data: data, Name: "fuzz.bin"}, &extract.Env{})
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) || pe.Name != "fuzz.bin" || pe.Stage == "" {
				t.Fatalf("error %v is not a pipeline.Error naming the document and stage", err)
			}
			return
		}
		if fails := plan.Validate(rec); len(fails) > 0 {
			t.Fatalf("Process returned an invalid record: %v", fails)
		}
		if len(rec.Source.SHA256) != 64 || rec.ID != "sha256:"+rec.Source.SHA256[:16] {
			t.Fatalf("id %q and sha256 %q are not the bytes' digest", rec.ID, rec.Source.SHA256)
		}
	})
}
