//go:build js && wasm

package main

import (
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
	reduced js.Value // MediaQueryList for prefers-reduced-motion
	dark    js.Value // MediaQueryList for prefers-color-scheme: dark
	theme   string   // "light", "dark" or "" (follow the system)
}

func newCanvasSpiral(canvas js.Value) *canvasSpiral {
	mm := js.Global().Get("matchMedia")
	c := &canvasSpiral{canvas: canvas, pts: make([]model.SpiralPoint, 0, figure.MaxMoves+1)}
	if mm.Truthy() {
		c.reduced = js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)")
		c.dark = js.Global().Call("matchMedia", "(prefers-color-scheme: dark)")
	}
	c.tick = js.FuncOf(func(js.Value, []js.Value) any {
		c.pending = false
		c.frame()
		return nil
	})
	redraw := js.FuncOf(func(js.Value, []js.Value) any { c.request(); return nil })
	js.Global().Call("addEventListener", "resize", redraw)
	if c.dark.Truthy() {
		c.dark.Call("addEventListener", "change", redraw)
	}
	return c
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

func (c *canvasSpiral) isDark() bool {
	switch c.theme {
	case "dark":
		return true
	case "light":
		return false
	}
	return c.dark.Truthy() && c.dark.Get("matches").Bool()
}

func (c *canvasSpiral) frame() {
	reduced := c.reduced.Truthy() && c.reduced.Get("matches").Bool()
	total := len(c.pts) - 1
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
	ctx := c.canvas.Call("getContext", "2d")
	pal := figure.PaletteFor(c.world, c.isDark())
	ctx.Set("fillStyle", figure.CSS(pal.Background))
	ctx.Call("fillRect", 0, 0, w, h)

	cx, cy := w/2, h/2
	r := math.Min(w, h)/2 - 8*scale
	ctx.Set("strokeStyle", figure.CSS(pal.Guide))
	ctx.Set("lineWidth", scale)
	ctx.Call("beginPath")
	ctx.Call("arc", cx, cy, r, 0, 2*math.Pi)
	ctx.Call("stroke")

	ctx.Set("lineWidth", 2.5*scale)
	ctx.Set("lineCap", "round")
	ctx.Set("lineJoin", "round")
	us, cn := figure.CSS(pal.US), figure.CSS(pal.China)
	for i := 1; i <= c.shown && i < len(c.pts); i++ {
		col := us
		if c.pts[i].Side == model.SideChina {
			col = cn
		}
		ctx.Set("strokeStyle", col)
		ctx.Call("beginPath")
		ctx.Call("moveTo", cx+c.pts[i-1].X*r, cy-c.pts[i-1].Y*r)
		ctx.Call("lineTo", cx+c.pts[i].X*r, cy-c.pts[i].Y*r)
		ctx.Call("stroke")
	}
	// The equilibrium at the centre.
	ctx.Set("fillStyle", figure.CSS(pal.Muted))
	ctx.Call("beginPath")
	ctx.Call("arc", cx, cy, 3*scale, 0, 2*math.Pi)
	ctx.Call("fill")

	c.frames++
	ds := c.canvas.Get("dataset")
	ds.Set("frames", strconv.Itoa(c.frames))
	if c.shown >= total {
		ds.Set("settled", "true")
		return // nothing more to show: no further frame until a change
	}
	c.request()
}
