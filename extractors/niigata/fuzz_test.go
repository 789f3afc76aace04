package niigata

import (
	"testing"

	"jplan/extractors/internal/extracttest"
)

// FuzzExtract feeds arbitrary text and HTML through the layout to Match and
// Extract: nothing may panic, and every record must pass the plan/v1 checks.
func FuzzExtract(f *testing.F) { familyTests.Fuzz(f) }

// BenchmarkExtract measures Match and Extract (without layout) on the seed form.
func BenchmarkExtract(b *testing.B) {
	extracttest.BenchmarkExtract(b, Name, "s004-text")
}
