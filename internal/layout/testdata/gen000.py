#!/usr/bin/env python3
"""Builds the seed-000 HTML fixtures: the text of corpus/seeds/000_0cc3bb853a8a753b.txt
(真庭市 総合政策部 令和5年度 部局経営目標, a public page of city.maniwa.lg.jp) put back
into the page structure of the city's CMS (SMART CMS style: skip links, header with
site search and 文字サイズ, global navigation, 現在地 breadcrumb, side menu, footer with
the address). Written twice: UTF-8 with a <meta charset>, and Shift_JIS (CP932) with
no declaration at all. Run from the repository root:

    python3 internal/layout/testdata/gen000.py
"""
import html, os

SEED = "corpus/seeds/000_0cc3bb853a8a753b.txt"
OUT = "corpus/seeds/000_0cc3bb853a8a753b"

lines = open(SEED, encoding="utf-8").read().split("\n")
# The missions run from the line after "(1)部局の役割…" to the line before "関連書類":
# each is a heading line, an SDG tag line 【No.N:…】, a blank, a description.
start = next(i for i, l in enumerate(lines) if l.startswith("(1)部局の役割")) + 1
end = next(i for i, l in enumerate(lines) if l.strip() == "関連書類")
body = [l for l in lines[start:end]]
missions = []
i = 0
while i < len(body):
    if body[i].strip() in ("", "\u00a0"):
        i += 1
        continue
    title, tag = body[i], body[i + 1]
    i += 3  # title, tag, blank
    desc = []
    while i < len(body) and body[i].strip() not in ("", "\u00a0"):
        desc.append(body[i])
        i += 1
    missions.append((title, tag, desc))
assert len(missions) == 13, len(missions)

def e(s):
    return html.escape(s, quote=False)

def mission_html(title, tag, desc):
    t = e(title.rstrip())
    trail = len(title) - len(title.rstrip())
    t += "&nbsp;" * trail
    d = "<br>\n".join(e(x) for x in desc)
    return (f'<p><strong>{t}</strong><br>\n{e(tag)}</p>\n'
            f'<p>{d}</p>\n')

MISSIONS = "".join(mission_html(*m) for m in missions)

PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
{meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>総合政策部経営目標 - 真庭市公式ホームページ</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.js"></script>
<script>var gnavi_current = "soshiki"; /* 文字サイズ切替 */</script>
</head>
<body>
<div id="skip_menu"><span class="top_anchor">ページの先頭です。</span> <a href="#main_body">メニューを飛ばして本文へ</a></div>
<div id="header">
 <div id="logo"><a href="/"><img src="/img/logo.png" alt="真庭市"></a></div>
 <div id="header_menu">
  <form action="/search.html" method="get"><label for="q">サイト内検索</label><input type="text" id="q" name="q"><input type="submit" value="検索"></form>
  <dl id="moji_size"><dt>文字サイズ</dt><dd><a href="javascript:void(0)">拡大</a></dd><dd><a href="javascript:void(0)">標準</a></dd></dl>
  <ul id="header_link"><li><a href="/site/foreign/">Foreign Language</a></li><li><a href="/sitemap.html">サイトマップ</a></li></ul>
 </div>
</div>
<div id="gnavi">
 <ul>
  <li><a href="/life/">くらし・手続き</a></li>
  <li><a href="/kosodate/">子育て・教育</a></li>
  <li><a href="/kenko/">健康・福祉</a></li>
  <li><a href="/sangyo/">産業・しごと</a></li>
  <li><a href="/shisei/">市政情報</a></li>
 </ul>
</div>
<div id="pankuzu">現在地 <a href="/">トップ</a> &gt; <a href="/soshiki/">組織でさがす</a> &gt; <a href="/soshiki/3/">総合政策部</a> &gt; <a href="/soshiki/3/1.html">総合政策課</a> &gt; 総合政策部経営目標</div>
<div id="contents">
 <div id="main">
  <div id="main_a">
   <p class="main_body_head">本文</p>
   <div id="main_header"><h1>総合政策部経営目標</h1></div>
   <div id="content_header"><span class="print_link"><a href="/soshiki/3/1099.html?mode=print" target="_blank">印刷ページ表示</a></span> <span class="print_big"><a href="/soshiki/3/1099.html?mode=print_big" target="_blank">大きい文字で印刷</a></span> <span class="article_number">記事番号:0001099</span> <span class="update">更新日:2023年6月22日更新</span></div>
   <div class="sns_button"><a href="https://twitter.com/share">ツイート</a> <a href="https://social-plugins.line.me/lineit/share">LINEで送る</a></div>
   <div id="main_body">
    <div class="detail_free">
<h2>令和5年度 部局経営目標【総合政策部】</h2>
<h3>(1)部局の役割・使命(ミッション)・経営方針</h3>
{missions}<p>&nbsp;</p>
    </div>
    <div class="detail_writing_link"><h2>関連書類</h2></div>
    <div class="pdf_download">
     <p><a href="https://get.adobe.com/jp/reader/"><img src="/img/get_adobe_reader.png" alt="Adobe Reader"><img src="/img/external.png" alt="外部リンク" class="external_link_icon"></a></p>
     <p>PDF形式のファイルをご覧いただく場合には、Adobe社が提供するAdobe Readerが必要です。<br>
Adobe Readerをお持ちでない方は、バナーのリンク先からダウンロードしてください。(無料)</p>
    </div>
   </div>
   <p class="pagetop"><a href="#skip_menu">このページの先頭へ</a></p>
  </div>
 </div>
 <div id="lnavi">
  <h2><a href="/soshiki/3/1.html">総合政策課</a></h2>
  <ul>
   <li><a href="/soshiki/3/1098.html">真庭市総合計画</a></li>
   <li><a href="/soshiki/3/1099.html">総合政策部経営目標</a></li>
   <li><a href="/soshiki/3/2201.html">真庭版SDGs</a></li>
  </ul>
 </div>
</div>
<div id="footer">
 <ul id="footer_link"><li><a href="/site/privacy/">個人情報の取り扱い</a></li><li><a href="/site/accessibility/">ウェブアクセシビリティ</a></li></ul>
 <address>真庭市役所 〒719-3292 岡山県真庭市久世2927-2 電話:0867-42-1111(代表)</address>
 <p class="copyright">Copyright &copy; Maniwa City. All Rights Reserved.</p>
</div>
</body>
</html>
"""

utf8 = PAGE.format(meta='<meta charset="UTF-8">\n', missions=MISSIONS)
sjis = PAGE.format(meta="", missions=MISSIONS)
with open(OUT + ".html", "w", encoding="utf-8", newline="\n") as f:
    f.write(utf8)
with open(OUT + ".sjis.html", "wb") as f:
    f.write(sjis.encode("cp932"))
print("wrote", OUT + ".html", OUT + ".sjis.html")
