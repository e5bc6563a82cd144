//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// savePNG draws the state's card on a canvas and downloads it as PNG: the
// card of /og.png (figure.DrawCard: the same layout, palette and spiral),
// with the page's language and the system's fonts. (The raster backend
// that draws og.png has an ASCII bitmap face only; a font with the card's
// Chinese would not fit app.wasm's size budget.)
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
	pts := model.Spiral(make([]model.SpiralPoint, 0, figure.MaxMoves+1), a.state.Inputs, figure.MaxMoves)
	figure.DrawCard(&canvas2D{ctx: ctx}, cardText(view.NewCard(v, a.link())), pts, v.Assessment.World, false)
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

// cardText is the text of the card c for figure.DrawCard.
func cardText(c view.Card) figure.CardText {
	return figure.CardText{
		Title: c.Title, Subtitle: c.Subtitle,
		WorldLabel: c.WorldLabel, World: c.World,
		IntensityLabel: c.IntensityLabel, Intensity: c.Intensity,
		Race: c.Race, Inputs: c.Inputs[:], Postures: c.Postures,
		LegendUS: c.LegendUS, LegendChina: c.LegendCN, Link: c.Link,
	}
}
