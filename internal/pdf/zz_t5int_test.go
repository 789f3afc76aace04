package pdf_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"jplan/internal/pdf"
)

func TestT5Integration(t *testing.T) {
	for _, f := range []string{"d001_keiei_mokuhyo.chromium.pdf", "d001_keiei_mokuhyo.libreoffice.pdf", "mhlw_shinryoujo_000791218.pdf"} {
		data, _ := os.ReadFile("/work/main/internal/pdf/text/testdata/" + f)
		doc, err := pdf.Parse(context.Background(), data, f, pdf.Options{})
		fmt.Println(f, err, doc.Warnings)
	}
}
