package figure

import (
	"math"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

func TestNewScene(t *testing.T) {
	tests := []struct {
		name      string
		state     string
		wantState string
		wantWorld model.World
		wantTrend Trend
		wantTheme Theme
	}{
		{"empty is the baseline", "", model.Default().Encode(), model.AggressionPossible, Converges, ThemeAuto},
		{"fragment with hash", "#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense",
			"tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2", model.AggressionPossible, Converges, ThemeAuto},
		{"no consensus diverges", "preset=us-superiority-no-consensus&theme=dark",
			"tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2", model.DoublyDangerous, Diverges, ThemeDark},
		{"china tech", "tech=0.30&discourse=0.50&lang=zh&controls=0&theme=light",
			"tech=0.30&discourse=0.50&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2", model.DoublySafe, Converges, ThemeLight},
		{"bad values keep defaults", "tech=abc&bogus=1&theme=purple&dialogue=7",
			"tech=0.85&discourse=0.75&attribution=0.20&dialogue=1.00&us=offense&china=defense&v=2", model.AggressionPossible, Converges, ThemeAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScene(tt.state, nil)
			if s.State != tt.wantState {
				t.Errorf("NewScene(%q).State = %q, want %q", tt.state, s.State, tt.wantState)
			}
			if s.Assessment.World != tt.wantWorld {
				t.Errorf("NewScene(%q).Assessment.World = %v, want %v", tt.state, s.Assessment.World, tt.wantWorld)
			}
			if s.Trend != tt.wantTrend {
				t.Errorf("NewScene(%q).Trend = %v, want %v", tt.state, s.Trend, tt.wantTrend)
			}
			if s.Theme != tt.wantTheme {
				t.Errorf("NewScene(%q).Theme = %v, want %v", tt.state, s.Theme, tt.wantTheme)
			}
			if n := len(s.Points); n < 2 || n > MaxMoves+1 {
				t.Errorf("NewScene(%q) has %d points, want 2..%d", tt.state, n, MaxMoves+1)
			}
		})
	}
}

func TestSceneSpiralShape(t *testing.T) {
	for _, p := range model.Presets() {
		t.Run(p.ID, func(t *testing.T) {
			s := NewScene(p.Inputs.Encode(), nil)
			first, last := s.Points[0], s.Points[len(s.Points)-1]
			for i, pt := range s.Points {
				if pt.Radius < 0 || pt.Radius >= 1 {
					t.Fatalf("point %d radius = %v, want in [0, 1)", i, pt.Radius)
				}
			}
			switch s.Trend {
			case Converges:
				if last.Radius >= first.Radius {
					t.Errorf("converging spiral ends at radius %v, want < start %v", last.Radius, first.Radius)
				}
			case Diverges:
				if last.Radius <= first.Radius {
					t.Errorf("diverging spiral ends at radius %v, want > start %v", last.Radius, first.Radius)
				}
			}
			if s.Trend == Converges != s.Assessment.Stable {
				t.Errorf("Trend = %v but Assessment.Stable = %v", s.Trend, s.Assessment.Stable)
			}
		})
	}
}

func TestSceneText(t *testing.T) {
	s := NewScene("", nil)
	if got, want := s.Title(), "World: Aggression possible"; got != want {
		t.Errorf("Title() = %q, want %q", got, want)
	}
	if got, want := s.TrendText(), "Race converges"; got != want {
		t.Errorf("TrendText() = %q, want %q", got, want)
	}
	if got, want := s.IntensityText(), "Intensity 0.21 (low)"; got != want {
		t.Errorf("IntensityText() = %q, want %q", got, want)
	}
	want := "Action–reaction spiral: the race converges on its equilibrium; world: aggression possible; intensity 0.21 (low)."
	if got := s.AriaLabel(); !strings.HasPrefix(got, want) {
		t.Errorf("AriaLabel() = %q, want prefix %q", got, want)
	}
	d := NewScene("preset=us-superiority-no-consensus", nil)
	if got := d.AriaLabel(); !strings.Contains(got, "diverges") || !strings.Contains(got, "world: doubly dangerous") {
		t.Errorf("AriaLabel() = %q, want it to say diverges and doubly dangerous", got)
	}
}

// The scene names each world as the page, the card and the API do.
func TestSceneNamesWorldsAsExplain(t *testing.T) {
	for _, l := range explain.Langs {
		for _, p := range model.Presets() {
			s := NewScene(p.Inputs.Encode()+"&lang="+l.String(), nil)
			name := explain.WorldName(l, s.Assessment.World)
			if !strings.Contains(s.Title(), name) {
				t.Errorf("%v %s: Title() = %q lacks %q", l, p.ID, s.Title(), name)
			}
			if !strings.Contains(strings.ToLower(s.AriaLabel()), strings.ToLower(name)) {
				t.Errorf("%v %s: AriaLabel() = %q lacks %q", l, p.ID, s.AriaLabel(), name)
			}
		}
	}
}

func TestThemeDark(t *testing.T) {
	tests := []struct {
		theme       Theme
		prefersDark bool
		want        bool
	}{
		{ThemeAuto, false, false}, {ThemeAuto, true, true},
		{ThemeLight, true, false}, {ThemeDark, false, true},
	}
	for _, tt := range tests {
		if got := tt.theme.Dark(tt.prefersDark); got != tt.want {
			t.Errorf("Theme(%d).Dark(%v) = %v, want %v", tt.theme, tt.prefersDark, got, tt.want)
		}
	}
}

func FuzzNewScene(f *testing.F) {
	f.Add("tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense")
	f.Add("#preset=both-offensive&theme=dark")
	f.Add("tech=%zz&&==&us=up")
	f.Add("view=plane&dialogue=0&tech=1&attribution=0&us=offense&china=offense")
	f.Add("view=plane&preset=both-defensive")
	f.Fuzz(func(t *testing.T, state string) {
		s := NewScene(state, nil)
		if len(s.Points) < 1 || len(s.Points) > MaxMoves+1 {
			t.Fatalf("NewScene(%q) has %d points", state, len(s.Points))
		}
		if _, err := model.Parse(s.State, model.Options{}); err != nil {
			t.Fatalf("NewScene(%q).State = %q does not parse: %v", state, s.State, err)
		}
		if p := s.Plane; s.View == ViewPlane {
			if !(p.Extent > 0) || math.IsInf(p.Extent, 0) || len(p.Path) < 2 || len(p.Path) > MaxMoves+1 {
				t.Fatalf("NewScene(%q).Plane: extent %v, %d points", state, p.Extent, len(p.Path))
			}
			for _, pt := range p.Path {
				if !(pt.X >= 0 && pt.X <= p.Extent && pt.Y >= 0 && pt.Y <= p.Extent) {
					t.Fatalf("NewScene(%q).Plane: point %v outside [0, %v]²", state, pt, p.Extent)
				}
			}
		}
	})
}
