package mitaka

import "testing"

// FuzzIsDepartmentName: isDepartmentName's last-character check changes
// nothing.
func FuzzIsDepartmentName(f *testing.F) {
	for _, s := range []string{"企画部", "子ども政策部", "会計課", "会計管理室", "選挙管理委員会事務局", "選挙管理委員会", "部", "企画部長"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDepartmentName(s), department.MatchString(s); got != want {
			t.Fatalf("isDepartmentName(%q) = %v, department gives %v", s, got, want)
		}
	})
}
