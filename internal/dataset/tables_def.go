package dataset

import "jplan/internal/plan"

var documentsTable = &Table{
	Name: "documents",
	Doc:  "one row per document (plan/v1 record)",
	Columns: cols(
		Column{"municipality", Text, "the municipality (`真庭市`; a ward's document names its city)"},
		Column{"prefecture", Text, "its prefecture (`岡山県`)"},
		Column{"organization", Text, "department, ward or section whose goals these are; empty for a whole-city document or when unknown"},
		Column{"head", Text, "its head as written (部局長名, 区長)"},
		Column{"title", Text, "the document's own title"},
		Column{"kind", Text, "department_goals, organization_goals, comprehensive_plan, newsletter_digest or other"},
		Column{"fiscal_year_label", Text, "the 年度 as written (`令和5年度`)"},
		Column{"plan_period_from", Integer, "first fiscal year of a multi-year plan"},
		Column{"plan_period_to", Integer, "last fiscal year of a multi-year plan"},
		Column{"published", Text, "ISO date the document was published (広報 issue date)"},
		Column{"created", Text, "ISO date it was made (作成日)"},
		Column{"updated", Text, "ISO date it was last updated (更新日)"},
		Column{"vision", Text, "the slogan or future image (将来像, テーマ) when stated"},
		Column{"sdgs", Text, "every SDG goal the document links to, ascending, `;`-separated (`11;17`)"},
		Column{"goals_total", Integer, "number of goals the document says it evaluated (目標数)"},
		Column{"goals_achieved", Integer, "how many of them it says were achieved (達成数)"},
		Column{"missions", Integer, "number of rows in missions.csv for this document"},
		Column{"projects", Integer, "number of rows in projects.csv for this document"},
		Column{"indicators", Integer, "number of rows in indicators.csv for this document"},
		Column{"source_url", Text, "where the bytes came from: the public URL, or file: + path"},
		Column{"source_format", Text, "html, pdf or text (sniffed from the bytes)"},
		Column{"source_sha256", Text, "SHA-256 of the raw bytes: provenance back to the exact file"},
		Column{"fetched_at", Text, "RFC 3339 time of the fetch (crawled documents only)"},
		Column{"extractor", Text, "extractor that made the record (maniwa, niigata, …, generic)"},
		Column{"extractor_version", Text, "its version"},
		Column{"warnings", Text, "what the extractor noticed and could not resolve, one per line"},
	),
	rows: func(r *plan.Record, b *rowBuf, emit func([]any) error) error {
		var p plan.Period
		if r.PlanPeriod != nil {
			p = *r.PlanPeriod
		}
		var d plan.Dates
		if r.Dates != nil {
			d = *r.Dates
		}
		var e plan.Evaluation
		if r.Evaluation != nil {
			e = *r.Evaluation
		}
		pub, src := r.Publisher, r.Source
		return emit(b.done(append(b.start(),
			nullStr(pub.Municipality), nullStr(pub.Prefecture), optStr(pub.Organization), nullStr(pub.Head),
			nullStr(r.Title), nullStr(r.Kind), nullStr(r.FiscalYearLabel), nullInt(p.From), nullInt(p.To),
			nullStr(d.Published), nullStr(d.Created), nullStr(d.Updated), nullStr(r.Vision), joinInts(r.SDGs),
			optInt(e.GoalsTotal), optInt(e.GoalsAchieved), int64(len(r.Missions)), int64(len(r.Projects)), int64(len(r.Indicators)),
			nullStr(src.URL), nullStr(src.Format), nullStr(src.SHA256), nullStr(src.FetchedAt),
			nullStr(src.Extractor), nullStr(src.ExtractorVersion), joinStrs(r.Warnings, "\n"))))
	},
}

var missionsTable = &Table{
	Name: "missions",
	Doc:  "one row per mission: role, policy direction, 重点目標",
	Columns: cols(
		Column{"mission_id", Text, "M1, M2, … in document order (unique within a document only)"},
		Column{"title", Text, "the mission's heading, without numbering or SDG tags"},
		Column{"description", Text, "its body text; bullets one per line"},
		Column{"organization", Text, "its department, for documents covering several"},
		Column{"sdgs", Text, "SDG goals tagged on it, `;`-separated"},
		Column{"result", Text, "reported outcome (取組結果, evaluation)"},
		Column{"outlook", Text, "stated next direction (今後の方向性)"},
	),
	rows: func(r *plan.Record, b *rowBuf, emit func([]any) error) error {
		for _, m := range r.Missions {
			if err := emit(b.done(append(b.start(), m.ID, m.Title, nullStr(m.Description), nullStr(m.Organization),
				joinInts(m.SDGs), nullStr(m.Result), nullStr(m.Outlook)))); err != nil {
				return err
			}
		}
		return nil
	},
}

var projectsTable = &Table{
	Name: "projects",
	Doc:  "one row per project: 事業, 重点事業, 重点プロジェクト and their 方針/施策",
	Columns: cols(
		Column{"project_id", Text, "P1, P2, … in document order"},
		Column{"code", Text, "the document's own numbering as written (`1-①`)"},
		Column{"title", Text, "project name"},
		Column{"description", Text, "body text; bullets one per line"},
		Column{"organization", Text, "its department, for documents covering several"},
		Column{"mission_id", Text, "the mission it serves (missions.mission_id of the same document)"},
		Column{"parent_id", Text, "the enclosing project (projects.project_id of the same document)"},
		Column{"tags", Text, "labels the document attaches (`行革推進事業`), `;`-separated"},
		Column{"sdgs", Text, "SDG goals tagged on it, `;`-separated"},
	),
	rows: func(r *plan.Record, b *rowBuf, emit func([]any) error) error {
		for _, p := range r.Projects {
			if err := emit(b.done(append(b.start(), p.ID, nullStr(p.Code), p.Title, nullStr(p.Description),
				nullStr(p.Organization), nullStr(p.MissionID), nullStr(p.ParentID),
				joinStrs(p.Tags, ";"), joinInts(p.SDGs)))); err != nil {
				return err
			}
		}
		return nil
	},
}

var indicatorsTable = &Table{
	Name: "indicators",
	Doc:  "one row per indicator (指標) with its target and actual value",
	Columns: cols(append(append([]Column{
		{"indicator_id", Text, "I1, I2, … in document order"},
		{"name", Text, "indicator name"},
		{"project_id", Text, "the project it measures, when known"},
		{"mission_id", Text, "the mission it measures, when known"},
	}, quantityColumns("target", "target (目標値)")...), quantityColumns("actual", "actual (実績値)")...)...),
	rows: func(r *plan.Record, b *rowBuf, emit func([]any) error) error {
		for _, in := range r.Indicators {
			row := append(b.start(), in.ID, in.Name, nullStr(in.ProjectID), nullStr(in.MissionID))
			row = appendQuantity(appendQuantity(row, in.Target), in.Actual)
			if err := emit(b.done(row)); err != nil {
				return err
			}
		}
		return nil
	},
}

var sdgsTable = &Table{
	Name: "sdgs",
	Doc:  "long form of every SDG link: which document, mission or project links to which goal",
	Columns: cols(
		Column{"level", Text, "document, mission or project"},
		Column{"item_id", Text, "the mission_id or project_id; empty for the document's own list"},
		Column{"goal", Integer, "SDG goal number, 1–17"},
	),
	rows: func(r *plan.Record, b *rowBuf, emit func([]any) error) error {
		link := func(level, id string, goals []int) error {
			for _, g := range goals {
				if err := emit(b.done(append(b.start(), level, nullStr(id), int64(g)))); err != nil {
					return err
				}
			}
			return nil
		}
		if err := link("document", "", r.SDGs); err != nil {
			return err
		}
		for _, m := range r.Missions {
			if err := link("mission", m.ID, m.SDGs); err != nil {
				return err
			}
		}
		for _, p := range r.Projects {
			if err := link("project", p.ID, p.SDGs); err != nil {
				return err
			}
		}
		return nil
	},
}

// ColumnNames lists a table's column names.
func (t *Table) ColumnNames() []string {
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return names
}
