package figure

import (
	"image/color"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// TestProjectorContrast computes the projector theme's contrast ratios:
// every colour text or a line is drawn in reaches 7:1 on every background
// the page or the spiral draws it on.
func TestProjectorContrast(t *testing.T) {
	fg := []string{"text", "muted", "accent", "ok", "bad", "us", "china", "current-line", "notice-line", "dot", "focus"}
	bg := []string{"bg", "panel", "cell", "current", "notice-bg",
		"world-doubly-dangerous", "world-compatible", "world-aggression-possible", "world-doubly-safe"}
	for _, f := range fg {
		for _, b := range bg {
			cf, _ := ProjectorVar(f)
			cb, _ := ProjectorVar(b)
			if r := Contrast(cf, cb); r < 7 {
				t.Errorf("projector --%s %s on --%s %s: contrast %.2f, want ≥ 7", f, CSS(cf), b, CSS(cb), r)
			}
		}
	}
	// The charts (histogram, tornado, phase map) draw the projector theme
	// in the light scheme: its text must reach 7:1 on their paper too.
	light := PaletteFor(-1, false)
	for name, col := range map[string]color.RGBA{"Text": light.Text, "Muted": light.Muted} {
		if r := Contrast(col, light.Paper); r < 7 {
			t.Errorf("the charts' %s %s on %s: contrast %.2f, want ≥ 7", name, CSS(col), CSS(light.Paper), r)
		}
	}
	acc, _ := ProjectorVar("accent")
	accText, _ := ProjectorVar("accent-text")
	if r := Contrast(accText, acc); r < 7 {
		t.Errorf("projector --accent-text on --accent: contrast %.2f, want ≥ 7", r)
	}
	for _, w := range model.Worlds {
		p := Theme(ThemeProjector).Palette(w, true) // the browser's dark preference does not matter
		for name, col := range map[string]color.RGBA{"Text": p.Text, "Muted": p.Muted, "US": p.US, "China": p.China} {
			if r := Contrast(col, p.Background); r < 7 {
				t.Errorf("ProjectorPalette(%v).%s on its background: contrast %.2f, want ≥ 7", w, name, r)
			}
			if r := Contrast(col, p.Paper); r < 7 {
				t.Errorf("ProjectorPalette(%v).%s on paper: contrast %.2f, want ≥ 7", w, name, r)
			}
		}
		if p.US == p.China {
			t.Errorf("ProjectorPalette(%v): the two sides share a colour", w)
		}
		if p != ProjectorPalette(w) || p == PaletteFor(w, false) {
			t.Errorf("Theme(ThemeProjector).Palette(%v) is not the projector palette", w)
		}
	}
	if !(Theme(ThemeProjector).Bold(Layout{LineWidth: 2}).LineWidth > 2) || Theme(ThemeLight).Bold(Layout{LineWidth: 2}).LineWidth != 2 {
		t.Error("Bold: the projector's lines should be thicker, the others' unchanged")
	}
	if ThemeProjector.Dark(true) {
		t.Error("ThemeProjector.Dark(true) = true, want the light base")
	}
	for name, want := range map[string]Theme{"light": ThemeLight, "dark": ThemeDark, "projector": ThemeProjector, "auto": ThemeAuto, "": ThemeAuto, "blue": ThemeAuto} {
		if got := ThemeOf(name); got != want {
			t.Errorf("ThemeOf(%q) = %v, want %v", name, got, want)
		}
	}
	if s := NewScene("tech=0.5&theme=projector", nil); s.Theme != ThemeProjector {
		t.Errorf("NewScene(theme=projector).Theme = %v, want ThemeProjector", s.Theme)
	}
}

// TestStyleProjector holds style.css's :root[data-theme="projector"] block
// equal to the projector's colours: one per Var, none else.
func TestStyleProjector(t *testing.T) {
	b, err := os.ReadFile("../style.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	const open = `:root[data-theme="projector"] {`
	i := strings.Index(css, open)
	if i < 0 {
		t.Fatalf("style.css has no %q block", open)
	}
	body := css[i+len(open):]
	body = body[:strings.Index(body, "}")]
	got := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;`).FindAllStringSubmatch(body, -1) {
		got[m[1]] = strings.ToLower(m[2])
	}
	var want strings.Builder
	for _, v := range Vars {
		c, ok := ProjectorVar(v.Name)
		if !ok {
			t.Errorf("the projector theme has no --%s (web/figure/projector.go)", v.Name)
			continue
		}
		want.WriteString("  --" + v.Name + ": " + CSS(c) + ";\n")
		if got[v.Name] != CSS(c) {
			t.Errorf("style.css projector: --%s is %q, want %s", v.Name, got[v.Name], CSS(c))
		}
		delete(got, v.Name)
	}
	for name := range got {
		t.Errorf("style.css projector: --%s is not in figure.Vars", name)
	}
	if len(projector) != len(Vars) {
		t.Errorf("the projector theme has %d colours, figure.Vars %d", len(projector), len(Vars))
	}
	if t.Failed() {
		t.Logf("the block should read:\n%s", want.String())
	}
}

// TestChinaDashed: with ChinaDash, China's moves and its legend sample are
// drawn as dashes (more, shorter subpaths), the US's stay whole.
func TestChinaDashed(t *testing.T) {
	pts := model.Spiral(nil, model.Default(), 40)
	l := NewLayout(800, 600, 1)
	count := func(pal Palette) (us, china int) {
		var rec recorder
		var path Path
		StrokeMoves(&rec, &path, &l, pts, pal)
		return rec.subpaths[0], rec.subpaths[1]
	}
	solid := PaletteFor(model.AggressionPossible, false)
	us0, cn0 := count(solid)
	dashed := ProjectorPalette(model.AggressionPossible)
	us1, cn1 := count(dashed)
	if us1 != us0 || cn1 <= cn0 {
		t.Errorf("subpaths solid (US %d, China %d), dashed (US %d, China %d): want China's dashed into more, the US's unchanged", us0, cn0, us1, cn1)
	}
}

// recorder counts the subpaths of each Stroke call.
type recorder struct{ subpaths []int }

func (r *recorder) Fill(Rect, color.RGBA) {}
func (r *recorder) Stroke(p *Path, _ float64, _ color.RGBA) {
	n := 0
	for _, op := range p.Ops() {
		if op.Kind == MoveTo {
			n++
		}
	}
	r.subpaths = append(r.subpaths, n)
}
func (r *recorder) Disc(_, _, _ float64, _ color.RGBA)                {}
func (r *recorder) Text(_, _ float64, _ Font, _ color.RGBA, _ string) {}
func (r *recorder) Measure(Font, string) float64                      { return 0 }
