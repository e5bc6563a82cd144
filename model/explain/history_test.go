package explain

import (
	"math"
	"slices"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestHistory(t *testing.T) {
	want := []string{"hackers", "talks", "mandiant", "sunnylands", "snowden", "indictment", "principles", "dialogue2017", "dialogue2018"}
	for _, l := range Langs {
		h := History(l)
		var ids []string
		for i, ep := range h {
			ids = append(ids, ep.ID)
			if err := ep.Inputs.Validate(); err != nil {
				t.Errorf("episode %q: %v", ep.ID, err)
			}
			if i > 0 {
				prev := h[i-1]
				if prev.Year*100+prev.Month > ep.Year*100+ep.Month {
					t.Errorf("episode %q (%s) comes after %q (%s): not in date order", ep.ID, ep.Date, prev.ID, prev.Date)
				}
				// A judgment for every input that changed, and only those.
				var got []string
				for _, j := range ep.Judgments {
					got = append(got, j.Input)
				}
				if ch := changed(prev.Inputs, ep.Inputs); !slices.Equal(got, ch) || len(ch) == 0 {
					t.Errorf("episode %q: judgments for %v, inputs changed %v", ep.ID, got, ch)
				}
			} else if len(ep.Judgments) != 6 {
				t.Errorf("first episode %q: %d judgments, want all 6 inputs", ep.ID, len(ep.Judgments))
			}
			if ep.Date == "" || ep.Title == "" || ep.Quote.English == "" {
				t.Errorf("episode %q lacks a date, title or quote", ep.ID)
			}
		}
		if !slices.Equal(ids, want) {
			t.Errorf("History(%v) = %v, want %v", l, ids, want)
		}
		// The last episode lands at the paper's baseline.
		last, base := h[len(h)-1].Inputs, model.Default()
		for _, p := range model.Params {
			if math.Abs(p.Value(last)-p.Value(base)) > 0.05 {
				t.Errorf("last episode: %s %v, baseline %v", p.Key, p.Value(last), p.Value(base))
			}
		}
		a, b := model.Assess(last), model.Assess(base)
		if a.World != b.World || a.Band != b.Band || last.US != base.US || last.China != base.China {
			t.Errorf("last episode: %v %v, baseline %v %v", a.World, a.Band, b.World, b.Band)
		}
	}
	h := History(En)
	if h[4].ID != "snowden" || h[4].Note == "" || h[4].Date != "July 2013" {
		t.Errorf("Snowden episode %+v: want the paper's date, July 2013, with a note", h[4])
	}
	if h[0].Date != "1999–2010" || History(ZhCN)[3].Date != "2013年6月" {
		t.Errorf("dates %q, %q", h[0].Date, History(ZhCN)[3].Date)
	}
}
