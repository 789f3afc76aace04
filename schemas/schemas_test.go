package schemas

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestPlanV1IsStrict(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(PlanV1, &doc); err != nil {
		t.Fatalf("plan.v1.schema.json is not JSON: %v", err)
	}
	if doc["$id"] != PlanV1ID {
		t.Errorf("$id = %v, want PlanV1ID %q", doc["$id"], PlanV1ID)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", doc["$schema"])
	}
	n := 0
	var visit func(path string, v any)
	visit = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["properties"]; ok {
				n++
				if v["additionalProperties"] != false {
					t.Errorf("%s: object schema without additionalProperties: false", path)
				}
			}
			for k, x := range v {
				visit(path+"/"+k, x)
			}
		case []any:
			for i, x := range v {
				visit(fmt.Sprintf("%s/%d", path, i), x)
			}
		}
	}
	visit("#", doc)
	if n < 10 { // record, plan_period, dates, evaluation, source, publisher, mission, project, indicator, quantity
		t.Errorf("found %d object schemas, want at least 10", n)
	}
}
