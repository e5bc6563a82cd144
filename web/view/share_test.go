package view

import (
	"net/url"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestDisplayFlags(t *testing.T) {
	tests := []struct {
		name, fragment string
		theme          string
		noControls     bool
		problems       int
	}{
		{"none", "tech=0.5", "", false, 0},
		{"dark, results only", "tech=0.5&theme=dark&controls=0", "dark", true, 0},
		{"auto and controls=1", "theme=auto&controls=1", "", false, 0},
		{"projector", "theme=projector", "projector", false, 0},
		{"bad flags keep the current ones", "theme=blue&controls=2", "light", true, 2},
	}
	cur := Default()
	cur.Theme, cur.NoControls = "light", true
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, problems := Parse(tt.fragment, cur)
			if s.Theme != tt.theme || s.NoControls != tt.noControls || len(problems) != tt.problems {
				t.Errorf("Parse(%q) = theme %q, noControls %v, problems %q", tt.fragment, s.Theme, s.NoControls, problems)
			}
			// The flags survive the fragment the page writes back.
			if tt.problems == 0 {
				back, p := Parse(s.Fragment(), Default())
				if back != s || len(p) > 0 {
					t.Errorf("Parse(Fragment()) = %+v %q, want %+v", back, p, s)
				}
			}
		})
	}
	s := State{Inputs: model.Default(), Theme: "dark", NoControls: true}
	if got, want := s.SpiralState(), model.Default().Encode()+"&theme=dark"; got != want {
		t.Errorf("SpiralState() = %q, want %q", got, want)
	}
}

func TestShare(t *testing.T) {
	in := model.Inputs{Tech: 0.3, Discourse: 0.5, Attribution: 0.2, Dialogue: 0.9, US: model.Offense, China: model.Defense}
	sh := NewShare(New(State{Inputs: in, Theme: "dark", NoControls: true}), "https://calc.example")
	if want := "https://calc.example/og.png?" + in.Encode(); sh.Image != want {
		t.Errorf("Image = %q, want %q", sh.Image, want)
	}
	if sh.Embed != "https://calc.example/embed.html#"+in.Encode() {
		t.Errorf("Embed = %q: the page's display flags must not go into the snippet", sh.Embed)
	}
	for _, want := range []string{
		`<iframe src="https://calc.example/embed.html#tech=0.30&amp;discourse=0.50&amp;`,
		`width="560" height="680" loading="lazy" allow="fullscreen"`,
		`title="Cyber security dilemma calculator: `,
		`<script src="https://calc.example/embed.js" async></script>`,
	} {
		if !strings.Contains(sh.Snippet, want) {
			t.Errorf("Snippet lacks %s:\n%s", want, sh.Snippet)
		}
	}
	if strings.Contains(sh.Title, "⟦") || strings.Contains(sh.Description, "⟦") {
		t.Errorf("missing catalog text: %q %q", sh.Title, sh.Description)
	}
}

func TestQueryEscape(t *testing.T) {
	for _, s := range []string{"", "https://calc.example/#tech=0.30&dialogue=0.90", "a b+c/ü?=&#%", "~-_."} {
		if got, want := QueryEscape(s), url.QueryEscape(s); got != want {
			t.Errorf("QueryEscape(%q) = %q, net/url gives %q", s, got, want)
		}
	}
	if got := OEmbedHref("https://calc.example/"); got != "/oembed?url=https%3A%2F%2Fcalc.example%2F&format=json" {
		t.Errorf("OEmbedHref = %q", got)
	}
}

func TestFileNameAndCard(t *testing.T) {
	s := State{Inputs: model.Default()}
	if got := FileName(s, "csv"); got != "cyber-dilemma_tech0.85_discourse0.75_attribution0.20_dialogue0.60_us-offense_china-defense_v2.csv" {
		t.Errorf("FileName = %q", got)
	}
	s.Inputs.Version = 1
	if got := FileName(s, "json"); got != "cyber-dilemma_tech0.85_discourse0.75_attribution0.20_dialogue0.60_us-offense_china-defense_v1.json" {
		t.Errorf("FileName of a version-1 state = %q", got)
	}
	s.Inputs.Version = 0
	c := NewCard(New(s), "https://calc.example/#x")
	if c.World != "Aggression possible" || c.Intensity != "0.21 · low" || c.Inputs[0] != "Technology share (US): 0.85" ||
		c.Postures != "US: Offense · China: Defense" || c.Link != "https://calc.example/#x" {
		t.Errorf("NewCard = %+v", c)
	}
}
