//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// The image's size and colours: the social preview's (/og.png), so that a
// downloaded figure and a shared link look alike.
const (
	cardW, cardH = 1200, 630
	cardInk      = "#1b1f24"
	cardMuted    = "#4a525c"
	cardPaper    = "#fbfaf7"
	cardUS       = "#1d5fb8"
	cardChina    = "#c22b2b"
	cardGrid     = "#d8d4cc"
	cardFont     = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif`
)

var cardWorldBg = map[string]string{
	model.DoublyDangerous.String():    "#fbe4e1",
	model.Compatible.String():         "#fdf1d8",
	model.AggressionPossible.String(): "#fcecdc",
	model.DoublySafe.String():         "#e2f3e6",
}

// savePNG draws the state's card on a canvas, the spiral from the model's
// geometry (model.Spiral) beside the state and the result, and downloads
// it as PNG.
func (e *exporter) savePNG(a *app) {
	a.fragment.stop()
	a.writeFragment()
	canvas := a.doc.Call("createElement", "canvas")
	canvas.Set("width", cardW)
	canvas.Set("height", cardH)
	ctx := canvas.Call("getContext", "2d")
	if !ctx.Truthy() {
		e.tell(i18n.T(a.state.Lang, "export.failed"))
		return
	}
	drawCard(ctx, a.state.Inputs, view.NewCard(view.New(a.state), a.link()))
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

// drawCard draws c and the spiral of in on a 2D context of cardW×cardH.
func drawCard(ctx js.Value, in model.Inputs, c view.Card) {
	fill := func(color string, x, y, w, h float64) {
		ctx.Set("fillStyle", color)
		ctx.Call("fillRect", x, y, w, h)
	}
	fill(cardPaper, 0, 0, cardW, cardH)

	// The spiral panel on the right, above the link.
	const px, py, pw, ph = cardW - 600, 30.0, 570.0, 540.0
	bg, ok := cardWorldBg[c.WorldID]
	if !ok {
		bg = "#eeeeee"
	}
	fill(bg, px, py, pw, ph)
	cx, cy := px+pw/2, py+ph/2
	rad := ph/2 - 16
	ctx.Set("strokeStyle", cardGrid)
	for _, r := range [...]float64{rad, rad / 2} {
		ctx.Set("lineWidth", 1.5)
		ctx.Call("beginPath")
		ctx.Call("arc", cx, cy, r, 0, 2*math.Pi)
		ctx.Call("stroke")
	}
	pts := model.Spiral(nil, in, 400)
	ctx.Set("lineWidth", 4)
	ctx.Set("lineCap", "round")
	ctx.Set("lineJoin", "round")
	for i := 1; i < len(pts); i++ {
		color := cardUS
		if pts[i].Side == model.SideChina {
			color = cardChina
		}
		ctx.Set("strokeStyle", color)
		ctx.Call("beginPath")
		ctx.Call("moveTo", cx+pts[i-1].X*rad, cy-pts[i-1].Y*rad)
		ctx.Call("lineTo", cx+pts[i].X*rad, cy-pts[i].Y*rad)
		ctx.Call("stroke")
	}
	ctx.Set("fillStyle", cardInk)
	ctx.Call("beginPath")
	ctx.Call("arc", cx, cy, 6, 0, 2*math.Pi)
	ctx.Call("fill")

	// The text on the left, wrapped to its column.
	const x, colW = 60.0, 500.0
	ctx.Set("textBaseline", "alphabetic")
	y := 0.0
	write := func(s string, size float64, weight, color string, gap float64) {
		ctx.Set("font", weight+" "+ftoa(size)+"px "+cardFont)
		ctx.Set("fillStyle", color)
		for _, line := range wrap(ctx, s, colW) {
			y += size * 1.25
			ctx.Call("fillText", line, x, y)
		}
		y += gap
	}
	y = 40
	write(c.Title, 34, "700", cardInk, 6)
	write(c.Subtitle, 18, "400", cardMuted, 26)
	write(c.WorldLabel, 18, "400", cardMuted, 0)
	write(c.World, 32, "700", cardInk, 18)
	write(c.IntensityLabel, 18, "400", cardMuted, 0)
	write(c.Intensity, 40, "700", cardInk, 4)
	write(c.Race, 20, "400", cardInk, 22)
	for _, s := range c.Inputs {
		write(s, 18, "400", cardMuted, 0)
	}
	write(c.Postures, 18, "400", cardMuted, 0)

	// Legend under the text, link under everything.
	ly := 560.0
	legend := func(lx float64, color, label string) {
		ctx.Set("strokeStyle", color)
		ctx.Set("lineWidth", 5)
		ctx.Call("beginPath")
		ctx.Call("moveTo", lx, ly)
		ctx.Call("lineTo", lx+40, ly)
		ctx.Call("stroke")
		ctx.Set("font", "400 18px "+cardFont)
		ctx.Set("fillStyle", cardInk)
		ctx.Call("fillText", label, lx+52, ly+6)
	}
	legend(x, cardUS, c.LegendUS)
	legend(x+220, cardChina, c.LegendCN)
	ctx.Set("font", "400 15px "+cardFont)
	ctx.Set("fillStyle", cardMuted)
	link := c.Link
	for len(link) > 0 && ctx.Call("measureText", link).Get("width").Float() > cardW-2*x {
		link = link[:len(link)-1]
	}
	ctx.Call("fillText", link, x, cardH-24)
}

// wrap breaks s into lines no wider than width at spaces (a word longer
// than the line stays whole).
func wrap(ctx js.Value, s string, width float64) []string {
	fits := func(t string) bool { return ctx.Call("measureText", t).Get("width").Float() <= width }
	if fits(s) {
		return []string{s}
	}
	var lines []string
	line := ""
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' {
			continue
		}
		word := s[start:i]
		start = i + 1
		switch {
		case line == "":
			line = word
		case fits(line + " " + word):
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	return append(lines, line)
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
