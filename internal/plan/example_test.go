package plan_test

import (
	"fmt"
	"strings"

	"jplan/internal/plan"
)

func ExampleCheck() {
	record := `{"schema":"plan/v1","id":"sha256:9efcdfd9de2ab1c0","source":{"format":"html"},
"publisher":{"municipality":"真庭市","municipality_code":"332140"},
"missions":[{"id":"M1","title":"循環型経済の推進","sdgs":[8]}],"sdgs":[8]}`
	for _, f := range plan.Check([]byte(record)) {
		fmt.Println(f)
	}
	// Output:
	// 2: record sha256:9efcdfd9de2ab1c0: /publisher/municipality_code: check digit: want 332143 (got 332140)
}

func ExampleReader() {
	jsonl := `{"schema":"plan/v1","id":"a","source":{},"publisher":{},"fiscal_year":2023}

{"schema":"plan/v1","id":"b","source":{},"publisher":{},"fiscal_year":2024}
`
	rd := plan.NewReader(strings.NewReader(jsonl))
	for {
		rec, line, err := rd.Read()
		if err != nil {
			break // io.EOF, or a *plan.DecodeError naming the line
		}
		fmt.Println(line, rec.ID, rec.FiscalYear)
	}
	// Output:
	// 1 a 2023
	// 3 b 2024
}
