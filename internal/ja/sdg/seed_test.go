package sdg

import (
	"os"
	"reflect"
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

// The 13 tags of 真庭市's 令和5年度 page, in order, as read by eye from the page.
func TestSeedManiwaTags(t *testing.T) {
	tags := Find(readTestdata(t, "maniwa_000.txt"))
	var got []int
	for _, tag := range tags {
		got = append(got, tag.Goal)
		if tag.Warning != "" || tag.NameOnly || tag.Name == "" {
			t.Errorf("tag %+v: want a named tag without warning", tag)
		}
	}
	want := []int{17, 17, 16, 11, 8, 11, 11, 11, 10, 4, 17, 11, 11}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("goals in order = %v, want %v", got, want)
	}
}

// "SDGs" in prose (真庭ライフスタイル・「共生社会まにわ」・SDGsの実現) is no tag.
func TestSeedProseMentionsNoGoal(t *testing.T) {
	if tags := Find(readTestdata(t, "maniwa_001.txt")); len(tags) != 0 {
		t.Errorf("got %d tags, want none: %+v", len(tags), tags)
	}
}
