#!/usr/bin/env python3
"""Rebuild seed 002 (三鷹市 広報: 平成24年度「各部の運営方針と目標」) as a newsletter-like
HTML page and its truth text. render002.sh prints the HTML to PDF with headless
Chromium (and LibreOffice when installed).

Usage: newsletter002.py OUTDIR   → OUTDIR/002_14af7f8c1c2b8dac.html and .truth.txt

The text is the seed's, as published; the layout (title band, a framed figure,
departments in a three-column grid, ☞ marks, ※ footnotes in smaller type) imitates
a city newsletter page. The truth text lists every paragraph, heading and list
item once, in reading order (DOM order, which is what Chromium's content stream
follows), one per line."""
import html, os, sys

NAME = "002_14af7f8c1c2b8dac"
OUT = sys.argv[1] if len(sys.argv) > 1 else "."

TITLE = "各部の取り組みを紹介します"
ERA = ["平成", "24年度"]
HEAD = "「各部の運営方針と目標」を策定しました"
LEAD = [
    "「各部の運営方針と目標」は、「施政方針」などに掲げる事業の実現を目指し、各部が主体的に取り組むための「部の経営の全体構想」を示すものです。①「部の使命・目標に関する認識」を明確にし、②職員数、予算規模など「部の経営資源」を踏まえ、③「今年度の実施方針と個別事業」を設定しています(右図)。特に今年度は、個別事業の中に「行革推進事業」を位置付け、重点的に取り組むこととしました。",
    "また、年度終了後はその達成状況を「自治体経営白書」の中で公表し、検証結果を次の取り組みに反映させています。",
    "今号では、平成24年度「各部の運営方針と目標」の中から、各部が重点的に取り組む主な「個別事業」の概要を紹介します。",
]
CONTACT = "☎企画経営課 ☎内線2150"
LEGEND = "☞…行革推進事業(行財政改革の視点から取り組む重点的な事業)"
FIGURE = "各部の運営方針と目標の構成"

# (department, [bullet, ...]); a bullet starting with ※ is a footnote to the one before.
DEPTS = [
    ("企画部", [
        "第4次基本計画の「実行元年」として協働の取り組みを進めるとともに、広報特集号の発行、冊子の電子データ化を行います。",
        "新川防災公園・多機能複合施設(仮称)の整備に向け、実施設計を完了します。また、暫定管理地内の施設の解体工事を実施します。",
        "☞事務事業総点検運動を推進し、行政のスリム化に取り組みます。また、事業評価制度の再構築と予算編成のあり方について検討します。"]),
    ("総務部", [
        "防災まちづくりディスカッションの実施など広く市民や関係機関の意見を反映して、地域防災計画を改定します。",
        "実効性のある「事業継続計画[震災編]」(※)とするため、事業継続推進本部(仮称)を設置するほか、防災関係機関連携訓練などを実施します。",
        "※震災時に優先的に取り組む業務や必要な体制などを定めたもの。",
        "☞平成22年度に作成した無作為抽出方式による市民会議などの公募委員候補者名簿の有効期間が満了したことから、新たな名簿を無作為抽出方式により作成します。名簿からの公募委員選任を進め、市民会議などのさらなる活性化に向けて取り組みます。"]),
    ("市民部", [
        "職員の説明能力を高め、質の高い窓口サービスの提供を目指します。また、コンビニ交付や自動交付機の利用拡大に取り組みます。",
        "☞市債権管理の適正化に向けて、効率的・効果的な収納体制を確立するとともに、条例の整備などについて具体的な検討を行います。",
        "市財政の健全性を維持するため、市税収入を的確に把握するとともに、収納率の向上を図り、市税収入の確保に取り組みます。"]),
    ("生活環境部", [
        "地域の課題を新たな共助や協働によって解決できるよう、「コミュニティ創生」のあり方について研究を進めます。",
        "町会・自治会など地域自治組織の先導的な取り組みを支援するとともに、交流を深める機会を設けるなど、地域の活性化に取り組みます。",
        "買物支援のモデル事業を拡充するとともに、市内共通商品券事業を支援し、消費者の利便性の向上や、商店街の活性化を目指します。"]),
    ("健康福祉部", [
        "地域ケアネットワークの全市展開を目指して、市内5カ所目となる連雀地区設立に向けて取り組むとともに、福祉人材の養成と活動支援を継続します。",
        "災害時に高齢者や障がい者などを支援するため、災害時要援護者支援事業を協働で実施する地域の拡大に取り組みます。",
        "☞北野ハピネスセンターの成人部門・幼児部門の今後のあり方について検討し、報告書をまとめます。"]),
    ("子ども政策部", [
        "子ども・子育て支援施策について、次世代育成支援推進協議会により評価・検証し、目標の達成状況を公表します。",
        "親子ひろば事業や講座・相談などを実施し、在宅の子育て支援に取り組みます。また、子育てサポーターの養成に取り組みます。",
        "南浦西保育園の建て替えなど耐震化や、待機児童解消に向けてより効率的な運営に取り組みます。"]),
    ("都市整備部", [
        "景観づくり計画2022(仮称)の策定、景観条例(仮称)の制定などにより、地域特性を活かした良好な景観形成を進めます。",
        "防災上重要な公共建築物の耐震化を進め、都市の防災性を高めるため、耐震改修促進計画を改定します。",
        "特定緊急輸送道路沿道建築物などについて東京都と連携しながら耐震化を進めるため、耐震診断と耐震改修の誘導を行います。"]),
    ("教育部", [
        "学校支援者の拡大など、コミュニティ・スクールを基盤とした小・中一貫教育のさらなる充実と発展を目指します。",
        "三鷹中央学園第三小学校の建て替え工事を進め、年内の新校舎完成を目指します。",
        "スポーツ祭東京2013(東京国体)に向け、開催気運を醸成するためリハーサル大会を開催するとともに、イベントなどの啓発事業を実施します。"]),
]
FOOTER = "◆「各部の運営方針と目標」の全文は、市ホームページ・冊子で閲覧できます。冊子は、相談・情報センター(市役所2階)、市政窓口、市民協働センターで配布するほか、図書館、各コミュニティセンターでも閲覧できます。ご意見、ご感想などをお寄せください。"

CSS = """
@page { size: A4; margin: 10mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 8.2pt; line-height: 1.4; margin: 0; color: #222; }
.band { display: flex; align-items: center; background: #1f6f50; color: #fff; padding: 5pt 10pt; }
.band h1 { font-size: 20pt; margin: 0; flex: 1; letter-spacing: 2pt; }
.era { border: 1.5pt solid #fff; border-radius: 50%; width: 44pt; height: 44pt; text-align: center; font-size: 9pt; font-weight: bold; padding-top: 8pt; box-sizing: border-box; }
.era span { display: block; line-height: 1.25; }
.intro { display: flex; gap: 10pt; margin: 6pt 0; }
.intro .text { flex: 3; }
.intro h2 { font-size: 12pt; color: #1f6f50; margin: 0 0 3pt 0; border-bottom: 1pt solid #1f6f50; }
.intro p { margin: 0 0 3pt 0; text-indent: 1em; }
.intro .contact { text-indent: 0; text-align: right; font-size: 8pt; }
.legend { border: 0.8pt dashed #1f6f50; padding: 2pt 4pt; text-indent: 0 !important; }
figure { flex: 2; margin: 0; border: 0.8pt solid #888; padding: 4pt; }
figure figcaption { font-weight: bold; text-align: center; font-size: 9pt; margin-bottom: 3pt; }
.box { height: 16pt; margin: 3pt 6pt; border: 0.8pt solid #1f6f50; background: #e6f2ec; border-radius: 3pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6pt 10pt; }
section { border-top: 2pt solid #1f6f50; padding-top: 2pt; break-inside: avoid; }
section h3 { font-size: 10.5pt; margin: 0 0 2pt 0; color: #1f6f50; }
section ul { margin: 0; padding-left: 1.1em; }
section li { margin: 0 0 2pt 0; }
section p.note { font-size: 7.5pt; margin: -1pt 0 2pt 1.1em; color: #444; }
footer { margin-top: 8pt; padding: 4pt 6pt; background: #f1f1f1; font-size: 8.2pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def main():
    h, truth = [], []
    h.append('<div class="band"><h1>%s</h1><div class="era">%s</div></div>'
             % (e(TITLE), "".join("<span>%s</span>" % e(x) for x in ERA)))
    truth += [TITLE] + ERA
    h.append('<div class="intro"><div class="text"><h2>%s</h2>' % e(HEAD))
    truth.append(HEAD)
    for p in LEAD:
        h.append("<p>%s</p>" % e(p))
    truth += LEAD
    h.append('<p class="contact">%s</p><p class="legend">%s</p></div>' % (e(CONTACT), e(LEGEND)))
    truth += [CONTACT, LEGEND]
    h.append('<figure><figcaption>%s</figcaption>%s</figure></div>'
             % (e(FIGURE), '<div class="box"></div>' * 3))
    truth.append(FIGURE)
    h.append('<div class="grid">')
    for dept, items in DEPTS:
        h.append("<section><h3>%s</h3><ul>" % e(dept))
        truth.append(dept)
        for it in items:
            if it.startswith("※"):
                h.append('<p class="note">%s</p>' % e(it))
            else:
                h.append("<li>%s</li>" % e(it))
            truth.append(it)
        h.append("</ul></section>")
    h.append("</div>")
    h.append("<footer>%s</footer>" % e(FOOTER))
    truth.append(FOOTER)

    with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>\n'
                % (e(TITLE), CSS))
        f.write("\n".join(h))
        f.write("\n</body></html>\n")
    with open(os.path.join(OUT, NAME + ".truth.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(truth) + "\n")


if __name__ == "__main__":
    main()
