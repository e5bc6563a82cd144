package scenario

import (
	"fmt"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestList(t *testing.T) {
	a := New(model.Default(), "", "one", "")
	b := New(model.Default(), "b.tech=0.2", "two", "note")
	got := DecodeList(EncodeList([]File{a, b}))
	if len(got) != 2 || got[0].Name != "one" || got[1].Name != "two" || got[1].B == nil || got[1].B.Tech != 0.2 {
		t.Errorf("DecodeList(EncodeList(a, b)) = %+v", got)
	}
	// A bad entry is dropped, the others kept; a store that is no array is empty.
	mixed := `[` + string(a.Encode()) + `,{"schema":"other"},3]`
	if got := DecodeList(mixed); len(got) != 1 || got[0].Name != "one" {
		t.Errorf("DecodeList(mixed) = %+v, want only %q", got, "one")
	}
	for _, s := range []string{"", "{}", "null", "not json"} {
		if got := DecodeList(s); len(got) != 0 {
			t.Errorf("DecodeList(%q) = %+v, want none", s, got)
		}
	}
	if EncodeList(nil) != "[]" {
		t.Errorf("EncodeList(nil) = %q, want []", EncodeList(nil))
	}
	var many []File
	for i := range MaxKept + 3 {
		many = append(many, New(model.Default(), "", fmt.Sprint(i), ""))
	}
	if got := DecodeList(EncodeList(many)); len(got) != MaxKept || got[0].Name != "3" {
		t.Errorf("a list of %d keeps %d from %q, want %d from \"3\"", len(many), len(got), got[0].Name, MaxKept)
	}
}

// TestKeep: keeping appends, and a full list drops its oldest, so that the
// page's list is the stored one (MaxKept), and says which was dropped.
func TestKeep(t *testing.T) {
	var list []File
	for i := range MaxKept {
		var dropped []File
		list, dropped = Keep(list, New(model.Default(), "", fmt.Sprint("s", i), ""))
		if len(dropped) != 0 {
			t.Fatalf("Keep #%d dropped %+v", i, dropped)
		}
	}
	list, dropped := Keep(list, New(model.Default(), "", "newest", ""))
	if len(list) != MaxKept || list[0].Name != "s1" || list[MaxKept-1].Name != "newest" {
		t.Errorf("Keep on a full list: %d kept, %q … %q; want %d, s1 … newest", len(list), list[0].Name, list[len(list)-1].Name, MaxKept)
	}
	if len(dropped) != 1 || dropped[0].Name != "s0" {
		t.Errorf("Keep on a full list dropped %+v, want s0", dropped)
	}
	if got := DecodeList(EncodeList(list)); len(got) != len(list) {
		t.Errorf("stored %d, the page holds %d", len(got), len(list))
	}
}
