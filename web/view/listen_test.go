package view

import (
	"math"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// side returns the notes of one side.
func side(sc Score, s model.Side) []Note {
	var out []Note
	for _, n := range sc.Notes {
		if n.Side == s {
			out = append(out, n)
		}
	}
	return out
}

func TestScore(t *testing.T) {
	diverging := Default()
	diverging.Inputs.Dialogue, diverging.Inputs.Attribution, diverging.Inputs.Tech = 0, 0.2, 0.85
	if model.Assess(diverging.Inputs).Stable {
		t.Fatal("the diverging state converges")
	}
	both, _ := model.PresetByID("both-offensive")
	slow := Default()
	slow.Inputs = both.Inputs
	for _, tt := range []struct {
		name      string
		s         State
		converges bool
	}{{"baseline", Default(), true}, {"both offensive", slow, true}, {"no dialogue", diverging, false}} {
		t.Run(tt.name, func(t *testing.T) {
			sc := NewScore(tt.s)
			if len(sc.Notes) != 2*ListenRounds {
				t.Fatalf("NewScore: %d notes, want %d", len(sc.Notes), 2*ListenRounds)
			}
			last := sc.Notes[len(sc.Notes)-1]
			if end := last.Start + last.Length; math.Abs(sc.Seconds-5) > 0.01 || end > sc.Seconds || end < sc.Seconds-0.25 {
				t.Errorf("NewScore: %v s, last note ends at %v s; want about 5 s", sc.Seconds, end)
			}
			for i, n := range sc.Notes {
				if i > 0 && n.Start <= sc.Notes[i-1].Start {
					t.Fatalf("note %d starts at %v, not after note %d (%v)", i, n.Start, i-1, sc.Notes[i-1].Start)
				}
				if want := model.Side(i % 2); n.Side != want {
					t.Fatalf("note %d is %v's, want %v's: the sides take turns", i, n.Side, want)
				}
				if n.Hz < LowHz || n.Hz > LowHz*8 || n.Hz != Pitch(n.Level) {
					t.Fatalf("note %d: %v Hz for level %v", i, n.Hz, n.Level)
				}
			}
			for _, s := range []model.Side{model.SideUS, model.SideChina} {
				ns := side(sc, s)
				first, end := ns[0].Hz, ns[len(ns)-1].Hz
				if end <= first*1.2 {
					t.Errorf("%v: last note %v Hz, first %v Hz: want a climb", s, end, first)
				}
				if tt.converges {
					// Settles: the last four notes within 2 % of the last.
					for _, n := range ns[len(ns)-4:] {
						if math.Abs(n.Hz-end) > 0.02*end {
							t.Errorf("%v: converging race's late note %v Hz vs last %v Hz: not settled", s, n.Hz, end)
						}
					}
				} else {
					// Climbs: each late note higher than the one before.
					for i := len(ns) - 4; i < len(ns); i++ {
						if ns[i].Hz <= ns[i-1].Hz {
							t.Errorf("%v: diverging race's note %d (%v Hz) not above the one before (%v Hz)", s, i, ns[i].Hz, ns[i-1].Hz)
						}
					}
					if end < LowHz*6 {
						t.Errorf("%v: diverging race ends at %v Hz, want near the top (%v Hz)", s, end, LowHz*8)
					}
				}
			}
			want := "converges"
			if !tt.converges {
				want = "diverges"
			}
			if !strings.Contains(sc.Text, want) || !strings.Contains(sc.Text, "5 seconds") {
				t.Errorf("NewScore.Text = %q, want %q and the length", sc.Text, want)
			}
		})
	}
	if Voices[model.SideUS].Wave == Voices[model.SideChina].Wave || Voices[model.SideUS].Pan >= 0 || Voices[model.SideChina].Pan <= 0 {
		t.Errorf("Voices = %v: want distinct timbres, the US left and China right", Voices)
	}
}

func TestScoreLanguages(t *testing.T) {
	s := Default()
	en := NewScore(s).Text
	if !strings.Contains(en, "for 5 seconds") || !strings.Contains(en, "converges") {
		t.Errorf("en: NewScore.Text = %q, want its length (for 5 seconds) and the race's trend", en)
	}
	// Each language's own words: the length in its units and the trend.
	for lang, want := range map[string][]string{"zh-CN": {"共5秒", "竞赛收敛"}, "zh-TW": {"共5秒", "競賽收斂"}} {
		s.Lang = lang
		got := NewScore(s).Text
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: NewScore.Text = %q, want %q", lang, got, w)
			}
		}
		if got == en || strings.Contains(got, "⟦") || strings.Contains(got, "seconds") {
			t.Errorf("%s: NewScore.Text = %q: want it translated", lang, got)
		}
	}
}

func TestParseView(t *testing.T) {
	s, problems := Parse("view=plane", Default())
	if s.View != "plane" || len(problems) != 0 {
		t.Fatalf("Parse(view=plane) = %q, %v", s.View, problems)
	}
	if !strings.Contains(s.Fragment(), "&view=plane") || !strings.Contains(s.SpiralState(), "&view=plane") {
		t.Errorf("Fragment %q, SpiralState %q: want view=plane", s.Fragment(), s.SpiralState())
	}
	if v := New(s); !strings.Contains(v.SpiralText, "reaction lines") {
		t.Errorf("plane SpiralText = %q, want what the plane shows", v.SpiralText)
	}
	back, _ := Parse("view=spiral", s)
	if back.View != "" || strings.Contains(back.Fragment(), "view") {
		t.Errorf("Parse(view=spiral) View = %q, fragment %q", back.View, back.Fragment())
	}
	bad, problems := Parse("view=cube", s)
	if bad.View != "plane" || len(problems) != 1 || !strings.Contains(problems[0], "view") || !strings.Contains(problems[0], "spiral, plane") || !strings.Contains(problems[0], "cube") {
		t.Errorf("Parse(view=cube) = %q, %q: want the view kept and a notice naming the key and values", bad.View, problems)
	}
	zh := Default()
	zh.Lang = "zh-CN"
	if _, p := Parse("view=x", zh); len(p) != 1 || !strings.Contains(p[0], "view参数") {
		t.Errorf("zh-CN notice %q", p)
	}
}
