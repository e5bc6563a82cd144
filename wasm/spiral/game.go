//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"
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
	pal     figure.Palette // the scene's colours in this frame
	reduced bool
	scale   float64

	frames   int  // frames drawn
	reported int  // frames reported to the page
	settled  bool // the last frame drawn showed every point
	awake    int  // frames to run before parking again
	err      error

	// kept holds what the animation has drawn so far: the background, the
	// guides, the text, the legend and the moves up to keptShown. Each
	// frame strokes only the new moves onto it, copies it to the screen
	// and draws the moving end point; keptKey says what it was drawn for.
	kept      *ebiten.Image
	keptKey   keptKey
	keptShown int
	plane     figure.PlaneLayout // the phase plane's box, with the kept image
	drawn     int                // points shown by the last frame drawn
	lastFrame time.Time          // when the last frame was drawn

	white *ebiten.Image
	path  figure.Path
	vs    []ebiten.Vertex
	is    []uint16
}

// keptKey is what the kept image depends on besides the points shown.
type keptKey struct {
	state, lang string
	view        figure.View
	dark        bool
	pal         figure.Palette // the theme's colours (projector, forced colours)
	w, h        int
	scale       float64
}

// frameEvery is the shortest time between two frames of the animation:
// 30 a second are as smooth as the eye needs for a line that grows by one
// move at a time.
const frameEvery = time.Second / 30

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
		g.page.report(g.frames, g.settled, g.scene.State, g.scene.View.String())
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
		if next.State != g.scene.State || next.View != g.scene.View {
			g.start = time.Now()
		}
		g.scene = next
		g.page.setLabel(g.scene.AriaLabel())
	}
	g.page.adoptCanvas()
	dark, reduced := g.page.prefs()
	g.dark, g.reduced = g.scene.Theme.Dark(dark), reduced
	g.pal = g.scene.Theme.Palette(g.scene.Assessment.World, dark)
	if g.page.forcedColors() {
		g.pal.ChinaDash = figure.Dashed
	}
	g.page.setBackground(figure.CSS(g.pal.Background))
	look := "light"
	if g.scene.Theme == figure.ThemeProjector {
		look = "projector"
	} else if g.dark {
		look = "dark"
	}
	if g.pal.ChinaDash > 0 {
		look += "-dashed"
	}
	g.page.setLook(look)
	elapsed := time.Since(g.start)
	g.shown = figure.Visible(elapsed, g.total(), g.reduced)
	if g.shown == g.drawn && !g.settled && g.awake <= 0 {
		// Nothing new to draw until the next move shows: sleep until then
		// (or an event), at most 30 frames a second, instead of drawing
		// the same frame at the display's rate.
		wait := figure.NextReveal(elapsed, g.total(), g.reduced)
		wait = max(wait, frameEvery-time.Since(g.lastFrame))
		if wait > 0 {
			g.page.waitFor(wait)
			g.shown = figure.Visible(time.Since(g.start), g.total(), g.reduced)
		}
	}
	return nil
}

// total returns the number of points the view reveals: the spiral's, or
// the phase plane path's.
func (g *game) total() int {
	if g.scene.View == figure.ViewPlane {
		return len(g.scene.Plane.Path)
	}
	return len(g.scene.Points)
}

// Draw draws the frame: the kept image (background tinted by the world,
// the plot, the text and the legend as web/figure lays them out, in the
// scene's language), brought up to the points shown by stroking only the
// new moves, then the moving end point.
func (g *game) Draw(screen *ebiten.Image) {
	b := screen.Bounds()
	l := g.scene.Theme.Bold(figure.NewLayout(float64(b.Dx()), float64(b.Dy()), g.scale))
	pal := g.pal
	key := keptKey{state: g.scene.State, lang: g.scene.Lang, view: g.scene.View, dark: g.dark, pal: pal, w: b.Dx(), h: b.Dy(), scale: g.scale}
	if g.scene.View == figure.ViewPlane {
		g.drawPlane(screen, key, &l, pal)
		return
	}
	pts := g.scene.Points[:g.shown]
	if g.kept == nil || key != g.keptKey || g.shown < g.keptShown {
		g.drawKept(key, &l, pal)
	}
	if g.shown > g.keptShown {
		figure.StrokeMoves(&ebitenCanvas{g: g, dst: g.kept}, &g.path, &l, g.scene.Points[g.keptShown-1:g.shown], pal)
		g.keptShown = g.shown
	}
	screen.DrawImage(g.kept, nil)
	if n := len(pts); n > 0 {
		// The end point, as figure.DrawPlot draws it.
		last := pts[n-1]
		x, y := l.ToScreen(last)
		c := pal.US
		if last.Side == model.SideChina && n > 1 {
			c = pal.China
		}
		(&ebitenCanvas{g: g, dst: screen}).Disc(x, y, 1.6*l.LineWidth, c)
	}
	g.drew()
}

// drew records a frame drawn.
func (g *game) drew() {
	g.frames++
	g.drawn = g.shown
	g.lastFrame = time.Now()
	g.settled = g.shown == g.total()
}

// drawPlane draws a frame of the phase plane as Draw does the spiral's:
// the kept image (background, text, legend, axes, reaction lines and the
// equilibrium or the wedge), the new moves stroked onto it, then the
// moving end point.
func (g *game) drawPlane(screen *ebiten.Image, key keptKey, l *figure.Layout, pal figure.Palette) {
	cv := &ebitenCanvas{g: g, dst: screen}
	path := g.scene.Plane.Path
	if g.kept == nil || key != g.keptKey || g.shown < g.keptShown {
		// The box depends on the tick label's width: measured here only,
		// since a change of text size empties the label cache.
		tick := g.scene.PlaneTick()
		g.labels.setLang(g.scene.Lang)
		g.plane = figure.NewPlaneLayout(l, g.scene.Plane.Extent, cv.Measure(figure.Font{Size: 0.85 * l.FontSize}, tick))
		g.drawKeptFrame(key, l, pal, func(kc *ebitenCanvas) {
			figure.DrawPlaneGuides(kc, &g.path, l, &g.plane, &g.scene.Plane, pal, g.scene.PlaneLabels(), tick)
		})
	}
	pl := &g.plane
	if g.shown > g.keptShown {
		figure.StrokePlaneMoves(&ebitenCanvas{g: g, dst: g.kept}, &g.path, l, pl, path[g.keptShown-1:g.shown], pal)
		g.keptShown = g.shown
	}
	screen.DrawImage(g.kept, nil)
	if n := g.shown; n > 0 {
		last := path[n-1]
		x, y := pl.ToScreen(last.X, last.Y)
		c := pal.US
		if last.Side == model.SideChina && n > 1 {
			c = pal.China
		}
		cv.Disc(x, y, 1.6*l.LineWidth, c)
	}
	g.drew()
}

// drawKept redraws the kept image for key: everything but the moves and
// the end point.
func (g *game) drawKept(key keptKey, l *figure.Layout, pal figure.Palette) {
	g.drawKeptFrame(key, l, pal, func(cv *ebitenCanvas) {
		figure.DrawPlot(cv, &g.path, l, nil, pal) // the guides
	})
}

// drawKeptFrame redraws the kept image for key: the background, the text,
// the legend, and the view's guides drawn by guides.
func (g *game) drawKeptFrame(key keptKey, l *figure.Layout, pal figure.Palette, guides func(*ebitenCanvas)) {
	if g.kept == nil || g.keptKey.w != key.w || g.keptKey.h != key.h {
		if g.kept != nil {
			g.kept.Deallocate()
		}
		g.kept = ebiten.NewImage(max(key.w, 1), max(key.h, 1))
	}
	g.keptKey = key
	g.keptShown = 1
	dst := g.kept
	dst.Fill(pal.Background)
	cv := &ebitenCanvas{g: g, dst: dst}
	g.labels.setLang(g.scene.Lang) // before the guides, which may have words
	guides(cv)

	f := figure.Font{Size: l.FontSize}
	lines := []string{g.scene.Title(), g.scene.TrendText() + " · " + g.scene.IntensityText()}
	if l.Wide {
		lines = []string{g.scene.Title(), g.scene.TrendText(), g.scene.IntensityText()}
	}
	for i, s := range lines {
		c := pal.Text
		if i > 0 {
			c = pal.Muted
		}
		cv.Text(l.TextX, l.TextY+float64(i)*l.LineHeight+l.Ascent(), f, c, s)
	}
	us, china := g.scene.Legend()
	figure.DrawLegend(cv, &g.path, l, f, pal, us, china)
}

// ebitenCanvas is figure's Canvas on an Ebiten image: every stroke of a
// path is one batch of triangles.
type ebitenCanvas struct {
	g   *game
	dst *ebiten.Image
}

func (c *ebitenCanvas) Fill(r figure.Rect, clr color.RGBA) {
	vector.DrawFilledRect(c.dst, float32(r.X0), float32(r.Y0), float32(r.X1-r.X0), float32(r.Y1-r.Y0), clr, false)
}

func (c *ebitenCanvas) Stroke(p *figure.Path, width float64, clr color.RGBA) {
	var path vector.Path
	for _, op := range p.Ops() {
		x, y := float32(op.X), float32(op.Y)
		switch op.Kind {
		case figure.MoveTo:
			path.MoveTo(x, y)
		case figure.LineTo:
			path.LineTo(x, y)
		case figure.Circle:
			r := float32(op.R)
			path.MoveTo(x+r, y)
			path.Arc(x, y, r, 0, 2*math.Pi, vector.Clockwise)
			path.Close()
		}
	}
	g := c.g
	op := &vector.StrokeOptions{Width: float32(width), LineCap: vector.LineCapRound, LineJoin: vector.LineJoinRound}
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
	c.dst.DrawTriangles(g.vs, g.is, g.white, dop)
}

func (c *ebitenCanvas) Disc(x, y, r float64, clr color.RGBA) {
	vector.DrawFilledCircle(c.dst, float32(x), float32(y), float32(r), clr, true)
}

func (c *ebitenCanvas) Text(x, y float64, f figure.Font, clr color.RGBA, s string) {
	if c.size(f) {
		c.g.labels.draw(c.dst, s, x, y, clr)
	}
}

func (c *ebitenCanvas) Measure(f figure.Font, s string) float64 {
	if !c.size(f) {
		return 0
	}
	return c.g.labels.width(s)
}

// size selects f's size, keeping the first error for Update to return.
func (c *ebitenCanvas) size(f figure.Font) bool {
	if err := c.g.labels.setSize(f.Size); err != nil {
		if c.g.err == nil {
			c.g.err = err
		}
		return false
	}
	return true
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
