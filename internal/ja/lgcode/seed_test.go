package lgcode

import (
	"os"
	"testing"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The publisher of each seed is the first body its text names.
func TestFindInSeeds(t *testing.T) {
	for file, want := range map[string]string{
		"niigata_chuo_004.txt": "151033", // 新潟市中央区
		"mitaka_002.txt":       "130001", // 東京都, then 三鷹市
	} {
		bodies := FindIn(readTestdata(t, file))
		if len(bodies) == 0 || bodies[0].Code != want {
			t.Errorf("%s: FindIn = %+v, want %s first", file, bodies, want)
		}
	}
	bodies := FindIn(readTestdata(t, "mitaka_002.txt"))
	if len(bodies) < 2 || bodies[1].Name != "三鷹市" || bodies[1].Prefecture != "東京都" {
		t.Errorf("mitaka_002.txt: FindIn = %+v, want 東京都 then 三鷹市", bodies)
	}
}
