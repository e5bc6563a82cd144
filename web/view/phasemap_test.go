package view

import (
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// The phase map's words: a cell read as the brief's example, the regions'
// shares summing to the map, the state's place, the axes' fallbacks and the
// key that ignores the state's own position on the axes.
func TestPhaseMapView(t *testing.T) {
	x, y := PhaseAxes("tech", "dialogue")
	if x.Key != "tech" || y.Key != "dialogue" {
		t.Fatalf("axes %v %v", x.Key, y.Key)
	}
	if a, b := PhaseAxes("tech", "tech"); a.Key != "tech" || b.Key != "dialogue" {
		t.Errorf("equal axes fall back to %v × %v", a.Key, b.Key)
	}
	if a, b := PhaseAxes("nope", "attribution"); a.Key != "tech" || b.Key != "dialogue" {
		t.Errorf("unknown axis falls back to %v × %v", a.Key, b.Key)
	}
	in := model.Default()
	a := model.Assess(y.Set(x.Set(in, 0.3), 0.1))
	want := "Technology share (US) 0.30, Dialogue 0.10: intensity " + i18n.Number("en", a.Intensity, 2) + ", " + a.Band.String() + ", " + i18n.T("en", "world."+a.World.String())
	cell := func(lang string) string { return PhaseCell(lang, x, y, 0.3, 0.1, a.Intensity, a.Band, a.World) }
	if got := cell("en"); got != want {
		t.Errorf("cell (0.3, 0.1) reads %q, want %q", got, want)
	}
	n := PhaseCounts{Total: 100, Runaway: 20}
	n.Bands[model.BandLow], n.Bands[model.BandHigh] = 80, 20
	n.Worlds[model.DoublySafe], n.Worlds[model.AggressionPossible] = 60, 40
	r := PhaseRegions("en", x, y, n)
	if r != "Over Technology share (US) (across) and Dialogue (up), the other inputs as set: bands low 80 %, high 20 %; worlds Aggression possible 40 %, Doubly safe 60 %; the race runs away in 20 % of the map." {
		t.Errorf("regions %q", r)
	}
	for _, s := range []string{"Over Technology share (US) (across) and Dialogue (up)", "low ", "Doubly safe ", "runs away in "} {
		if !strings.Contains(r, s) {
			t.Errorf("regions %q lack %q", r, s)
		}
	}
	st := PhaseState("en", in, x, y)
	if !strings.Contains(st, "(Technology share (US) 0.85, Dialogue 0.60) has intensity 0.21, low, in the world Aggression possible") {
		t.Errorf("state %q", st)
	}
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		for _, s := range []string{cell(lang), PhaseRegions(lang, x, y, n), PhaseState(lang, in, x, y)} {
			if strings.Contains(s, "⟦") || strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
				t.Errorf("%s: %q", lang, s)
			}
		}
	}
	// The key: moving along the axes keeps it, any other input changes it.
	k := PhaseKey(in, x, y)
	moved := y.Set(x.Set(in, 0.3), 0.1)
	if PhaseKey(moved, x, y) != k {
		t.Errorf("moving along the axes changed the key")
	}
	other := in
	other.Discourse = 0.5
	v1 := in
	v1.Version = 1
	for _, o := range []model.Inputs{other, v1} {
		if PhaseKey(o, x, y) == k {
			t.Errorf("%v has the baseline's key", o)
		}
	}
	if i, j := PhaseCellOf(in, x, y, 101); i != 85 || j != 60 {
		t.Errorf("the baseline's cell (%d, %d)", i, j)
	}
	if txt := PhaseMapText("zh-CN", x, y); txt.Bands[1] != i18n.T("zh-CN", "band.low") || txt.Number(0.5) != "0.5" {
		t.Errorf("map text %+v", txt)
	}
}
