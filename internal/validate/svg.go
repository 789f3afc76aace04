package validate

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"unicode/utf8"
)

// This file draws the report's charts as inline SVG: horizontal bars, one row
// per label, one bar per series, values in [0,1].

// series is one kind of bar in a chart (a mode, a figure), with its colour.
type series struct {
	Name, Colour string
}

// row is one label of a chart with a value per series and a note (support).
type row struct {
	Label  string
	Values []float64
	Note   string
}

// chart dimensions in px.
const (
	chartLabelW = 170
	chartBarW   = 300
	chartNoteW  = 90
	chartBarH   = 14
	chartGap    = 10
)

// barChart returns an SVG of rows of bars with a legend and a scale; values
// outside [0,1] are clamped; NaN is drawn as "n/a" (nothing to measure). Every text is escaped.
func barChart(title string, ss []series, rows []row) template.HTML {
	rowH := len(ss)*chartBarH + chartGap
	top := 44
	h := top + len(rows)*rowH + 24
	w := chartLabelW + chartBarW + chartNoteW
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">`, w, h, w, h)
	fmt.Fprintf(&b, `<title>%s</title><text x="0" y="16" class="ct">%s</text>`, esc(title), esc(title))
	x := chartLabelW
	for _, s := range ss {
		fmt.Fprintf(&b, `<rect x="%d" y="26" width="12" height="12" fill="%s"/><text x="%d" y="36" class="cl">%s</text>`, x, s.Colour, x+16, esc(s.Name))
		x += 16 + 7*utf8.RuneCountInString(s.Name) + 14
	}
	for _, tick := range []float64{0, 0.25, 0.5, 0.75, 1} {
		x := chartLabelW + int(tick*chartBarW)
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="grid"/><text x="%d" y="%d" class="cl" text-anchor="middle">%.2g</text>`,
			x, top-2, x, h-20, x, h-6, tick)
	}
	for i, r := range rows {
		y := top + i*rowH
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="cl" text-anchor="end">%s</text>`, chartLabelW-8, y+len(ss)*chartBarH/2+5, esc(clip(r.Label, 24)))
		for j, v := range r.Values {
			by := y + j*chartBarH
			if math.IsNaN(v) { // nothing on either side: no figure
				fmt.Fprintf(&b, `<text x="%d" y="%d" class="cv">n/a</text>`, chartLabelW+4, by+chartBarH-3)
				continue
			}
			v = min(max(v, 0), 1)
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s %s: %.3f</title></rect>`,
				chartLabelW, by, v*chartBarW, chartBarH-2, ss[j].Colour, esc(r.Label), esc(ss[j].Name), v)
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="cv">%.2f</text>`, chartLabelW+v*chartBarW+4, by+chartBarH-3, v)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="cl">%s</text>`, chartLabelW+chartBarW+32, y+len(ss)*chartBarH/2+5, esc(r.Note))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every text above went through esc
}

func esc(s string) string { return template.HTMLEscapeString(s) }
