//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// savePNG draws the state's card and downloads it as PNG. In English it is
// /og.png's picture pixel for pixel: the same raster drawing
// (figure.DrawCardRaster, with the bitmap face) quantised to the same
// palette, put on a canvas for the browser to encode. In Chinese it is the
// same card (figure.DrawCard: layout, palette and spiral) drawn on the
// canvas with the system's fonts, since the bitmap face has no Chinese and
// a font with the card's Chinese would not fit app.wasm's size budget.
func (e *exporter) savePNG(a *app) {
	a.fragment.stop()
	a.writeFragment()
	canvas := a.doc.Call("createElement", "canvas")
	canvas.Set("width", figure.CardW)
	canvas.Set("height", figure.CardH)
	ctx := canvas.Call("getContext", "2d")
	if !ctx.Truthy() {
		e.tell(i18n.T(a.state.Lang, "export.failed"))
		return
	}
	v := view.New(a.state)
	pts := make([]model.SpiralPoint, 0, figure.MaxMoves+1)
	if a.state.Compare {
		e.drawCompareCard(a, ctx, v)
	} else if explain.LangOf(a.state.Lang) == explain.En {
		// og.png's link: the page at its origin with the canonical state.
		link := a.origin() + "/#" + a.state.Inputs.Round2().Encode()
		r := figure.NewRaster(figure.CardW, figure.CardH)
		figure.DrawCardRaster(r, view.NewCard(view.New(view.State{Inputs: a.state.Inputs.Round2()}), link).Figure(), a.state.Inputs.Round2(), pts)
		figure.CardPalette().Quantize(r.Img)
		data := js.Global().Get("Uint8ClampedArray").New(len(r.Img.Pix))
		js.CopyBytesToJS(data, r.Img.Pix)
		ctx.Call("putImageData", js.Global().Get("ImageData").New(data, figure.CardW, figure.CardH), 0, 0)
	} else {
		pts = model.Spiral(pts, a.state.Inputs, figure.MaxMoves)
		figure.DrawCard(&canvas2D{ctx: ctx}, view.NewCard(v, a.link()).Figure(), pts, v.Assessment.World, false)
	}
	name := view.FileName(a.state, "png")
	var done js.Func
	done = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done.Release()
		if len(args) == 0 || !args[0].Truthy() {
			e.tell(i18n.T(a.state.Lang, "export.failed"))
			return nil
		}
		e.saveBlob(a, args[0], name)
		return nil
	})
	canvas.Call("toBlob", done, "image/png")
}

// drawCompareCard draws the card of A and B (compare=1) on ctx: in English
// /og.png?…&compare=1&b.…'s picture pixel for pixel (the raster drawing,
// quantised), in Chinese the same card drawn by the browser.
func (e *exporter) drawCompareCard(a *app, ctx js.Value, v view.View) {
	pts := [2][]model.SpiralPoint{make([]model.SpiralPoint, 0, figure.MaxMoves+1), make([]model.SpiralPoint, 0, figure.MaxMoves+1)}
	ai, bi := a.state.Inputs, a.state.BState().Inputs
	if explain.LangOf(a.state.Lang) == explain.En {
		ai, bi = ai.Round2(), bi.Round2()
		s := view.State{Inputs: ai, Compare: true, B: bi}
		link := a.origin() + "/#" + view.CompareQuery(ai, bi)
		r := figure.NewRaster(figure.CardW, figure.CardH)
		figure.DrawCompareCardRaster(r, view.NewCompareCard(view.NewCompare(s, view.New(s)), link), ai, bi, pts)
		figure.CardPalette().Quantize(r.Img)
		data := js.Global().Get("Uint8ClampedArray").New(len(r.Img.Pix))
		js.CopyBytesToJS(data, r.Img.Pix)
		ctx.Call("putImageData", js.Global().Get("ImageData").New(data, figure.CardW, figure.CardH), 0, 0)
		return
	}
	pts[0] = model.Spiral(pts[0], ai, figure.MaxMoves)
	pts[1] = model.Spiral(pts[1], bi, figure.MaxMoves)
	c := view.NewCompare(a.state, v)
	figure.DrawCompareCard(&canvas2D{ctx: ctx}, view.NewCompareCard(c, a.link()), pts,
		[2]model.World{v.Assessment.World, c.B.Assessment.World}, false)
}
