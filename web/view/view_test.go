package view

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

func TestBaseline(t *testing.T) {
	v := New(Default())
	checks := []struct{ name, got, want string }{
		{"IntensityValue", v.IntensityValue, "0.21456537887969812"},
		{"ModelVersion", v.ModelVersion, "2"},
		{"VersionText", v.VersionText, "Computed by model version 2."},
		{"IntensityText", v.IntensityText, "0.21 · low"},
		{"World", v.World, "aggression-possible"},
		{"WorldName", v.WorldName, "Aggression possible"},
		{"Preset", v.Preset, "baseline-2018"},
		{"Summary", v.Summary, "Intensity 0.21, low. World: Aggression possible."},
		{"Slider tech", v.Sliders[0].Value, "0.85"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("New(Default()).%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !v.Stable || !strings.Contains(v.SpiralText, "inward") {
		t.Errorf("baseline: Stable %v, SpiralText %q, want a converging spiral", v.Stable, v.SpiralText)
	}
	current := 0
	for _, c := range v.Cells {
		if c.Current {
			current++
			if c.World != v.World {
				t.Errorf("current cell %q, want %q", c.World, v.World)
			}
		}
	}
	if current != 1 {
		t.Errorf("%d current cells, want 1", current)
	}
}

// TestIntensityValueRoundTrips checks the data-value contract: the text
// parses back to the model's float exactly.
func TestIntensityValueRoundTrips(t *testing.T) {
	for _, p := range model.Presets() {
		var s State
		s.ApplyPreset(p)
		s.Preset = ""
		v := New(s)
		got, err := strconv.ParseFloat(v.IntensityValue, 64)
		if want := model.Assess(p.Inputs).Intensity; err != nil || got != want {
			t.Errorf("%s: IntensityValue %q, want %v", p.ID, v.IntensityValue, want)
		}
		if v.Preset != p.ID {
			t.Errorf("%s: Preset = %q", p.ID, v.Preset)
		}
	}
}

// TestMarkerInWorldCell checks that the dot lies in the cell of the world
// that the model names: offense column left, indistinguishable row on top.
func TestMarkerInWorldCell(t *testing.T) {
	for _, tech := range []float64{0, 0.3, 0.5, 0.85, 1} {
		for _, att := range []float64{0, 0.2, 0.45, 0.8} {
			for _, us := range []model.Posture{model.Offense, model.Defense} {
				in := model.Default()
				in.Tech, in.Attribution, in.Dialogue, in.US = tech, att, 0.1, us
				v := New(State{Inputs: in})
				x, _ := strconv.ParseFloat(v.MarkerX, 64)
				y, _ := strconv.ParseFloat(v.MarkerY, 64)
				w := v.Assessment.World
				if a := v.Assessment; a.OffenseBalance == 0 || math.Abs(a.Distinguishability-0.5) < 1e-9 {
					continue // on a boundary
				}
				if left := x < 50; left != w.OffenseAdvantaged() {
					t.Errorf("%v: marker x %v%%, world %v", in, x, w)
				}
				if bottom := y >= 50; bottom != w.Distinguishable() {
					t.Errorf("%v: marker y %v%%, world %v", in, y, w)
				}
				if x < 0 || x > 100 || y < 0 || y > 100 {
					t.Errorf("%v: marker (%v, %v) outside the grid", in, x, y)
				}
			}
		}
	}
}

func TestFragment(t *testing.T) {
	tests := []struct {
		name string
		s    State
		want string
	}{
		{"default", Default(), "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2"},
		{"preset", State{Inputs: model.Default(), Preset: "baseline-2018", Lang: "en"}, "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2&preset=baseline-2018"},
		{"lang", State{Inputs: model.Default(), Lang: "zh-CN"}, "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2&lang=zh-CN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Fragment(); got != tt.want {
				t.Errorf("Fragment() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		frag     string
		tech     float64
		dialogue float64
		preset   string
		problems []string // substrings, one per problem, in order
	}{
		{"empty", "", 0.85, 0.60, "", nil},
		{"canonical", "#tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense", 0.30, 0.60, "", nil},
		{"bad and out of range", "#tech=abc&dialogue=2", 0.85, 1, "", []string{`got "abc" — kept 0.85`, `got "2" — using 1.00`}},
		{"preset", "preset=us-superiority-no-consensus", 0.85, 0, "us-superiority-no-consensus", nil},
		{"preset overridden", "preset=us-superiority-no-consensus&dialogue=0.5", 0.85, 0.5, "", nil},
		{"unknown key and lang", "foo=1&lang=xx", 0.85, 0.60, "", []string{"lang must be one of en", `unknown parameter "foo"`}},
		{"bad posture", "us=maybe", 0.85, 0.60, "", []string{"— kept offense"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, problems := Parse(tt.frag, Default())
			if s.Inputs.Tech != tt.tech || s.Inputs.Dialogue != tt.dialogue || s.Preset != tt.preset {
				t.Errorf("Parse(%q) = %+v, want tech %v dialogue %v preset %q", tt.frag, s, tt.tech, tt.dialogue, tt.preset)
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("Parse(%q) problems %q, want %d", tt.frag, problems, len(tt.problems))
			}
			for i, want := range tt.problems {
				if !strings.Contains(problems[i], want) {
					t.Errorf("Parse(%q) problem %d = %q, want it to contain %q", tt.frag, i, problems[i], want)
				}
			}
		})
	}
}

func TestParseKeepsCurrentState(t *testing.T) {
	cur := Default()
	cur.Inputs.Tech = 0.4
	s, problems := Parse("dialogue=0.1", cur)
	if s.Inputs.Tech != 0.4 || s.Inputs.Dialogue != 0.1 || len(problems) != 0 {
		t.Errorf("Parse(dialogue=0.1, tech 0.4) = %+v, %q", s.Inputs, problems)
	}
}

// An old link keeps its version: the page shows version 1's result, says so,
// and gives the newest version's result beside it; a preset is recognised
// in either version; a link without v is the newest.
func TestOldVersionLink(t *testing.T) {
	s, problems := Parse("#tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=1", Default())
	if len(problems) != 0 || s.Inputs.Version != 1 {
		t.Fatalf("Parse v=1: version %d, problems %v", s.Inputs.Version, problems)
	}
	v := New(s)
	if v.ModelVersion != "1" || !v.Outdated || v.World != "compatible" || v.Stable {
		t.Errorf("version 1 view: version %s outdated %v world %s stable %v; want 1, true, compatible, diverging", v.ModelVersion, v.Outdated, v.World, v.Stable)
	}
	in := s.Inputs
	in.Version = 2
	b := model.Assess(in)
	for _, want := range []string{"version 1", "version 2", i18n.Number("en", b.Intensity, 2), i18n.T("en", "world.compatible")} {
		if !strings.Contains(v.VersionNotice, want) {
			t.Errorf("VersionNotice %q lacks %q", v.VersionNotice, want)
		}
	}
	if !b.Stable || v.UpgradeLabel != "Use version 2" || !strings.Contains(s.Fragment(), "&v=1") {
		t.Errorf("newest stable %v, label %q, fragment %q", b.Stable, v.UpgradeLabel, s.Fragment())
	}
	zh := s
	zh.Lang = "zh-CN"
	if vz := New(zh); !strings.Contains(vz.VersionNotice, "第 1 版") || !strings.Contains(vz.VersionNotice, "第 2 版") {
		t.Errorf("zh-CN notice %q", vz.VersionNotice)
	}
	if p, _ := Parse("#preset=baseline-2018&v=1", Default()); New(p).Preset != "baseline-2018" || p.Inputs.Version != 1 {
		t.Errorf("preset with v=1: preset %q version %d", New(p).Preset, p.Inputs.Version)
	}
	if p, _ := Parse("#tech=0.5", s); p.Inputs.Version != model.Version || New(p).Outdated {
		t.Errorf("a fragment without v read on a version-1 page: version %d", p.Inputs.Version)
	}
	if p, problems := Parse("#v=7&tech=0.5", Default()); p.Inputs.Version != model.Version || len(problems) != 1 || !strings.Contains(problems[0], "v must be a model version, 1 to 2") {
		t.Errorf("v=7: version %d, problems %q", p.Inputs.Version, problems)
	}
	if New(Default()).Outdated || New(Default()).VersionNotice != "" {
		t.Errorf("the newest version is reported as outdated")
	}
}

// A state with ranges: its fragment carries them with samples and seed, it
// parses back to the same state, the preset for the paper's uncertainty is
// recognised by its ranges, and a bad samples= is a notice.
func TestRangesInTheFragment(t *testing.T) {
	p, _ := model.PresetByID("paper-uncertainty")
	var s State
	s.ApplyPreset(p)
	f := s.Fragment()
	if f != "tech=0.82..0.88&discourse=0.65..0.85&attribution=0.10..0.30&dialogue=0.45..0.75&us=offense&china=defense&v=2&samples=10000&seed=1&preset=paper-uncertainty" {
		t.Fatalf("Fragment() = %q", f)
	}
	back, problems := Parse(f, Default())
	if len(problems) != 0 || back.Ranges() != s.Ranges() || New(back).Preset != "paper-uncertainty" {
		t.Errorf("Parse(Fragment()): ranges %v, preset %q, problems %v", back.Ranges(), New(back).Preset, problems)
	}
	b2, _ := Parse("tech=0.80..0.95&dialogue=0.6&samples=500&seed=7", Default())
	if r := b2.Ranges(); r[0] != (model.Range{Lo: 0.8, Hi: 0.95}) || !r[3].Point() || b2.MCSamples() != 500 || b2.MCSeed() != 7 || New(b2).Preset != "" {
		t.Errorf("ranges %v samples %d seed %d preset %q", r, b2.MCSamples(), b2.MCSeed(), New(b2).Preset)
	}
	if _, problems := Parse("dialogue=0.2..0.4&samples=0", Default()); len(problems) != 1 || !strings.Contains(problems[0], "samples") {
		t.Errorf("samples=0: %v", problems)
	}
	if New(Default()).Preset != "baseline-2018" || Default().Uncertain() || strings.Contains(Default().Fragment(), "samples") {
		t.Errorf("the baseline is not a point state")
	}
}
