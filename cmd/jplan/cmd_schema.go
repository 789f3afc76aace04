package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"jplan/schemas"
)

func init() {
	register(&cobra.Command{
		Use:   "schema",
		Short: "Print the plan/v1 JSON Schema",
		Long: `Print the JSON Schema (draft 2020-12) of the plan/v1 record, exactly as
embedded in this binary. It is strict: unknown members are errors. The rules a
schema cannot express (check digit of municipality_code, unique ids in document
order, references between ids, sorted sdgs, plan_period from <= to) are applied
by "jplan check".`,
		Example: `  jplan schema > plan.v1.schema.json
  jplan schema | jq '.$defs.indicator'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if _, err := c.OutOrStdout().Write(schemas.PlanV1); err != nil {
				return fatal(fmt.Errorf("schema: writing: %w", err))
			}
			return nil
		},
	})
}
