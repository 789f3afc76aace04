// Package lgcode knows Japan's local public bodies (全国地方公共団体コード): the 47
// prefectures, the 1,741 municipalities (市, 町, 村, 東京都の特別区) and the wards of
// designated cities, from the CC0 tables of code4fukui/localgovjp embedded in
// data/ (parsed once, on first use).
//
// It validates codes (check digit), and finds a body by code, by (prefecture,
// name), by name when that is unique, by the domain of its homepage, and by the
// names a text mentions. The 浜松市 ward reorganisation of 2024-01-01 is applied
// over the stale source rows: the old wards are kept for ByCode (documents of
// earlier years carry their codes) with Abolished set, and left out of every
// other lookup.
package lgcode

import (
	"fmt"
)

// Kind is the kind of a local public body.
type Kind uint8

// Kinds of bodies.
const (
	Prefecture  Kind = iota + 1 // 都道府県
	City                        // 市
	Town                        // 町
	Village                     // 村
	Ward                        // 区 of a designated city (行政区)
	SpecialWard                 // 特別区 of 東京都
)

var kindNames = map[Kind]string{
	Prefecture: "prefecture", City: "city", Town: "town", Village: "village", Ward: "ward", SpecialWard: "special ward",
}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Body is one local public body.
type Body struct {
	Code       string // 全国地方公共団体コード: 6 digits, the last a check digit
	Prefecture string // 岡山県; a prefecture's own name for a prefecture
	Name       string // the full name without spaces: 真庭市, 新潟市中央区, 千代田区, 岡山県
	Kana       string // reading in hiragana, without spaces
	City       string // the municipality: 真庭市; for a ward its city, 新潟市; "" for a prefecture
	Ward       string // a designated city's ward: 中央区; "" otherwise
	URL        string // official homepage, "" when unknown
	Kind       Kind
	Abolished  string // ISO date from which the body no longer exists; "" while it does
}

// CheckDigit returns the check digit of a five-digit code (総務省's rule:
// S = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5, check = (11 − S mod 11) mod 10).
func CheckDigit(five string) (byte, error) {
	if len(five) != 5 {
		return 0, fmt.Errorf("lgcode: code %q: want 5 digits, have %d bytes", five, len(five))
	}
	sum := 0
	for i := 0; i < 5; i++ {
		c := five[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("lgcode: code %q: byte %d is not a digit", five, i+1)
		}
		sum += int(c-'0') * (6 - i)
	}
	return byte('0' + (11-sum%11)%10), nil
}

// Valid reports whether code is six ASCII digits whose last is the check
// digit of the first five. It does not look the code up: see ByCode.
func Valid(code string) bool {
	if len(code) != 6 {
		return false
	}
	d, err := CheckDigit(code[:5])
	return err == nil && code[5] == d
}
