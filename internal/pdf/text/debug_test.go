package pdftext

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugGlyphs(t *testing.T) {
	name := os.Getenv("PDFDBG")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(name)
	data, _ = normalizeHeader(data)
	r, err := openReader(data)
	if err != nil {
		t.Fatal(err)
	}
	refs, _ := pageRefs(r.Trailer())
	st := newDocState(Options{})
	for i, ref := range refs {
		base, _, _ := displayMatrix(ref.mediaBox, ref.rotate)
		var stat PageStat
		in := newInterp(st, ref.resources, base, &stat)
		in.run(ref.dict.Key("Contents"))
		fmt.Println("PAGE", i+1, stat)
		for _, g := range in.glyphs {
			fmt.Printf("%q %.1f %.1f %.1f %.1f s=%.1f v=%v\n", g.text, g.x, g.y, g.w, g.h, g.size, g.vertical)
		}
	}
}

func TestDebugBlocks(t *testing.T) {
	name := os.Getenv("PDFBLK")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(name)
	res, err := Parse(data, Options{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(res.Pages, res.Doc.Warnings)
	for _, b := range res.Doc.Blocks {
		if b.Kind == "table" {
			fmt.Printf("TABLE p%d %v\n", b.Pos.Page, b.Pos)
			for _, r := range b.Rows {
				fmt.Print("  ROW")
				for _, c := range r {
					fmt.Printf(" | %q", c.Text)
				}
				fmt.Println()
			}
			continue
		}
		fmt.Printf("%s%d p%d %q\n", b.Kind, b.Level, b.Pos.Page, b.Text)
	}
}

func TestDebugText(t *testing.T) {
	name := os.Getenv("PDFTXT")
	if name == "" {
		t.Skip()
	}
	res := parseFile(t, name)
	os.WriteFile("/tmp/got.txt", []byte(docText(res.Doc)), 0o644)
}
