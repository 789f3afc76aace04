package crawl

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"gopkg.in/yaml.v3"

	"jplan/internal/ja/lgcode"
)

// Draft link rules for a municipality nobody has looked at yet: the names goal
// documents go by (部局経営目標, 組織目標, 各部の運営方針と目標, 部長マニフェスト,
// 実行宣言, 重点目標, 総合計画), reached through the organisation and policy pages.
var (
	draftDocText = []string{"経営目標|組織目標|運営方針|運営目標|実行宣言|マニフェスト|重点目標|総合計画|重点プロジェクト"}
	draftFollow  = []string{"組織|部署|部局|市政|町政|村政|区政|行政|計画|施策|政策|行財政"}
)

// Draft is a registry entry for a body known only by its code, name and
// homepage: start at the homepage, follow organisation and policy pages up to
// three links deep, and take links named like goal documents. It is marked
// unverified: a person checks the start page and the rules before relying on it.
func Draft(code, name, homepage string) (Source, error) {
	u, err := url.Parse(homepage)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Source{}, fmt.Errorf("crawl: draft %s %s: homepage %q is not an http(s) URL", code, name, homepage)
	}
	if !lgcode.Valid(code) {
		return Source{}, fmt.Errorf("crawl: draft %s: not a valid 全国地方公共団体コード", code)
	}
	s := Source{
		ID:               "lg" + code + "-goals",
		MunicipalityCode: code,
		Municipality:     name,
		Start:            []string{u.String()},
		Links:            &LinkRules{Text: draftDocText, Follow: draftFollow, Depth: 3},
		Note:             "drafted by `jplan sources suggest` from the municipality table's homepage; check the start page and rules by hand, then set verified: true",
	}
	return s, s.check()
}

// MarshalSources writes entries as the registry's "sources:" list items (YAML),
// ready to paste under a registry's sources: key.
func MarshalSources(entries []Source) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(map[string][]Source{"sources": entries}); err != nil {
		return nil, fmt.Errorf("crawl: encode sources: %w", err)
	}
	enc.Close()
	return []byte(strings.TrimPrefix(buf.String(), "sources:\n")), nil
}
