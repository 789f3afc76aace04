// Package schemas carries jplan's JSON Schemas inside the binary, so that
// `jplan schema` and `jplan check` need no file at run time.
//
// plan.v1.schema.json (JSON Schema draft 2020-12) is the machine-readable form of
// the plan/v1 record described in docs/SCHEMA.md; internal/plan validates with it.
package schemas

import _ "embed"

// PlanV1 is the text of plan.v1.schema.json, byte for byte.
//
//go:embed plan.v1.schema.json
var PlanV1 []byte

// PlanV1ID is the $id of PlanV1: the URL under which a validator registers it.
const PlanV1ID = "https://jplan.invalid/schemas/plan.v1.schema.json"
