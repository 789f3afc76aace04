package dataset

import (
	"strconv"
	"strings"

	"jplan/internal/plan"
)

// Column types, as SQLite declares them.
const (
	Text    = "TEXT"
	Integer = "INTEGER"
	Real    = "REAL"
)

// Column is one column of a table.
type Column struct {
	Name string
	Type string // Text, Integer or Real
	Doc  string // what it means, for the README and the SQLite schema comments
}

// Table is one tidy table made from plan/v1 records: every row starts with the
// document id, the municipality code and the fiscal year, so any table can be
// filtered or joined without the documents table.
type Table struct {
	Name    string
	Doc     string
	Columns []Column
	// rows emits the record's rows, each built in b; a cell is nil (NULL,
	// empty in CSV), string, int64, float64 or bool.
	rows func(r *plan.Record, b *rowBuf, emit func(row []any) error) error
}

// Rows calls emit with each row the record contributes to the table. The
// row slice is reused for the next row: emit must not keep it (its cells
// may be kept).
func (t *Table) Rows(r *plan.Record, emit func(row []any) error) error {
	var b rowBuf
	b.reset(r)
	return t.rows(r, &b, emit)
}

// rowBuf builds rows in one reused slice, with the key cells of the record
// boxed once: building a fresh []any (and boxing the keys again) for every
// row of every table was a large share of the writers' allocations.
type rowBuf struct {
	keys [3]any
	row  []any
}

// reset makes b build the rows of r.
func (b *rowBuf) reset(r *plan.Record) {
	b.keys = [3]any{r.ID, nullStr(r.Publisher.MunicipalityCode), nullInt(r.FiscalYear)}
}

// start begins a new row with the key cells; append the other cells to it.
func (b *rowBuf) start() []any {
	return append(b.row[:0], b.keys[:]...)
}

// done keeps row's backing array for the next row and returns row.
func (b *rowBuf) done(row []any) []any {
	b.row = row
	return row
}

// keyColumns lead every table.
var keyColumns = []Column{
	{"document_id", Text, "the record id (plans.jsonl `id`): the corpus id, or sha256: + 16 hex digits of the bytes"},
	{"municipality_code", Text, "全国地方公共団体コード, 6 digits with check digit (a ward has its own); empty when unknown"},
	{"fiscal_year", Integer, "Gregorian year the 年度 of the goals starts (令和5年度 → 2023); empty when the document gives none"},
}

// Tables are the tables of the dataset, in the order they are written.
var Tables = []*Table{documentsTable, missionsTable, projectsTable, indicatorsTable, sdgsTable}

func cols(cs ...Column) []Column { return append(append([]Column{}, keyColumns...), cs...) }

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullInt is n as a cell, NULL when 0. Integer cells are int64, the type
// database/sql passes to the driver as is: an int would be converted, and
// boxed again, for every cell.
func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

func optStr(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func optInt(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

// joinInts writes a list of goals as "3;17".
func joinInts(ns []int) any {
	if len(ns) == 0 {
		return nil
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ";")
}

func joinStrs(ss []string, sep string) any {
	if len(ss) == 0 {
		return nil
	}
	return strings.Join(ss, sep)
}

// appendQuantity appends the raw, value, unit, fiscal_year and estimated cells of q.
func appendQuantity(row []any, q *plan.Quantity) []any {
	if q == nil {
		return append(row, nil, nil, nil, nil, nil)
	}
	var v any
	if q.Value != nil {
		v = *q.Value
	}
	est := int64(0)
	if q.Estimated {
		est = 1
	}
	return append(row, q.Raw, v, nullStr(q.Unit), nullInt(q.FiscalYear), est)
}

func quantityColumns(prefix, what string) []Column {
	return []Column{
		{prefix + "_raw", Text, what + " as written (`10.0億円`, `-`)"},
		{prefix + "_value", Real, what + " as a number, multipliers applied (`10.0億円` → 1000000000); empty when none"},
		{prefix + "_unit", Text, "counted unit of the " + what + " after the multiplier (`円`, `件`, `%`)"},
		{prefix + "_fiscal_year", Integer, "fiscal year the " + what + " refers to, when stated"},
		{prefix + "_estimated", Integer, "1 when the " + what + " is an estimate (見込み), 0 otherwise; empty without a " + what},
	}
}
