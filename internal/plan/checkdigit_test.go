package plan

import (
	"fmt"
	"testing"

	"jplan/internal/ja/lgcode"
)

// TestCheckDigitAgreesWithLgcode: plan keeps its own copy of the 総務省
// check-digit rule so that the record contract does not embed lgcode's
// municipality tables; this test keeps the two copies from drifting apart,
// over every five-digit prefix.
func TestCheckDigitAgreesWithLgcode(t *testing.T) {
	for n := range 100000 {
		five := fmt.Sprintf("%05d", n)
		want, err := lgcode.CheckDigit(five)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := checkDigit(five + "0"); !ok || got != want {
			t.Fatalf("checkDigit(%s…) = %c, %v; lgcode.CheckDigit = %c", five, got, ok, want)
		}
	}
}
