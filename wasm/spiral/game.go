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

	frames int // frames drawn
	// wholeCopies counts the frames that copied the whole kept image to
	// the screen (the page's data-whole-copies, for the tests).
	wholeCopies int
	// sizes counts the screen sizes drawn at (the page's data-sizes): each
	// new one needs the whole kept image again, the only other reason for
	// a whole copy than the first frame.
	sizes    int
	lastSize [3]float64 // width, height (device pixels) and scale last drawn at
	reported int        // frames reported to the page
	settled  bool       // the last frame drawn showed every point
	awake    int        // frames to run before parking again
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
	screen    *ebiten.Image      // the screen the whole kept image was last copied to
	disc      image.Rectangle    // the screen's pixels under the end point drawn last
	patch     *ebiten.Image      // where the end point is drawn before it is shrunk

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
	w, h        int            // the screen's size
	scale       float64        // device pixels per CSS pixel
	ss          int            // the kept image's pixels per screen pixel, each way
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
		g.page.report(g.frames, g.wholeCopies, g.sizes, g.settled, g.scene.State, g.scene.View.String())
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

// Draw draws the frame. The kept image holds the background tinted by the
// world, the plot, the text and the legend (as web/figure lays them out, in
// the scene's language) and the moves shown so far, drawn at ss times the
// screen's resolution; the screen is not cleared between frames. A frame
// strokes only the new moves onto the kept image, copies to the screen only
// the rectangle they and the moving end point touched (shrunk by ss with a
// linear filter: the anti-aliasing), and draws the end point. The whole
// kept image is copied only when it was redrawn or the screen is new.
//
// Before (a full-screen copy each frame, anti-aliased strokes through
// Ebitengine's double-size offscreens), the software WebGL of the bench's
// headless Chromium spent about 85 % of a core drawing the animation.
func (g *game) Draw(screen *ebiten.Image) {
	b := screen.Bounds()
	if sz := [3]float64{float64(b.Dx()), float64(b.Dy()), g.scale}; sz != g.lastSize {
		g.lastSize = sz
		g.sizes++
	}
	ss := supersample(b.Dx(), b.Dy())
	fs := float64(ss)
	l := g.scene.Theme.Bold(figure.NewLayout(float64(b.Dx())*fs, float64(b.Dy())*fs, g.scale*fs))
	pal := g.pal
	key := keptKey{state: g.scene.State, lang: g.scene.Lang, view: g.scene.View, dark: g.dark, pal: pal, w: b.Dx(), h: b.Dy(), scale: g.scale, ss: ss}
	full := g.kept == nil || key != g.keptKey || g.shown < g.keptShown
	var dirty bbox // in the kept image's pixels
	var endX, endY float64
	var end model.Side
	if g.scene.View == figure.ViewPlane {
		path := g.scene.Plane.Path
		if full {
			// The box depends on the tick label's width: measured here
			// only, since a change of text size empties the label cache.
			tick := g.scene.PlaneTick()
			g.labels.setLang(g.scene.Lang)
			cv := &ebitenCanvas{g: g, dst: screen, ss: ss}
			g.plane = figure.NewPlaneLayout(&l, g.scene.Plane.Extent, cv.Measure(figure.Font{Size: 0.85 * l.FontSize}, tick))
			g.drawKeptFrame(key, &l, pal, func(kc *ebitenCanvas) {
				figure.DrawPlaneGuides(kc, &g.path, &l, &g.plane, &g.scene.Plane, pal, g.scene.PlaneLabels(), tick)
			})
		}
		pl := &g.plane
		if g.shown > g.keptShown {
			moves := path[g.keptShown-1 : g.shown]
			figure.StrokePlaneMoves(&ebitenCanvas{g: g, dst: g.kept, ss: ss}, &g.path, &l, pl, moves, pal)
			for _, p := range moves {
				x, y := pl.ToScreen(p.X, p.Y)
				dirty.add(x, y)
			}
			g.keptShown = g.shown
		}
		if n := g.shown; n > 0 {
			endX, endY = pl.ToScreen(path[n-1].X, path[n-1].Y)
			end = path[n-1].Side
		}
	} else {
		if full {
			g.drawKept(key, &l, pal)
		}
		if g.shown > g.keptShown {
			moves := g.scene.Points[g.keptShown-1 : g.shown]
			figure.StrokeMoves(&ebitenCanvas{g: g, dst: g.kept, ss: ss}, &g.path, &l, moves, pal)
			for _, p := range moves {
				dirty.add(l.ToScreen(p))
			}
			g.keptShown = g.shown
		}
		if n := g.shown; n > 0 {
			endX, endY = l.ToScreen(g.scene.Points[n-1])
			end = g.scene.Points[n-1].Side
		}
	}

	// A resize clears the canvas, but Ebitengine repaints it from the
	// screen image every frame: only a new screen image (a new size) needs
	// the whole kept image again.
	if full || screen != g.screen {
		g.screen = screen
		g.copyKept(screen, b, ss)
		g.wholeCopies++
	} else {
		if dirty.ok {
			g.copyKept(screen, dirty.pixels(l.LineWidth+2*fs, ss), ss)
		}
		if !g.disc.Empty() {
			g.copyKept(screen, g.disc, ss)
		}
	}
	g.disc = image.Rectangle{}
	if g.shown > 0 {
		// The end point, as figure.DrawPlot draws it.
		c := pal.US
		if end == model.SideChina && g.shown > 1 {
			c = pal.China
		}
		g.drawDisc(screen, endX, endY, 1.6*l.LineWidth, c, ss)
	}
	g.drew()
}

// bbox is the bounding box of the points added to it.
type bbox struct {
	x0, y0, x1, y1 float64
	ok             bool
}

func (b *bbox) add(x, y float64) {
	if !b.ok {
		*b = bbox{x, y, x, y, true}
		return
	}
	b.x0, b.y0, b.x1, b.y1 = min(b.x0, x), min(b.y0, y), max(b.x1, x), max(b.y1, y)
}

// pixels returns the screen's pixels that the box, grown by pad, covers
// in a kept image of ss pixels per screen pixel.
func (b *bbox) pixels(pad float64, ss int) image.Rectangle {
	fs := float64(ss)
	return image.Rect(int(math.Floor((b.x0-pad)/fs)), int(math.Floor((b.y0-pad)/fs)),
		int(math.Ceil((b.x1+pad)/fs)), int(math.Ceil((b.y1+pad)/fs)))
}

// maxKept is the largest side of the kept image, in pixels: a texture size
// every WebGL implementation supports.
const maxKept = 4096

// supersample returns how many of the kept image's pixels make one of the
// screen's, on each axis: 2, the anti-aliasing Ebitengine's own would
// give, unless the kept image would be larger than maxKept; then 1, and
// strokes are anti-aliased by Ebitengine.
func supersample(w, h int) int {
	// Ebitengine pads an image by a pixel in its atlas: 2 × 2,048 + 1
	// would pass 4,096.
	if 2*max(w, h) >= maxKept {
		return 1
	}
	return 2
}

// copyKept copies the rectangle r (the screen's pixels) of the kept image
// to the screen, shrinking it by ss with a linear filter, which averages
// each ss × ss block.
func (g *game) copyKept(screen *ebiten.Image, r image.Rectangle, ss int) {
	r = r.Intersect(screen.Bounds())
	if r.Empty() {
		return
	}
	src := g.kept.SubImage(image.Rect(r.Min.X*ss, r.Min.Y*ss, r.Max.X*ss, r.Max.Y*ss)).(*ebiten.Image)
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
	if ss > 1 {
		op.GeoM.Scale(1/float64(ss), 1/float64(ss))
		op.Filter = ebiten.FilterLinear
	}
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	screen.DrawImage(src, op)
}

// drawDisc draws the moving end point, a disc of radius r at (x, y) in the
// kept image's pixels, onto the screen: the kept image's pixels under it
// are copied to a small patch, the disc is drawn there at the kept
// image's resolution, and the patch is shrunk onto the screen. g.disc
// remembers the screen's rectangle, restored from the kept image by the
// next frame.
func (g *game) drawDisc(screen *ebiten.Image, x, y, r float64, c color.RGBA, ss int) {
	fs := float64(ss)
	at := image.Pt(int(math.Floor((x-r)/fs))-1, int(math.Floor((y-r)/fs))-1)
	side := int(math.Ceil(2*r/fs)) + 3
	rect := image.Rectangle{at, at.Add(image.Pt(side, side))}.Intersect(screen.Bounds())
	if rect.Empty() {
		return
	}
	if g.patch == nil || g.patch.Bounds().Dx() < side*ss {
		if g.patch != nil {
			g.patch.Deallocate()
		}
		g.patch = ebiten.NewImage(side*ss, side*ss)
	}
	kr := image.Rect(rect.Min.X*ss, rect.Min.Y*ss, rect.Max.X*ss, rect.Max.Y*ss)
	patch := g.patch.SubImage(image.Rect(0, 0, kr.Dx(), kr.Dy())).(*ebiten.Image)
	patch.DrawImage(g.kept.SubImage(kr).(*ebiten.Image), &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy})
	vector.DrawFilledCircle(patch, float32(x-float64(kr.Min.X)), float32(y-float64(kr.Min.Y)), float32(r), c, ss == 1)
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
	if ss > 1 {
		op.GeoM.Scale(1/fs, 1/fs)
		op.Filter = ebiten.FilterLinear
	}
	op.GeoM.Translate(float64(rect.Min.X), float64(rect.Min.Y))
	screen.DrawImage(patch, op)
	g.disc = rect
}

// drew records a frame drawn.
func (g *game) drew() {
	g.frames++
	if g.frames == 1 {
		mark("spiral-frame")
	}
	g.drawn = g.shown
	g.lastFrame = time.Now()
	g.settled = g.shown == g.total()
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
	if g.kept == nil || g.keptKey.w != key.w || g.keptKey.h != key.h || g.keptKey.ss != key.ss {
		if g.kept != nil {
			g.kept.Deallocate()
		}
		g.kept = ebiten.NewImage(max(key.w*key.ss, 1), max(key.h*key.ss, 1))
	}
	g.keptKey = key
	g.keptShown = 1
	dst := g.kept
	dst.Fill(pal.Background)
	cv := &ebitenCanvas{g: g, dst: dst, ss: key.ss}
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
	ss  int // the supersampling dst is drawn at: 1 anti-aliases strokes
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
	dop := &ebiten.DrawTrianglesOptions{AntiAlias: c.ss <= 1, ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
	c.dst.DrawTriangles(g.vs, g.is, g.white, dop)
}

func (c *ebitenCanvas) Disc(x, y, r float64, clr color.RGBA) {
	vector.DrawFilledCircle(c.dst, float32(x), float32(y), float32(r), clr, c.ss <= 1)
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
