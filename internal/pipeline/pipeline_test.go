package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"jplan/internal/extract"
	"jplan/internal/layout"
	"jplan/internal/plan"
)

// titleExtractor is a real extractor over the block model: the first heading or
// paragraph becomes the title. It lets the pipeline run end to end here without
// importing the production extractors.
func init() {
	extract.Register(extract.Spec{
		Name: extract.GenericName, Version: "t1", Description: "pipeline test extractor",
		Match: func(*layout.Document) float64 { return 0.1 },
		Extract: func(_ context.Context, doc *layout.Document, _ *extract.Env) (*plan.Record, error) {
			b := extract.NewBuilder()
			for _, bl := range doc.Blocks {
				if bl.Text != "" {
					b.Rec.Title = bl.Text
					break
				}
			}
			if strings.Contains(b.Rec.Title, "パニック") {
				var m map[string]int
				m["x"]++ // a bug in an extractor
			}
			if strings.Contains(b.Rec.Title, "壊れ") {
				b.AddIndicator(plan.Indicator{Name: "x", ProjectID: "P9"}) // a dangling reference
			}
			return b.Finish(), nil
		},
	})
}

func TestProcessStampsRunFields(t *testing.T) {
	data := []byte("令和5年度 部局経営目標\n\n本文です。\n")
	at := time.Date(2026, 11, 21, 3, 0, 0, 0, time.FixedZone("JST", 9*3600))
	rec, err := Process(context.Background(), Input{Data: data, Name: "a.txt", URL: "file:seeds/a.txt", FetchedAt: at}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Title != "令和5年度 部局経営目標" {
		t.Errorf("title = %q", rec.Title)
	}
	if !strings.HasPrefix(rec.ID, "sha256:") || len(rec.ID) != len("sha256:")+16 || !strings.HasPrefix(rec.Source.SHA256, rec.ID[7:]) {
		t.Errorf("id %q does not come from sha256 %q", rec.ID, rec.Source.SHA256)
	}
	if rec.Source.Format != plan.FormatText || rec.Source.URL != "file:seeds/a.txt" || rec.Source.FetchedAt != "2026-11-20T18:00:00Z" {
		t.Errorf("source = %+v", rec.Source)
	}
	if rec.Source.Extractor != extract.GenericName || rec.Source.ExtractorVersion != "t1" {
		t.Errorf("extractor = %s %s", rec.Source.Extractor, rec.Source.ExtractorVersion)
	}
	rec2, _ := Process(context.Background(), Input{Data: data, Name: "a.txt", ID: "corpus-1"}, &extract.Env{})
	if rec2.ID != "corpus-1" {
		t.Errorf("explicit id ignored: %q", rec2.ID)
	}
}

func TestProcessErrorsNameDocumentAndStage(t *testing.T) {
	cases := []struct {
		name, stage string
		data        []byte
	}{
		{"scan.pdf", "layout", []byte("%PDF-1.7\n...")}, // no PDF parser registered in this test binary
		{"broken.txt", "check", []byte("壊れた記録\n")},
		{"empty.txt", "sniff", nil},
		{"scan.png", "sniff", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{"bug.txt", "panic", []byte("パニック\n")},
	}
	for _, c := range cases {
		_, err := Process(context.Background(), Input{Data: c.data, Name: c.name}, &extract.Env{})
		var pe *Error
		if !errors.As(err, &pe) || pe.Stage != c.stage || !strings.Contains(err.Error(), c.name) {
			t.Errorf("%s: err = %v, want a %s-stage error naming the document", c.name, err, c.stage)
		}
	}
}

func TestProcessFillsPublisherFromProvenance(t *testing.T) {
	data := []byte("令和5年度 組織目標\n")
	rec, err := Process(context.Background(), Input{Data: data, Name: "w.txt", MunicipalityCode: "151033"}, &extract.Env{})
	if err != nil {
		t.Fatal(err)
	}
	p := rec.Publisher
	if p.Municipality != "新潟市" || p.MunicipalityCode != "151033" || p.Prefecture != "新潟県" {
		t.Fatalf("publisher = %+v, want the ward's code under its city", p)
	}
	rec, _ = Process(context.Background(), Input{Data: data, Name: "w.txt", MunicipalityCode: "999999"}, &extract.Env{})
	if rec.Publisher.MunicipalityCode != "" || len(rec.Warnings) == 0 {
		t.Fatalf("unknown code: publisher %+v warnings %q", rec.Publisher, rec.Warnings)
	}
}

func TestKnownPublisherKeepsTheDocumentsOwn(t *testing.T) {
	rec := &plan.Record{Publisher: plan.Publisher{Municipality: "真庭市", MunicipalityCode: "332143", Prefecture: "岡山県"}}
	knownPublisher(rec, "132047")
	if rec.Publisher.MunicipalityCode != "332143" || len(rec.Warnings) != 1 || !strings.Contains(rec.Warnings[0], "三鷹市") {
		t.Fatalf("publisher %+v warnings %q: want the document's kept and the disagreement warned", rec.Publisher, rec.Warnings)
	}
}
