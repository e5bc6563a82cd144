//go:build js && wasm

package main

import (
	"image/color"
	"math"
	"strconv"
	"syscall/js"
	"time"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

// canvasSpiral draws the model's spiral on a 2D <canvas> in the page itself.
// The embed uses it instead of the Ebiten iframe: an article that frames the
// embed must not also have to frame spiral.html (whose frame-ancestors is
// 'self', which every ancestor must satisfy), and a reader of an article
// should not download the 2 MB Ebiten binary. It reveals the same geometry at
// the same pace as the spiral page (figure.MovesPerSecond), draws the final
// frame at once under prefers-reduced-motion, and stops requesting frames
// once everything is shown, so a settled embed costs no CPU.
type canvasSpiral struct {
	canvas  js.Value
	in      model.Inputs
	pts     []model.SpiralPoint
	world   model.World
	start   time.Time
	shown   int
	frames  int
	pending bool
	tick    js.Func
	path    figure.Path
	reduced js.Value // MediaQueryList for prefers-reduced-motion
	theme   string   // "light", "dark" or "" (follow the system)
	// The phase plane, drawn instead of the spiral for view=plane, with
	// its words in lang.
	view, lang string
	plane      figure.Plane
}

func newCanvasSpiral(canvas js.Value) *canvasSpiral {
	mm := js.Global().Get("matchMedia")
	c := &canvasSpiral{canvas: canvas, pts: make([]model.SpiralPoint, 0, figure.MaxMoves+1)}
	if mm.Truthy() {
		c.reduced = js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)")
	}
	c.tick = js.FuncOf(func(js.Value, []js.Value) any {
		c.pending = false
		c.frame()
		return nil
	})
	redraw := js.FuncOf(func(js.Value, []js.Value) any { c.request(); return nil })
	js.Global().Call("addEventListener", "resize", redraw)
	if darkQuery.Truthy() {
		darkQuery.Call("addEventListener", "change", redraw)
	}
	return c
}

// setView selects the spiral ("") or the phase plane ("plane") and the
// language of the plane's words, for the next show.
func (c *canvasSpiral) setView(view, lang string) {
	if view != c.view {
		c.view, c.pts = view, c.pts[:0] // show starts again
	}
	c.lang = lang
}

// show starts drawing the spiral of in from its first move; a repeated state
// only redraws.
func (c *canvasSpiral) show(in model.Inputs, theme string) {
	c.theme = theme
	if in == c.in && len(c.pts) > 0 {
		c.request()
		return
	}
	c.in = in
	c.pts = model.Spiral(c.pts, in, figure.MaxMoves)
	if c.view == figure.ViewPlane.String() {
		c.plane = figure.NewPlane(in, figure.MaxMoves, c.plane.Path)
	}
	c.canvas.Get("dataset").Set("view", figure.ViewSpiral.String())
	if c.view == figure.ViewPlane.String() {
		c.canvas.Get("dataset").Set("view", c.view)
	}
	c.world = model.Assess(in).World
	c.start = time.Now()
	c.shown = 0
	c.canvas.Get("dataset").Set("settled", "false")
	c.request()
}

func (c *canvasSpiral) request() {
	if !c.pending {
		c.pending = true
		js.Global().Call("requestAnimationFrame", c.tick)
	}
}

func (c *canvasSpiral) frame() {
	reduced := c.reduced.Truthy() && c.reduced.Get("matches").Bool()
	total := len(c.pts) - 1
	plane := c.view == figure.ViewPlane.String()
	if plane {
		total = len(c.plane.Path) - 1
	}
	c.shown = figure.Visible(time.Since(c.start), total, reduced)

	// Size the backing store to the element's CSS size × devicePixelRatio.
	scale := js.Global().Get("devicePixelRatio").Float()
	if !(scale > 0) {
		scale = 1
	}
	cw, ch := c.canvas.Get("clientWidth").Float(), c.canvas.Get("clientHeight").Float()
	w, h := math.Max(1, math.Round(cw*scale)), math.Max(1, math.Round(ch*scale))
	if c.canvas.Get("width").Float() != w || c.canvas.Get("height").Float() != h {
		c.canvas.Set("width", w)
		c.canvas.Set("height", h)
	}
	th := figure.ThemeOf(c.theme)
	l := th.Bold(figure.NewPlotLayout(w, h, scale))
	pal := th.Palette(c.world, isDark(""))
	if forcedColors() {
		pal.ChinaDash = figure.Dashed
	}
	cv := &canvas2D{ctx: c.canvas.Call("getContext", "2d")}
	cv.Fill(figure.Rect{X0: 0, Y0: 0, X1: w, Y1: h}, pal.Background)
	if plane {
		c.drawPlane(cv, &l, pal)
	} else {
		figure.DrawPlot(cv, &c.path, &l, c.pts[:min(c.shown+1, len(c.pts))], pal)
	}

	c.frames++
	ds := c.canvas.Get("dataset")
	ds.Set("frames", strconv.Itoa(c.frames))
	if c.shown >= total {
		ds.Set("settled", "true")
		return // nothing more to show: no further frame until a change
	}
	c.request()
}

// drawPlane draws the phase plane with the moves shown so far and a dot on
// the last one's end.
func (c *canvasSpiral) drawPlane(cv *canvas2D, l *figure.Layout, pal figure.Palette) {
	sc := figure.Scene{Lang: c.lang, Plane: c.plane}
	tick := sc.PlaneTick()
	pl := figure.NewPlaneLayout(l, c.plane.Extent, cv.Measure(figure.Font{Size: 0.85 * l.FontSize}, tick))
	figure.DrawPlaneGuides(cv, &c.path, l, &pl, &c.plane, pal, sc.PlaneLabels(), tick)
	pts := c.plane.Path[:min(c.shown+1, len(c.plane.Path))]
	figure.StrokePlaneMoves(cv, &c.path, l, &pl, pts, pal)
	last := pts[len(pts)-1]
	x, y := pl.ToScreen(last.X, last.Y)
	clr := pal.US
	if last.Side == model.SideChina && len(pts) > 1 {
		clr = pal.China
	}
	cv.Disc(x, y, 1.6*l.LineWidth, clr)
}

// canvas2D is figure's Canvas on a 2D context. A stroke is one Path2D
// made from an SVG path string: four JS calls however many segments, where
// a call per segment would cost more than the drawing. It remembers the
// styles it set, to skip setting them again.
type canvas2D struct {
	ctx                  js.Value
	fill, stroke, font   string
	width                float64
	d                    []byte
	roundSet, baselineOK bool
}

func (c *canvas2D) setFill(clr color.RGBA) {
	if s := figure.CSS(clr); s != c.fill {
		c.fill = s
		c.ctx.Set("fillStyle", s)
	}
}

func (c *canvas2D) Fill(r figure.Rect, clr color.RGBA) {
	c.setFill(clr)
	c.ctx.Call("fillRect", r.X0, r.Y0, r.X1-r.X0, r.Y1-r.Y0)
}

func (c *canvas2D) Stroke(p *figure.Path, width float64, clr color.RGBA) {
	d := c.d[:0]
	num := func(cmd byte, v ...float64) {
		d = append(d, cmd)
		for _, x := range v {
			d = append(d, ' ')
			d = strconv.AppendFloat(d, x, 'f', 2, 64)
		}
	}
	for _, op := range p.Ops() {
		switch op.Kind {
		case figure.MoveTo:
			num('M', op.X, op.Y)
		case figure.LineTo:
			num('L', op.X, op.Y)
		case figure.Circle:
			num('M', op.X+op.R, op.Y)
			num('A', op.R, op.R, 0, 1, 0, op.X-op.R, op.Y)
			num('A', op.R, op.R, 0, 1, 0, op.X+op.R, op.Y)
			d = append(d, 'Z')
		}
	}
	c.d = d
	if len(d) == 0 {
		return
	}
	if s := figure.CSS(clr); s != c.stroke {
		c.stroke = s
		c.ctx.Set("strokeStyle", s)
	}
	if width != c.width {
		c.width = width
		c.ctx.Set("lineWidth", width)
	}
	if !c.roundSet {
		c.roundSet = true
		c.ctx.Set("lineCap", "round")
		c.ctx.Set("lineJoin", "round")
	}
	c.ctx.Call("stroke", js.Global().Get("Path2D").New(string(d)))
}

func (c *canvas2D) Disc(x, y, r float64, clr color.RGBA) {
	c.setFill(clr)
	c.ctx.Call("beginPath")
	c.ctx.Call("arc", x, y, r, 0, 2*math.Pi)
	c.ctx.Call("fill")
}

// cardFont is the card's type: the system's sans-serif, with a CJK face
// named for the systems whose default has none.
const cardFont = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif`

func (c *canvas2D) setFont(f figure.Font) {
	weight := "400 "
	if f.Bold {
		weight = "700 "
	}
	if s := weight + strconv.FormatFloat(f.Size, 'f', -1, 64) + "px " + cardFont; s != c.font {
		c.font = s
		c.ctx.Set("font", s)
	}
	if !c.baselineOK {
		c.baselineOK = true
		c.ctx.Set("textBaseline", "alphabetic")
	}
}

func (c *canvas2D) Text(x, y float64, f figure.Font, clr color.RGBA, s string) {
	c.setFont(f)
	c.setFill(clr)
	c.ctx.Call("fillText", s, x, y)
}

func (c *canvas2D) Measure(f figure.Font, s string) float64 {
	c.setFont(f)
	return c.ctx.Call("measureText", s).Get("width").Float()
}
