package validate

// pageHTML is the template of the HTML report (see WriteHTML).
const pageHTML = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; margin: 24px 32px; color: #222; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #1d4e89; padding-bottom: 2px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.sub { color: #555; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccd; padding: 3px 8px; vertical-align: top; }
th { background: #eef2f7; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 18px; }
.chart { background: #fafbfd; border: 1px solid #e2e6ee; padding: 6px; }
.ct { font-size: 14px; font-weight: bold; fill: #222; } .cl { font-size: 12px; fill: #333; } .cv { font-size: 10px; fill: #555; }
.grid { stroke: #d8dde6; stroke-width: 1; }
.k-missing { background: #fde8e4; } .k-extra { background: #fff5d6; } .k-wrong { background: #e8f0fb; } .k-record { background: #f6d5d5; font-weight: bold; }
.val { max-width: 420px; white-space: pre-wrap; word-break: break-all; }
.none { color: #888; font-style: italic; }
.ok { color: #2a7d4f; } .err { color: #b3261e; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="sub">{{.Summary}}</p>

<h2>Headline: items found (micro over the set, fuzzy matching)</h2>
<table>
<tr><th>group</th><th>support</th><th>tp</th><th>fp</th><th>fn</th><th>precision</th><th>recall</th><th>F1</th><th>macro F1</th><th>strict F1</th><th>soft F1</th></tr>
{{range .Headline}}<tr><td>{{.Group}}</td><td class="n">{{.Support}}</td><td class="n">{{.TP}}</td><td class="n">{{.FP}}</td><td class="n">{{.FN}}</td><td class="n">{{.P}}</td><td class="n">{{.R}}</td><td class="n"><b>{{.F1}}</b></td><td class="n">{{.MacroF1}}</td><td class="n">{{.StrictF1}}</td><td class="n">{{.SoftF1}}</td></tr>
{{end}}</table>

<h2>Charts</h2>
<div class="charts">{{range .Charts}}{{.}}{{end}}</div>

<h2>Documents</h2>
<table>
<tr><th>document</th><th>publisher and title</th><th>extractor</th><th>missions F1</th><th>projects F1</th><th>indicators F1</th><th>sdgs F1</th><th>field accuracy</th><th>diffs</th></tr>
{{range .Documents}}<tr><td><a href="#{{.Anchor}}">{{.ID}}</a></td><td>{{.Label}}</td><td>{{.Extractor}}</td>{{range .F1s}}<td class="n">{{.}}</td>{{end}}<td class="n">{{.Fields}}</td><td class="n">{{len .Diffs}}</td></tr>
{{end}}</table>
{{if .ExtraRecords}}<p class="sub">Extracted records without a truth record (not scored): {{range .ExtraRecords}}<code>{{.}}</code> {{end}}</p>{{end}}

<h2>Diffs per document</h2>
{{range .Documents}}<h3 id="{{.Anchor}}">{{.ID}} {{.Label}} <span class="sub">{{.TruthFile}} · {{.Extractor}}</span></h3>
{{if .Err}}<p class="err">{{.Err}}</p>{{end}}
{{if .Diffs}}<table>
<tr><th>kind</th><th>group</th><th>item</th><th>field</th><th>truth</th><th>extracted</th></tr>
{{range .Diffs}}<tr class="k-{{.Kind}}"><td>{{.Kind}}</td><td>{{.Group}}</td><td class="val">{{.Item}}</td><td>{{.Field}}</td><td class="val">{{if .Truth}}{{.Truth}}{{else if eq .Kind "wrong"}}<span class="none">(none)</span>{{end}}</td><td class="val">{{if .Pred}}{{.Pred}}{{else if eq .Kind "wrong"}}<span class="none">(none)</span>{{end}}</td></tr>
{{end}}</table>{{else}}<p class="ok">No differences.</p>{{end}}
{{end}}
</body>
</html>
`
