package pipeline

import (
	"fmt"

	"jplan/internal/ja/lgcode"
	"jplan/internal/plan"
)

// knownPublisher fills the publisher from a municipality code the caller knows
// from provenance (a crawl source's or corpus entry's code) when the extractor
// could not tell it from the document. When the document names another body,
// the document is kept and the disagreement is a warning.
func knownPublisher(rec *plan.Record, code string) {
	if code == "" {
		return
	}
	body, ok := lgcode.ByCode(code)
	if !ok {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("pipeline: source municipality code %s is not in the code table", code))
		return
	}
	pub := &rec.Publisher
	if pub.MunicipalityCode != "" {
		if pub.MunicipalityCode != body.Code {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("pipeline: the source is registered as %s (%s) but the document says %s (%s)",
				body.Name, body.Code, pub.Municipality, pub.MunicipalityCode))
		}
		return
	}
	pub.MunicipalityCode = body.Code
	pub.Municipality = body.City // a ward publishes under its city: 新潟市 for 新潟市中央区
	if pub.Municipality == "" {
		pub.Municipality = body.Name // a prefecture
	}
	pub.Prefecture = body.Prefecture
}
