package layout

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// furniturePhrases are the words of page furniture that survive in the content
// area of CMS pages (skip links, print and font-size controls, back-to-top links);
// they are cut out of short blocks, and a block left empty is dropped.
var furniturePhrases = []string{
	"ページの先頭です。", "ページの先頭です", "メニューを飛ばして本文へ", "本文へスキップ",
	"本文ここから", "本文ここまで", "ここから本文です。", "ここから本文です", "ここまで本文です。", "ここまで本文です",
	"印刷ページ表示", "大きい文字で印刷", "印刷用ページを表示する", "このページを印刷する", "ページ印刷",
	"このページの先頭へ戻る", "このページの先頭へ", "ページの先頭へ戻る", "ページの先頭へ", "ページの上部へ",
	"ページトップへ戻る", "ページトップへ", "<外部リンク>", "<別ウィンドウ>",
}

// furnitureFirstRunes holds the first character of every furniture phrase (each
// once, as a string): a line without any of them holds no phrase, and most lines
// of content don't.
var furnitureFirstRunes = firstRunes(furniturePhrases)

func firstRunes(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		_, n := utf8.DecodeRuneInString(p)
		if !slices.Contains(out, p[:n]) {
			out = append(out, p[:n])
		}
	}
	return out
}

// mayHoldFurniture tells whether s holds the first character of a furniture
// phrase. A search for each of the few characters is faster than
// strings.ContainsAny, which looks every character of s up in a string of them.
func mayHoldFurniture(s string) bool {
	for _, r := range furnitureFirstRunes {
		if strings.Contains(s, r) {
			return true
		}
	}
	return false
}

// furnitureBlocks are whole blocks that are furniture only when they are all the
// block says (本文 is also a word of content).
var furnitureBlocks = map[string]bool{
	"本文": true, "本文へ": true, "メニュー": true, "文字サイズ": true, "文字の大きさ": true,
	"拡大": true, "縮小": true, "標準": true, "ツイート": true, "シェア": true, "ポスト": true,
	"LINEで送る": true, "いいね!": true, "いいね！": true, "Tweet": true, "外部リンク": true,
	"別ウィンドウ": true, "新しいウィンドウで開きます": true, "PDFファイル": true, "PDF": true,
	"サイト内検索": true, "検索": true, "閉じる": true, "戻る": true,
}

// metaLabels start the metadata items an extractor needs as provenance.
var metaLabels = []string{"最終更新日", "更新日", "記事番号", "ページ番号", "ページID", "掲載日", "公開日", "登録日", "作成日", "公表日", "発行日"}

// metaLabel finds a metadata label with the separator after it.
var metaLabel = regexp.MustCompile(`(` + strings.Join(metaLabels, "|") + `)\s*[:：]?\s*`)

var breadcrumb = regexp.MustCompile(`^(現在地|現在の位置|現在のページ|ホーム\s*[>＞›»]|トップ(ページ)?\s*[>＞›»])`)

// isBreadcrumb tells whether s starts as a breadcrumb trail does. The prefix
// test says what the regexp would about nearly every block without running it.
func isBreadcrumb(s string) bool {
	return (strings.HasPrefix(s, "現在") || strings.HasPrefix(s, "ホーム") || strings.HasPrefix(s, "トップ")) &&
		breadcrumb.MatchString(s)
}

// maxFurnitureLen bounds the blocks furniture rules may touch, in characters:
// a long paragraph that mentions 印刷ページ is content.
const maxFurnitureLen = 120

// cleanBlocks drops what is left of furniture in the content blocks and turns
// metadata lines (記事番号, 更新日) into Meta blocks.
func cleanBlocks(blocks []Block) []Block {
	out := blocks[:0:0]
	if len(blocks) > 0 {
		out = make([]Block, 0, len(blocks)) // most blocks stay
	}
	for _, b := range blocks {
		out = appendClean(out, b)
	}
	return out
}

// appendClean appends what is left of b once cleaned to out.
func appendClean(out []Block, b Block) []Block {
	if b.Kind == Table || utf8.RuneCountInString(b.Text) > maxFurnitureLen {
		return append(out, b)
	}
	if isAdobeNotice(b.Text) || isBreadcrumb(b.Text) || furnitureBlocks[b.Text] {
		return out
	}
	if b.Kind == Image {
		return append(out, b)
	}
	text := stripFurniture(b.Text)
	if text == "" || furnitureBlocks[text] {
		return out
	}
	if b.Kind != Heading {
		if metas := splitMeta(text, b.Pos); metas != nil {
			return append(out, metas...)
		}
	}
	if b.Kind == Paragraph {
		b.Text = text
	}
	return append(out, b)
}

// stripFurniture cuts the furniture phrases out of each line of text.
func stripFurniture(text string) string {
	if !mayHoldFurniture(text) && linesCollapsed(text) {
		return text // nothing to cut or collapse: the common case
	}
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, line := range lines {
		if mayHoldFurniture(line) {
			for _, p := range furniturePhrases {
				line = strings.ReplaceAll(line, p, " ")
			}
		}
		if line = collapseLine(line); line != "" {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}

// linesCollapsed tells whether every line of text is non-empty and as
// collapseLine leaves it, so that stripFurniture without phrases to cut would
// give text back.
func linesCollapsed(text string) bool {
	for {
		line, rest, more := strings.Cut(text, "\n")
		if line == "" || collapseLine(line) != line {
			return false
		}
		if !more {
			return true
		}
		text = rest
	}
}

// isAdobeNotice recognises the plug-in notices under PDF links ("PDF形式のファイル
// をご覧いただく場合には、Adobe社が提供するAdobe Readerが必要です", banners).
func isAdobeNotice(s string) bool {
	if !strings.Contains(s, "Adobe") && !strings.Contains(s, "アドビ") {
		return false
	}
	for _, w := range []string{"Reader", "Acrobat", "リーダー", "アクロバット", "必要", "ダウンロード"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// splitMeta splits a metadata line ("記事番号:0001099 更新日:2023年6月22日更新") into
// one Meta block per item; nil when the line is not metadata.
func splitMeta(text string, pos Pos) []Block {
	if !startsWithAny(text, metaLabels) { // what the regexp would say, without running it on every block
		return nil
	}
	locs := metaLabel.FindAllStringIndex(text, -1)
	if len(locs) == 0 || locs[0][0] != 0 {
		return nil
	}
	var out []Block
	for i, l := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		item := strings.TrimSpace(text[l[0]:end])
		if !strings.ContainsAny(text[l[1]:end], "0123456789０１２３４５６７８９") {
			return nil
		}
		out = append(out, Block{Kind: Meta, Text: item, Pos: pos})
	}
	return out
}

func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
