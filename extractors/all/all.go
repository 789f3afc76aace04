// Package all imports every extractor package so that each registers itself
// with internal/extract. A binary that extracts imports this package; a test
// fails when an extractor folder is missing here.
package all

import (
	_ "jplan/extractors/generic"
	_ "jplan/extractors/maniwa"
	_ "jplan/extractors/mitaka"
	_ "jplan/extractors/niigata"
	_ "jplan/extractors/soja"
)
