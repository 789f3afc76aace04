package sniff

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

func TestDocument(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "seeds", "*"))
	for _, s := range seeds {
		data, _ := os.ReadFile(s)
		if err := Document(data); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	u16 := []byte{0xff, 0xfe}
	for _, r := range utf16.Encode([]rune("令和5年度 部局経営目標\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	noBOM := u16[2:]
	for name, data := range map[string][]byte{"utf-16 with BOM": u16, "utf-16 without BOM": noBOM,
		"iso-2022-jp": []byte("\x1b$B;T\x1b(B\n"), "crlf": []byte("目標\r\n\r\n")} {
		if err := Document(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, data := range map[string][]byte{"empty": nil, "blank": []byte(" \n\t\r\n"),
		"jpeg": []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "gzip": {0x1f, 0x8b, 8, 0, 0, 0, 0, 0},
		"random binary": {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b', 0, 0, 0, 9}} {
		if err := Document(data); !errors.Is(err, ErrNotDocument) {
			t.Errorf("%s: Document = %v, want ErrNotDocument", name, err)
		}
	}
}

func FuzzDocument(f *testing.F) {
	f.Add([]byte("令和5年度"))
	f.Add([]byte{})
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Add([]byte{0xff, 0xfe, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Document(data)
		if err != nil && !errors.Is(err, ErrNotDocument) {
			t.Fatalf("Document error does not wrap ErrNotDocument: %v", err)
		}
	})
}
