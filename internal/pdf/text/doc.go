package pdftext

import (
	"github.com/ledongthuc/pdf"
)

// docState is what is shared by all pages of one document: fonts and CMaps,
// each parsed once.
type docState struct {
	fonts    map[string]*font
	fontSets map[string]map[string]*font // by the printed /Font dictionary
	cmaps    map[string]*cmap
	maxDepth int
}

func newDocState(opt Options) *docState {
	d := &docState{
		fonts: map[string]*font{}, fontSets: map[string]map[string]*font{},
		cmaps: map[string]*cmap{}, maxDepth: opt.MaxXObjectDepth,
	}
	if d.maxDepth <= 0 {
		d.maxDepth = 8
	}
	return d
}

// font loads a font dictionary once per document. The key is the
// dictionary's printed form: it names every object the font refers to
// ("12 0 R"), so equal keys decode equally.
func (d *docState) font(dict pdf.Value) *font {
	key := dict.String()
	if f, ok := d.fonts[key]; ok {
		return f
	}
	f := loadFont(dict, d.cmaps)
	d.fonts[key] = f
	return f
}

// fontSet returns the name → font map shared by every resource dictionary
// whose /Font dictionary prints as fontDict does.
func (d *docState) fontSet(fontDict pdf.Value) map[string]*font {
	key := fontDict.String()
	set, ok := d.fontSets[key]
	if !ok {
		set = map[string]*font{}
		d.fontSets[key] = set
	}
	return set
}

// maxPageTreeDepth and maxPages bound the page-tree walk.
const (
	maxPageTreeDepth = 64
	maxPages         = 100_000
)

// pageRef is a page dictionary with the attributes it inherits.
type pageRef struct {
	dict      pdf.Value
	resources pdf.Value
	mediaBox  pdf.Value
	rotate    int64
}

// pages walks the page tree in order, carrying inherited attributes and
// refusing loops (a node seen before by its printed form) and deep trees.
func pages(root pdf.Value) []pageRef {
	var out []pageRef
	seen := map[string]bool{}
	var walk func(node pdf.Value, inh pageRef, depth int)
	walk = func(node pdf.Value, inh pageRef, depth int) {
		if depth > maxPageTreeDepth || len(out) >= maxPages || node.Kind() != pdf.Dict {
			return
		}
		if r := node.Key("Resources"); r.Kind() == pdf.Dict {
			inh.resources = r
		}
		if mb := node.Key("MediaBox"); mb.Kind() == pdf.Array {
			inh.mediaBox = mb
		}
		if rot := node.Key("Rotate"); rot.Kind() == pdf.Integer {
			inh.rotate = rot.Int64()
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			inh.dict = node
			out = append(out, inh)
			return
		}
		key := node.String()
		if seen[key] {
			return
		}
		seen[key] = true
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), inh, depth+1)
		}
	}
	walk(root, pageRef{}, 0)
	return out
}

// displayMatrix maps user space to display space (origin top-left, y down,
// the page's /Rotate applied) and returns the display width and height.
func displayMatrix(mediaBox pdf.Value, rotate int64) (matrix, float64, float64) {
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0
	if mediaBox.Len() == 4 {
		x0, y0 = mediaBox.Index(0).Float64(), mediaBox.Index(1).Float64()
		x1, y1 = mediaBox.Index(2).Float64(), mediaBox.Index(3).Float64()
		x0, x1 = min(x0, x1), max(x0, x1)
		y0, y1 = min(y0, y1), max(y0, y1)
	}
	w, h := x1-x0, y1-y0
	switch ((rotate % 360) + 360) % 360 {
	case 90:
		return matrix{0, 1, 1, 0, -y0, -x0}, h, w
	case 180:
		return matrix{-1, 0, 0, 1, x1, -y0}, w, h
	case 270:
		return matrix{0, -1, -1, 0, y1, x1}, h, w
	}
	return matrix{1, 0, 0, -1, -x0, y1}, w, h
}
