package pdftext

import "sync"

//go:generate go run ./internal/gen -o japan1_table.go

var (
	japan1Once  sync.Once
	japan1Table []rune
)

// japan1Rune maps an Adobe-Japan1 CID to Unicode (0 when unknown). The table
// is decoded from the generated string on first use.
func japan1Rune(cid uint32) rune {
	japan1Once.Do(func() {
		japan1Table = make([]rune, 0, japan1Count)
		for _, r := range japan1Runes {
			japan1Table = append(japan1Table, r)
		}
	})
	if int(cid) >= len(japan1Table) {
		return 0
	}
	return japan1Table[cid]
}
