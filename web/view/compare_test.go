package view

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestCompareFragmentRoundTrip(t *testing.T) {
	s := Default()
	s.Compare = true
	s.CopyAToB()
	s.B.Dialogue, s.B.China = 0.2, model.Offense
	f := s.Fragment()
	want := "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2&compare=1" +
		"&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.20&b.us=offense&b.china=offense"
	if f != want {
		t.Fatalf("Fragment\n got %s\nwant %s", f, want)
	}
	got, problems := Parse(f, Default())
	if len(problems) > 0 {
		t.Fatalf("problems %v", problems)
	}
	if !got.Compare || got.B.Round2() != s.B.Round2() || got.Inputs.Round2() != s.Inputs.Round2() {
		t.Errorf("Parse(Fragment) = %+v, want %+v", got, s)
	}
	// Without compare, no b. key.
	if f := Default().Fragment(); strings.Contains(f, "b.") || strings.Contains(f, "compare") {
		t.Errorf("Fragment without compare: %s", f)
	}
}

func TestCompareParse(t *testing.T) {
	// compare=1 alone: B is a copy of A.
	s, p := Parse("tech=0.3&compare=1", Default())
	if len(p) > 0 || !s.Compare || s.B.Tech != 0.3 || s.B.Dialogue != s.Inputs.Dialogue {
		t.Errorf("compare=1: %+v %v", s, p)
	}
	// A b. key alone turns compare on, the rest of B from A.
	s, p = Parse("dialogue=0.5&b.dialogue=0.1", Default())
	if len(p) > 0 || !s.Compare || s.B.Dialogue != 0.1 || s.Inputs.Dialogue != 0.5 || s.B.Tech != s.Inputs.Tech {
		t.Errorf("b.dialogue: %+v %v", s, p)
	}
	// Percent-encoded prefix.
	if s, _ := Parse("b%2Etech=0.4", Default()); !s.Compare || s.B.Tech != 0.4 {
		t.Errorf("b%%2Etech: %+v", s)
	}
	// B follows A's model version.
	if s, _ := Parse("v=1&b.tech=0.4", Default()); s.B.Version != 1 || s.Inputs.Version != 1 {
		t.Errorf("versions A %d B %d", s.Inputs.Version, s.B.Version)
	}
	// compare=0 turns it off, whatever cur was.
	cur, _ := Parse("compare=1", Default())
	if s, _ := Parse("compare=0&b.tech=0.1", cur); s.Compare {
		t.Error("compare=0 left compare on")
	}
	// A fragment without compare turns it off (the page's links say it).
	if s, _ := Parse("tech=0.5", cur); s.Compare {
		t.Error("a fragment without compare left it on")
	}
}

func TestCompareParseProblems(t *testing.T) {
	for _, c := range []struct {
		frag string
		want []string // in the notice
		ok   func(State) bool
	}{
		{"b.tech=2", []string{"b.tech", "[0, 1]"}, func(s State) bool { return s.B.Tech == 1 && s.Inputs.Tech == 0.85 }},
		{"b.dialogue=abc", []string{"b.dialogue"}, func(s State) bool { return s.B.Dialogue == 0.6 }},
		{"b.us=attack", []string{"b.us", "offense"}, func(s State) bool { return s.B.US == model.Offense }},
		{"b.v=1", []string{"b.v", "b.tech"}, func(s State) bool { return s.Compare && s.B.Version == model.Version }},
		{"b.preset=parity", []string{"b.preset"}, func(s State) bool { return s.B.Tech == 0.85 }},
		{"b.colour=red", []string{"b.colour"}, func(s State) bool { return s.Compare }},
		{"compare=yes", []string{"compare", "0 or 1"}, func(s State) bool { return !s.Compare }},
	} {
		s, p := Parse(c.frag, Default())
		if len(p) != 1 {
			t.Errorf("%s: problems %q, want one", c.frag, p)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(p[0], w) {
				t.Errorf("%s: notice %q does not say %q", c.frag, p[0], w)
			}
		}
		if !c.ok(s) {
			t.Errorf("%s: state %+v", c.frag, s)
		}
	}
}

func TestSwapAndCopy(t *testing.T) {
	s, _ := Parse("v=1&tech=0.3&b.tech=0.7&b.dialogue=0.1&preset=", Default())
	s.SwapAB()
	if s.Inputs.Tech != 0.7 || s.Inputs.Dialogue != 0.1 || s.B.Tech != 0.3 || s.Inputs.Version != 1 || s.B.Version != 1 {
		t.Errorf("swap: A %+v B %+v", s.Inputs, s.B)
	}
	s.CopyAToB()
	if s.B != s.Inputs {
		t.Errorf("copy: A %+v B %+v", s.Inputs, s.B)
	}
}

func TestNewCompare(t *testing.T) {
	s, _ := Parse("b.dialogue=0", Default())
	a := New(s)
	c := NewCompare(s, a)
	wantB := model.Assess(s.BState().Inputs)
	if !c.On || c.B.IntensityValue == a.IntensityValue || c.B.Assessment != wantB {
		t.Fatalf("B view %+v", c.B.Assessment)
	}
	d := wantB.Intensity - a.Assessment.Intensity
	if c.DeltaValue == "" || math.Abs(mustFloat(t, c.DeltaValue)-d) > 1e-15 || !strings.HasPrefix(c.DeltaText, "+") {
		t.Errorf("delta %s %s, want %v", c.DeltaValue, c.DeltaText, d)
	}
	if !strings.Contains(c.Why.Driver, "Only Dialogue differs") || c.Labels[3] != "Dialogue, B" {
		t.Errorf("why %q labels %q", c.Why.Driver, c.Labels)
	}
	if off := NewCompare(Default(), New(Default())); off.On || off.B.Assessment != New(Default()).Assessment {
		t.Errorf("compare off: On %v, B %+v (want a copy of A)", off.On, off.B.Assessment)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCompareShareAndFileName(t *testing.T) {
	s, _ := Parse("b.dialogue=0&lang=zh-CN", Default())
	v := New(s)
	sh := NewShare(v, "https://x.example")
	if !strings.Contains(sh.Embed, "compare=1&b.tech=0.85") || !strings.Contains(sh.Embed, "b.dialogue=0.00") {
		t.Errorf("embed %s", sh.Embed)
	}
	if !strings.Contains(sh.Description, NewCompare(s, v).Live) || !strings.Contains(sh.Description, "B − A") {
		t.Errorf("description %s", sh.Description)
	}
	if sh.Image != "https://x.example/og.png?tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2&compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.00&b.us=offense&b.china=defense" {
		t.Errorf("image %s", sh.Image)
	}
	if got := FileName(s, "json"); !strings.Contains(got, "_vs_tech0.85_discourse0.75_attribution0.20_dialogue0.00_us-offense_china-defense_v2.json") {
		t.Errorf("file name %s", got)
	}
	if strings.Contains(FileName(Default(), "csv"), "_vs") {
		t.Error("file name without compare has _vs")
	}
}

func TestParseB(t *testing.T) {
	a := model.Default()
	b, err := ParseB("dialogue=0.1&china=offense", a)
	if err != nil || b.Dialogue != 0.1 || b.China != model.Offense || b.Tech != a.Tech || b.Version != a.Version {
		t.Errorf("ParseB: %+v %v", b, err)
	}
	if _, err := ParseB("tech="+strings.Repeat("1", model.MaxQueryLen), a); err == nil || err.(*model.ParamError).Param != "b" {
		t.Errorf("ParseB of an over-long value: %v", err)
	}
	for raw, param := range map[string]string{"tech=2": "b.tech", "us=x": "b.us", "v=1": "b.v", "preset=parity": "b.preset", "tech=0.1&tech=0.2": "b.tech", "colour=red": "b.colour"} {
		_, err := ParseB(raw, a)
		pe, ok := err.(*model.ParamError)
		if !ok || pe.Param != param || !strings.Contains(pe.Message, param) {
			t.Errorf("ParseB(%q) = %v, want an error naming %s", raw, err, param)
		}
	}
}

// TestBKeysEscapedAsAs: a percent-escaped key of B ("b.%74ech") reads as
// A's does ("%74ech" is tech for model.Parse), on the page (Parse) and on
// the servers (ParseB) alike; escaped twice over is still one key.
func TestBKeysEscapedAsAs(t *testing.T) {
	if q, err := model.Parse("%74ech=0.3", model.Options{}); err != nil || q.Inputs.Tech != 0.3 {
		t.Fatalf("model.Parse of an escaped key: %v %v", q.Inputs.Tech, err)
	}
	frag := "compare=1&b.%74ech=0.3&b%2Ed%69alogue=0.1"
	s, problems := Parse(frag, Default())
	if len(problems) != 0 || s.B.Tech != 0.3 || s.B.Dialogue != 0.1 {
		t.Errorf("Parse(%q): B %+v, problems %q", frag, s.B, problems)
	}
	_, raw, _ := SplitB(frag)
	b, err := ParseB(raw, Default().Inputs)
	if err != nil || b.Tech != 0.3 || b.Dialogue != 0.1 {
		t.Errorf("ParseB(%q): %+v %v", raw, b, err)
	}
	if _, err := ParseB("tech=0.3&%74ech=0.4", Default().Inputs); err == nil || err.(*model.ParamError).Param != "b.tech" {
		t.Errorf("b.tech given twice, once escaped: %v, want a duplicate named b.tech", err)
	}
}

func TestCompareCanvasFollowsTheView(t *testing.T) {
	s, _ := Parse("compare=1&b.dialogue=0&view=plane", Default())
	c := NewCompare(s, New(s))
	if c.CanvasLabel != "Phase plane of state B" || c.B.SpiralText == NewCompare(Default(), New(Default())).B.SpiralText || s.BState().View != "plane" {
		t.Errorf("B with view=plane: label %q, text %q", c.CanvasLabel, c.B.SpiralText)
	}
}

func TestCompareHeadlineIsTheView(t *testing.T) {
	for _, frag := range []string{"b.dialogue=0", "tech=0.3&b.tech=0.7&b.us=defense&lang=zh-CN", "compare=1"} {
		s, _ := Parse(frag, Default())
		h, c := NewCompareHeadline(s), NewCompare(s, New(s))
		if h.B.IntensityValue != c.B.IntensityValue || h.B.IntensityText != c.B.IntensityText || h.DeltaValue != c.DeltaValue || h.DeltaText != c.DeltaText {
			t.Errorf("%s: headline %+v, view B %s %s delta %s %s", frag, h, c.B.IntensityValue, c.B.IntensityText, c.DeltaValue, c.DeltaText)
		}
	}
}

// TestCompareOn: compare= decides, else the b.* keys do; any other value
// of compare= is not ok (the page ignores it, the servers answer 400).
func TestCompareOn(t *testing.T) {
	for _, c := range []struct {
		extra  map[string]string
		hasB   bool
		on, ok bool
	}{
		{nil, false, false, true},
		{nil, true, true, true},
		{map[string]string{"compare": "1"}, false, true, true},
		{map[string]string{"compare": "0"}, true, false, true},
		{map[string]string{"compare": "yes"}, true, true, false},
		{map[string]string{"compare": ""}, false, false, false},
	} {
		if on, ok := CompareOn(c.extra, c.hasB); on != c.on || ok != c.ok {
			t.Errorf("CompareOn(%v, %v) = %v, %v; want %v, %v", c.extra, c.hasB, on, ok, c.on, c.ok)
		}
	}
}
