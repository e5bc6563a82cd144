//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

// wakeFrames is how many frames the loop runs after it wakes before it may
// park again: enough for a resize's forced frame and one ordinary frame to
// redraw the cleared canvas.
const wakeFrames = 3

// game adapts the spiral's scene to Ebitengine. Update reads the page's
// events and the clock; Draw only draws what Update decided.
type game struct {
	page   *page
	labels *labels

	scene   figure.Scene
	start   time.Time
	shown   int // points to show in the next frame
	dark    bool
	reduced bool
	scale   float64

	frames   int  // frames drawn
	reported int  // frames reported to the page
	settled  bool // the last frame drawn showed every point
	awake    int  // frames to run before parking again
	err      error

	white *ebiten.Image
	vs    []ebiten.Vertex
	is    []uint16
}

func newGame(p *page) (*game, error) {
	lb, err := newLabels()
	if err != nil {
		return nil, err
	}
	white := ebiten.NewImage(3, 3)
	white.Fill(color.White)
	return &game{
		page:   p,
		labels: lb,
		scale:  1,
		white:  white.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image),
		awake:  wakeFrames,
	}, nil
}

// Update reports the frame just drawn, parks the loop once the spiral has
// settled, and otherwise advances the animation.
func (g *game) Update() error {
	if g.err != nil {
		return g.err
	}
	if g.frames > g.reported {
		g.reported = g.frames
		g.page.report(g.frames, g.settled, g.scene.State)
	}
	if g.settled && g.awake <= 0 {
		// Nothing will change until an event: block here, which stops the
		// requestAnimationFrame loop until the page signals.
		g.page.wait()
		g.awake = wakeFrames
	}
	if g.awake > 0 {
		g.awake--
	}

	if s, ok := g.page.takeState(); ok {
		// The calculator posts its state on load, when asked and on every
		// change; only a different state restarts the animation. (Reusing
		// the points' array is safe either way: equal states have equal
		// spirals.)
		next := figure.NewScene(s, g.scene.Points[:0])
		if next.State != g.scene.State {
			g.start = time.Now()
		}
		g.scene = next
		g.page.setLabel(g.scene.AriaLabel())
	}
	g.page.adoptCanvas()
	dark, reduced := g.page.prefs()
	g.dark, g.reduced = g.scene.Theme.Dark(dark), reduced
	g.page.setBackground(figure.CSS(figure.PaletteFor(g.scene.Assessment.World, g.dark).Background))
	g.shown = figure.Visible(time.Since(g.start), len(g.scene.Points), g.reduced)
	return nil
}

// Draw draws the whole frame: background tinted by the world, the rim, the
// equilibrium, the revealed part of the spiral, the text and the legend.
func (g *game) Draw(screen *ebiten.Image) {
	b := screen.Bounds()
	l := figure.NewLayout(float64(b.Dx()), float64(b.Dy()), g.scale)
	pal := figure.PaletteFor(g.scene.Assessment.World, g.dark)
	screen.Fill(pal.Background)

	cx, cy, r := float32(l.CX), float32(l.CY), float32(l.R)
	vector.StrokeCircle(screen, cx, cy, r, float32(l.Scale), pal.Guide, true)
	arm := float32(4 * l.Scale)
	vector.StrokeLine(screen, cx-arm, cy, cx+arm, cy, float32(l.Scale), pal.Muted, true)
	vector.StrokeLine(screen, cx, cy-arm, cx, cy+arm, float32(l.Scale), pal.Muted, true)

	pts := g.scene.Points[:g.shown]
	g.strokeMoves(screen, &l, pts, model.SideUS, pal.US)
	g.strokeMoves(screen, &l, pts, model.SideChina, pal.China)
	if n := len(pts); n > 0 {
		last := pts[n-1]
		x, y := l.ToScreen(last)
		clr := pal.US
		if last.Side == model.SideChina && n > 1 {
			clr = pal.China
		}
		vector.DrawFilledCircle(screen, float32(x), float32(y), float32(1.6*l.LineWidth), clr, true)
	}

	if !g.scene.Text() {
		// The bundled font has no Chinese: in another language the page
		// around the iframe carries the title, the legend and the text
		// alternative, translated.
		g.frames++
		g.settled = g.shown == len(g.scene.Points)
		return
	}
	if err := g.labels.setSize(l.FontSize); err != nil {
		g.err = err
		return
	}
	lines := []string{g.scene.Title(), g.scene.TrendText() + " · " + g.scene.IntensityText()}
	if l.Wide {
		lines = []string{g.scene.Title(), g.scene.TrendText(), g.scene.IntensityText()}
	}
	for i, s := range lines {
		c := pal.Text
		if i > 0 {
			c = pal.Muted
		}
		g.labels.draw(screen, s, l.TextX, l.TextY+float64(i)*l.LineHeight, c)
	}
	x, y := l.LegendX, l.LegendY
	for _, e := range [...]struct {
		label string
		clr   color.RGBA
	}{{figure.LegendUS, pal.US}, {figure.LegendChina, pal.China}} {
		mid := float32(y + 0.55*l.FontSize)
		vector.StrokeLine(screen, float32(x), mid, float32(x+l.Swatch), mid, float32(l.LineWidth*1.5), e.clr, true)
		g.labels.draw(screen, e.label, x+l.Swatch+l.Gap, y, pal.Text)
		if l.Wide {
			y += l.LineHeight
		} else {
			x += l.Swatch + l.Gap + g.labels.width(e.label) + 2*l.Gap
		}
	}

	g.frames++
	g.settled = g.shown == len(g.scene.Points)
}

// strokeMoves strokes the segments of pts that end at a move by side.
func (g *game) strokeMoves(dst *ebiten.Image, l *figure.Layout, pts []model.SpiralPoint, side model.Side, clr color.RGBA) {
	var path vector.Path
	for i := 1; i < len(pts); i++ {
		if pts[i].Side != side {
			continue
		}
		x0, y0 := l.ToScreen(pts[i-1])
		x1, y1 := l.ToScreen(pts[i])
		path.MoveTo(float32(x0), float32(y0))
		path.LineTo(float32(x1), float32(y1))
	}
	op := &vector.StrokeOptions{Width: float32(l.LineWidth), LineCap: vector.LineCapRound, LineJoin: vector.LineJoinRound}
	g.vs, g.is = path.AppendVerticesAndIndicesForStroke(g.vs[:0], g.is[:0], op)
	r, gr, b, a := clr.RGBA()
	for i := range g.vs {
		g.vs[i].SrcX, g.vs[i].SrcY = 1, 1
		g.vs[i].ColorR = float32(r) / 0xffff
		g.vs[i].ColorG = float32(gr) / 0xffff
		g.vs[i].ColorB = float32(b) / 0xffff
		g.vs[i].ColorA = float32(a) / 0xffff
	}
	dop := &ebiten.DrawTrianglesOptions{AntiAlias: true, ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
	dst.DrawTriangles(g.vs, g.is, g.white, dop)
}

// LayoutF makes the screen as large as the canvas in device pixels, so that
// lines and text are crisp on high-density displays.
func (g *game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	g.scale = ebiten.Monitor().DeviceScaleFactor()
	return outsideWidth * g.scale, outsideHeight * g.scale
}

// Layout completes ebiten.Game; Ebitengine calls LayoutF instead.
func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}
