// Package sdg recognises the Sustainable Development Goal tags that Japanese
// municipalities attach to goals and projects (【No.17:パートナーシップで目標を達成しよう】,
// SDGs目標17, ゴール3, SDGs 3・4・17, icon alt text, English "Goal 4: Quality Education")
// and checks the goal names against the official list (data/sdg_goals.csv, embedded).
//
// Find reports every tag with its byte offsets in the input, so callers can keep
// raw text and remove tags from titles (Strip). The goal number always wins over
// the name written beside it; a name that disagrees puts a Warning on the Tag.
package sdg

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
)

// Count is the number of goals: goal numbers run from 1 to Count.
const Count = 17

//go:embed data/sdg_goals.csv
var goalsCSV []byte

// goal is one row of the official list.
type goal struct {
	ja, en string
}

// goals is indexed by goal number; goals[0] is unused.
var goals = mustParseGoals(goalsCSV)

func mustParseGoals(b []byte) [Count + 1]goal {
	g, err := parseGoals(b)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return g
}

func parseGoals(b []byte) ([Count + 1]goal, error) {
	var g [Count + 1]goal
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return g, fmt.Errorf("sdg: data/sdg_goals.csv: %w", err)
	}
	if len(rows) != Count+1 {
		return g, fmt.Errorf("sdg: data/sdg_goals.csv: %d rows, want %d goals and a header", len(rows), Count)
	}
	for i, row := range rows[1:] {
		n, err := strconv.Atoi(row[0])
		if err != nil || n != i+1 || len(row) != 3 {
			return g, fmt.Errorf("sdg: data/sdg_goals.csv: line %d: want goal %d,name_ja,name_en", i+2, i+1)
		}
		g[n] = goal{ja: row[1], en: row[2]}
	}
	return g, nil
}

// Name returns the official Japanese and English short names of goal
// (1..17), or two empty strings for any other number.
func Name(goal int) (ja, en string) {
	if goal < 1 || goal > Count {
		return "", ""
	}
	return goals[goal].ja, goals[goal].en
}
