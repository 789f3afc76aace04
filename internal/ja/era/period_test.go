package era

import "testing"

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		from, to int
		label    string
		ok       bool
	}{
		{"令和5～9年度 shared era", "令和5～9年度", 2023, 2027, "令和5～9年度", true},
		{"令和5〜9年度 wave dash", "令和5〜9年度", 2023, 2027, "令和5〜9年度", true},
		{"令和5年度～令和9年度", "令和5年度～令和9年度", 2023, 2027, "令和5年度～令和9年度", true},
		{"令和5年度～9年度", "令和5年度～9年度", 2023, 2027, "令和5年度～9年度", true},
		{"2023～2027年度", "2023～2027年度", 2023, 2027, "2023～2027年度", true},
		{"2023年度-2027年度 hyphen", "2023年度-2027年度", 2023, 2027, "2023年度-2027年度", true},
		{"2023–2027年度 en dash", "2023–2027年度", 2023, 2027, "2023–2027年度", true},
		{"から…まで", "令和5年度から令和9年度まで", 2023, 2027, "令和5年度から令和9年度まで", true},
		{"across eras 平成30年度～令和4年度", "平成30年度～令和4年度", 2018, 2022, "平成30年度～令和4年度", true},
		{"mixed forms 令和5(2023)年度～令和9(2027)年度", "令和5(2023)年度～令和9(2027)年度", 2023, 2027, "令和5(2023)年度～令和9(2027)年度", true},
		{"abbreviations R5～R9", "R5～R9", 2023, 2027, "R5～R9", true},
		{"kanji 令和五～九年度", "令和五～九年度", 2023, 2027, "令和五～九年度", true},
		{"counted 令和5年度から5年間", "令和5年度から5年間", 2023, 2027, "令和5年度から5年間", true},
		{"counted 5か年", "令和3年度から5か年", 2021, 2025, "令和3年度から5か年", true},
		{"計画期間 preferred", "令和4年度～令和5年度の実績 計画期間:令和6年度～令和10年度", 2024, 2028, "令和6年度～令和10年度", true},
		{"spaced and broken from a PDF", "計画期間 令和 5 年度\n～ 令和 9 年度", 2023, 2027, "令和5年度～令和9年度", true},
		{"months 令和5年4月～令和10年3月", "令和5年4月～令和10年3月", 2023, 2027, "令和5年4月～令和10年3月", true},
		{"full dates 2023年4月1日から2028年3月31日", "計画期間は2023年4月1日から2028年3月31日までです", 2023, 2027, "2023年4月1日から2028年3月31日", true},
		{"months across eras 平成31年4月～令和6年3月", "平成31年4月～令和6年3月", 2019, 2023, "平成31年4月～令和6年3月", true},
		{"open 令和7年度から", "令和7年度から新たな総合計画", 2025, 0, "令和7年度から", true},
		{"bare 2023-2027 is not a period", "計画2023-2027", 0, 0, "", false},
		{"backwards range is not a period", "令和9～5年度", 0, 0, "", false},
		{"single year is not a period", "令和5年度", 0, 0, "", false},
		{"date range is not a fiscal period", "2023/6/22", 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParsePeriod(tt.in)
			if ok != tt.ok || got.From != tt.from || got.To != tt.to || got.Label != tt.label {
				t.Errorf("ParsePeriod(%q) = %+v, %v; want %d–%d %q, %v", tt.in, got, ok, tt.from, tt.to, tt.label, tt.ok)
			}
			if ok && asWritten(tt.in, got.Start, got.End) != got.Label {
				t.Errorf("offsets [%d:%d] give %q", got.Start, got.End, tt.in[got.Start:got.End])
			}
		})
	}
}
