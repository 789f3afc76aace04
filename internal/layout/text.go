package layout

import (
	"context"
	"fmt"
	"strings"

	"jplan/internal/plan"
	"jplan/internal/sniff"
)

func init() {
	Register(plan.FormatText, parseText)
}

// srcLine is one line of a text document (or of a flattened HTML paragraph) with
// where it came from.
type srcLine struct {
	raw        string // as in the source, without the line ending
	start, end int    // byte offsets into the decoded text
	num        int    // 1-based line number; 0 when unknown
}

// parseText is the text adapter: plain text as PDF-to-text tools and CMS exports
// produce it. Blank lines separate paragraphs; bullet and numbered lines become
// list items; markdown (| a | b |) and tab-separated rows become tables whose cells
// may hold HTML fragments.
func parseText(ctx context.Context, data []byte, opt Options) (*Document, error) {
	text, cs := sniff.Decode(data, opt.DeclaredCharset)
	doc := &Document{Name: opt.Name, URL: opt.URL, Format: plan.FormatText, Charset: cs.Name,
		Warnings: append([]string(nil), cs.Warnings...)}
	if n := strings.Count(text, "\x00"); n > 0 {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("layout: %d NUL characters dropped", n))
	}
	blocks, err := textBlocks(ctx, splitSource(text))
	if err != nil {
		return nil, err
	}
	doc.Blocks = nonNil(blocks)
	return doc, nil
}

// nonNil makes an empty block list encode as [] rather than null.
func nonNil(blocks []Block) []Block {
	if blocks == nil {
		return []Block{}
	}
	return blocks
}

// splitSource splits decoded text into lines, dropping "\r" line-ending parts.
func splitSource(text string) []srcLine {
	lines := make([]srcLine, 0, strings.Count(text, "\n")+1)
	off := 0
	for i := 1; off <= len(text); i++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		raw := strings.TrimSuffix(text[off:off+end], "\r")
		lines = append(lines, srcLine{raw: raw, start: off, end: off + len(raw), num: i})
		off += end + 1
	}
	return lines
}

// textBlocks turns the lines of a text document into blocks.
func textBlocks(ctx context.Context, lines []srcLine) ([]Block, error) {
	var blocks []Block
	var para []srcLine
	flush := func() {
		blocks = append(blocks, lineBlocks(para)...)
		para = para[:0]
	}
	for i := 0; i < len(lines); {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		l := lines[i]
		switch {
		case isBlank(l.raw):
			flush()
			i++
		case tableKind(l.raw) != noTable:
			flush()
			var tb Block
			tb, i = readTable(lines, i)
			if len(tb.Rows) > 0 {
				blocks = append(blocks, tb)
			}
		default:
			para = append(para, l)
			i++
		}
	}
	flush()
	return blocks, nil
}

func isBlank(s string) bool { return collapseLine(s) == "" }

// lineBlocks turns one run of non-blank lines into blocks: a markdown heading
// (# …) is a heading, a line starting with a bullet or a numbering is a list item
// (the lines after it, up to the next marker, continue it), the rest is one
// paragraph whose lines are joined with "\n".
func lineBlocks(lines []srcLine) []Block {
	var out []Block
	var cur *Block
	emit := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, l := range lines {
		text := collapseLine(l.raw)
		if text == "" {
			continue
		}
		pos := Pos{Start: l.start, End: l.end, Line: l.num}
		if level, title, ok := markdownHeading(text); ok {
			emit()
			out = append(out, Block{Kind: Heading, Level: level, Text: title, Pos: pos})
			continue
		}
		if marker, rest, ok := splitMarker(text); ok {
			emit()
			cur = &Block{Kind: ListItem, Marker: marker, Text: rest, Depth: indentDepth(l.raw), Pos: pos}
			continue
		}
		if cur == nil {
			cur = &Block{Kind: Paragraph, Text: text, Pos: pos}
			continue
		}
		cur.Text += "\n" + text
		if l.end > cur.Pos.End {
			cur.Pos.End = l.end
		}
	}
	emit()
	return out
}

// markdownHeading recognises "# title" … "###### title".
func markdownHeading(s string) (int, string, bool) {
	level := 0
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(s) || s[level] != ' ' {
		return 0, "", false
	}
	title := strings.TrimSpace(strings.TrimRight(s[level:], "# "))
	return level, title, title != ""
}

// indentDepth is the nesting of an indented list line: two columns per level, an
// ideographic space being two columns and a tab four.
func indentDepth(raw string) int {
	w := 0
	for _, r := range raw {
		switch r {
		case ' ':
			w++
		case '\u3000':
			w += 2
		case '\t':
			w += 4
		default:
			return min(w/2, 8)
		}
	}
	return min(w/2, 8)
}
