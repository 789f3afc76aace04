package pdftext

import "testing"

func TestPredefinedCMaps(t *testing.T) {
	for _, tc := range []struct {
		cmap     string
		codes    string // the bytes of a shown string
		want     string
		vertical bool
	}{
		{"UniJIS-UCS2-H", "\x65\xe5\x67\x2c", "日本", false},
		{"UniJIS-UCS2-V", "\x7e\x26", "縦", true},
		{"UniJIS-UTF16-H", "\xd8\x42\xdf\xb7\x91\xce", "𠮷野", false},
		{"UniJIS-UTF32-H", "\x00\x02\x0b\xb7", "𠮷", false},
		{"UniJIS-UTF8-H", "令和", "令和", false},
		{"90ms-RKSJ-H", "\x93\xfa\x96\x7b\xb6\xc0\x41", "日本ｶﾀA", false},
		{"90msp-RKSJ-H", "\x87\x40", "①", false},
		{"90ms-RKSJ-V", "\x8f\x63", "縦", true},
		{"EUC-H", "\xc6\xfc\xcb\xdc\x8e\xb6", "日本ｶ", false},
		{"EUC-V", "\xc6\xfc", "日", true},
		{"H", "\x46\x7c", "日", false},
		{"GBK-EUC-H", "\xd6\xd0", "中", false},
		{"KSCms-UHC-H", "\xc7\xd1", "한", false},
	} {
		c, vertical := predefinedCMap(tc.cmap)
		if vertical != tc.vertical {
			t.Errorf("%s: vertical = %v", tc.cmap, vertical)
		}
		var got string
		for s := tc.codes; s != ""; {
			n := c.split(s)
			if n <= 0 {
				t.Fatalf("%s: split(%q) = %d", tc.cmap, s, n)
			}
			got += c.decode(s[:n])
			s = s[n:]
		}
		if got != tc.want {
			t.Errorf("%s: %q decodes to %q, want %q", tc.cmap, tc.codes, got, tc.want)
		}
	}
	if c, _ := predefinedCMap("Adobe-Nothing-H"); c != codecNone {
		t.Errorf("unknown CMap gave codec %d", c)
	}
}

func TestCMapLookups(t *testing.T) {
	cm := parseCMapBytes([]byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/WMode 1 def
2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange
2 beginbfchar <41> <0041> <8141> <D842DFB7> endbfchar
2 beginbfrange <8150> <8152> <3042> <8160> <8161> [<0058> <00590059>] endbfrange
1 begincidrange <8200> <82FF> 1000 endcidrange
1 begincidchar <20> 1 endcidchar
endcmap end end`))
	if !cm.vertical {
		t.Error("WMode 1 not read")
	}
	for code, want := range map[uint32]string{0x41: "A", 0x8141: "𠮷", 0x8150: "あ", 0x8152: "い", 0x8161: "YY"} {
		if got, ok := cm.toUnicode(code); !ok || got != want {
			t.Errorf("toUnicode(%#x) = %q, %v; want %q", code, got, ok, want)
		}
	}
	if _, ok := cm.toUnicode(0x8153); ok {
		t.Error("code past the range mapped")
	}
	if cid, ok := cm.cid(0x8210); !ok || cid != 1016 {
		t.Errorf("cid(0x8210) = %d, %v", cid, ok)
	}
	if cid, ok := cm.cid(0x20); !ok || cid != 1 {
		t.Errorf("cid(0x20) = %d, %v", cid, ok)
	}
	// Codespace ranges decide the code length: one byte for 0x41, two for 0x8141.
	s := "A\x81\x41"
	if code, n := cm.split(s, 2); code != 0x41 || n != 1 {
		t.Errorf("split first = %#x, %d", code, n)
	}
	if code, n := cm.split(s[1:], 2); code != 0x8141 || n != 2 {
		t.Errorf("split second = %#x, %d", code, n)
	}
}

func TestGlyphNames(t *testing.T) {
	for name, want := range map[string]string{
		"A": "A", "quoteright": "’", "uni65E5": "日", "uni65E5672C": "日本", "u20BB7": "𠮷",
		"Aacute": "Á", "ccedilla": "ç", "fi": "ﬁ", "one.oldstyle": "1", "zero": "0",
	} {
		if got, ok := glyphRune(name); !ok || got != want {
			t.Errorf("glyphRune(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"g57F", "cid1234", "uniD800", "u110000", ".notdef", ""} {
		if got, ok := glyphRune(name); ok {
			t.Errorf("glyphRune(%q) = %q, want unknown", name, got)
		}
	}
}

func TestJapan1Table(t *testing.T) {
	for cid, want := range map[uint32]rune{1: ' ', 34: 'A', 843: 'あ', 1200: '一', 0: 0, 99999: 0} {
		if got := japan1Rune(cid); got != want {
			t.Errorf("japan1Rune(%d) = %q, want %q", cid, got, want)
		}
	}
}
