package explain

import (
	"math"
	"slices"
	"strings"
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
				// Month 0 is a year only, in order with any month of its
				// year.
				if prev.Year > ep.Year || prev.Year == ep.Year && prev.Month != 0 && ep.Month != 0 && prev.Month > ep.Month {
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
	if h[0].Date != "1999–2010" || History(ZhCN)[2].Date != "2013年2月" {
		t.Errorf("dates %q, %q", h[0].Date, History(ZhCN)[2].Date)
	}
}

// The paper gives Sunnylands the year only, so its month is 0, and a note
// gives the summit's dates.
func TestHistoryDatesAreThePapers(t *testing.T) {
	want := map[string]string{"sunnylands": "2013", "snowden": "July 2013", "principles": "December 2015", "dialogue2017": "2017", "dialogue2018": "2018"}
	for _, ep := range History(En) {
		if d, ok := want[ep.ID]; ok && ep.Date != d {
			t.Errorf("episode %q dated %q, want the paper's %q", ep.ID, ep.Date, d)
		}
		if ep.ID == "sunnylands" && ep.Month != 0 {
			t.Errorf("Sunnylands: month %d, but the paper gives the year only", ep.Month)
		}
	}
	if got := History(ZhCN)[3].Date; got != "2013年" {
		t.Errorf("zh-CN Sunnylands date %q, want 2013年", got)
	}
}

// Where the paper's date or count differs from the public record, the
// episode has a note, in every language, and the note says what the record
// has.
func TestHistoryNotes(t *testing.T) {
	want := map[string][]string{ // in English: what each note must say
		"sunnylands":   {"year only", "7–8 June 2013"},
		"snowden":      {"July 2013", "June 2013"},
		"principles":   {"December 4, 2015", "1 December 2015"},
		"dialogue2017": {"\"in 2017 and 2018\"", "one round", "4 October 2017"},
		"dialogue2018": {"No further round", "one round", "October 2017", "baseline"},
	}
	zh := map[string][]string{ // in Chinese (both scripts): the dates
		"sunnylands":   {"2013年6月7日至8日"},
		"snowden":      {"2013年7月", "2013年6月"},
		"principles":   {"2015年12月4日", "2015年12月1日"},
		"dialogue2017": {"2017年和2018年", "2017年10月4日"},
		"dialogue2018": {"2017年和2018年", "2017年10月"},
	}
	for _, l := range Langs {
		for _, ep := range History(l) {
			must := want[ep.ID]
			if l != En {
				must = zh[ep.ID]
			}
			if must == nil {
				if ep.Note != "" {
					t.Errorf("%v: episode %q has a note no test asks for: %q", l, ep.ID, ep.Note)
				}
				continue
			}
			if ep.Note == "" {
				t.Errorf("%v: episode %q has no note", l, ep.ID)
			}
			for _, w := range must {
				if !strings.Contains(ep.Note, w) {
					t.Errorf("%v: episode %q note %q lacks %q", l, ep.ID, ep.Note, w)
				}
			}
		}
	}
	// Every note is in every catalog.
	for key := range textEN {
		if strings.HasSuffix(key, ".note") {
			for _, l := range Langs {
				if _, ok := catalogs[l][key]; !ok {
					t.Errorf("%v: %q missing", l, key)
				}
			}
		}
	}
}

// The paper has one first round of the law-enforcement and cybersecurity
// dialogue, dated "2017 and 2018", and the public record one round, in
// October 2017: no episode, evidence or derivation text claims a second
// dialogue or two rounds.
func TestNoSecondDialogue(t *testing.T) {
	bad := []string{"second dialogue", "second round", "second law", "2 rounds", "two rounds", "rounds (", "held again", "两轮", "兩輪", "第二轮", "第二輪", "再次"}
	for _, l := range Langs {
		var texts []string
		for _, ep := range History(l) {
			texts = append(texts, ep.Title, ep.Note)
			for _, j := range ep.Judgments {
				texts = append(texts, j.Text)
			}
		}
		for _, f := range Evidence(l) {
			texts = append(texts, f.Label, f.Unit)
		}
		for _, d := range Derivations(l) {
			texts = append(texts, d.Method)
		}
		for _, s := range texts {
			for _, b := range bad {
				if strings.Contains(strings.ToLower(s), b) {
					t.Errorf("%v: %q says %q", l, s, b)
				}
			}
		}
	}
}
