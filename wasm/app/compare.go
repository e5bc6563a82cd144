//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// comparer is state B beside A (compare=1): the switch and B's controls on
// the calculator, and on every page B's results, B's dot on the Jervis
// grid, B's spiral (a 2D canvas, as the embed draws A's) and the
// explanation of the difference. Its parts are bound leniently: the embed
// has B's results only (and the switch nowhere: its snippet says
// compare=1).
type comparer struct {
	toggle  *dom.HTMLInputElement
	box     *written[bool] // #compare-b, B's controls
	sliders [len(model.Params)]*dom.HTMLInputElement
	radios  [4]*dom.HTMLInputElement // b-us-offense, b-us-defense, b-china-offense, b-china-defense
	swap    *dom.HTMLButtonElement
	copy    *dom.HTMLButtonElement

	values           [len(model.Params)]*written[string]
	labels           [len(model.Params)]*written[string]
	usLabel, cnLabel *written[string]

	results                        *written[bool] // #compare-results
	intensityA, worldA, stabilityA *written[string]
	intensityB, intensityBValue    *written[string]
	bandB                          *written[string]
	worldB, worldBValue            *written[string]
	stabilityB, stabilityBValue    *written[string]
	delta, deltaValue              *written[string]
	spiralText                     *written[string]
	canvasLabel                    *written[string]
	figure                         *written[bool] // #spiral-b-figure, B\'s spiral after A\'s
	drawing                        *canvasSpiral
	markerX, markerY, markerShown  *written[string]
	legend                         *written[bool]
	why                            *written[bool]
	whyText                        *written[string]
	root                           *written[string] // <html data-compare>

	// enabled is whether B's controls are on (they are disabled while
	// compare is off, so that the form the server renders without
	// WebAssembly does not send them).
	enabled bool
	// live is B's sentence for the live region ("" when compare is off).
	live string
}

func bindComparer(page lookup) *comparer {
	el := func(id string) js.Value { return page.doc.Call("getElementById", id) }
	c := &comparer{}
	if page.strict {
		c.toggle = page.input("compare")
		for i, p := range model.Params {
			c.sliders[i] = page.input("b-" + p.Key)
		}
		for i, id := range [...]string{"b-us-offense", "b-us-defense", "b-china-offense", "b-china-defense"} {
			c.radios[i] = page.input(id)
		}
		c.swap, c.copy = page.button("swap-ab"), page.button("copy-ab")
	}
	c.box = newShown(el("compare-b"))
	for i, p := range model.Params {
		c.values[i] = newText(el("b-" + p.Key + "-value"))
		c.labels[i] = newText(el("b-" + p.Key + "-label"))
	}
	c.usLabel, c.cnLabel = newText(el("b-us-legend")), newText(el("b-china-legend"))
	c.results = newShown(el("compare-results"))
	c.intensityA, c.worldA, c.stabilityA = newText(el("intensity-a")), newText(el("world-a")), newText(el("stability-a"))
	ib := el("intensity-b")
	c.intensityB, c.intensityBValue, c.bandB = newText(ib), newAttr(ib, "data-value"), newAttr(ib, "data-band")
	c.worldB, c.worldBValue = newText(el("world-b")), newAttr(el("world-b"), "data-value")
	c.stabilityB, c.stabilityBValue = newText(el("stability-b")), newAttr(el("stability-b"), "data-value")
	c.delta, c.deltaValue = newText(el("delta-intensity")), newAttr(el("delta-intensity"), "data-value")
	c.spiralText = newText(el("spiral-b-desc"))
	c.canvasLabel = newText(el("spiral-b-label"))
	c.figure = newShown(el("spiral-b-figure"))
	if cv := el("spiral-b"); cv.Truthy() {
		c.drawing = newCanvasSpiral(cv)
	}
	m := el("marker-b")
	c.markerX, c.markerY, c.markerShown = newAttr(m, "cx"), newAttr(m, "cy"), newAttr(m, "display")
	c.legend = newShown(el("grid-b-legend"))
	c.why, c.whyText = newShown(el("why-compare")), newText(el("why-compare-text"))
	c.root = newAttr(page.doc.Get("documentElement"), "data-compare")
	if c.toggle != nil {
		c.enabled = !c.sliders[0].Disabled()
	}
	return c
}

// bind adds the listeners of the switch, B's controls and the two buttons.
func (c *comparer) bind(a *app) {
	if c.toggle == nil {
		return
	}
	on(c.toggle.Underlying(), "change", func(js.Value) {
		a.state.Compare = c.toggle.Checked()
		if a.state.Compare {
			a.state.CopyAToB() // B starts as a copy of A
		}
		a.update()
	})
	for i, el := range c.sliders {
		p, el := model.Params[i], el
		on(el.Underlying(), "input", func(js.Value) {
			v, err := strconv.ParseFloat(el.Value(), 64)
			if err != nil {
				return
			}
			a.state.B = p.Set(a.state.B, v).Round2()
			// B's headline at once, as A's slider writes A's (app.dragged);
			// the rest of B, with the page, in the next frame.
			h := view.NewCompareHeadline(a.state)
			c.values[i].set(h.B.Values[i])
			c.intensityB.set(h.B.IntensityText)
			c.intensityBValue.set(h.B.IntensityValue)
			c.bandB.set(h.B.Band)
			c.delta.set(h.DeltaText)
			c.deltaValue.set(h.DeltaValue)
			if !a.framePending {
				a.framePending = true
				js.Global().Call("requestAnimationFrame", a.frame)
			}
		})
	}
	for i, el := range c.radios {
		on(el.Underlying(), "change", func(js.Value) {
			a.state.B = setPosture(a.state.B, i)
			a.update()
		})
	}
	onClick(c.swap, func() { a.state.SwapAB(); a.update() })
	onClick(c.copy, func() { a.state.CopyAToB(); a.update() })
}

// update writes state B's part of the page for s, whose A view is v.
func (c *comparer) update(s view.State, v view.View) {
	if c == nil {
		return
	}
	on := s.Compare
	c.box.set(on)
	c.results.set(on)
	c.figure.set(on)
	c.legend.set(on)
	c.why.set(on)
	if on {
		c.root.set("1")
		c.markerShown.set("inline")
	} else {
		c.root.set("0")
		c.markerShown.set("none")
		c.live = ""
	}
	if c.toggle != nil {
		if c.toggle.Checked() != on {
			c.toggle.SetChecked(on)
		}
		if c.enabled != on {
			c.enabled = on
			for _, el := range c.sliders {
				el.SetDisabled(!on)
			}
			for _, el := range c.radios {
				el.SetDisabled(!on)
			}
			c.swap.SetDisabled(!on)
			c.copy.SetDisabled(!on)
		}
	}
	if !on {
		return
	}
	cv := view.NewCompare(s, v)
	b := cv.B
	for i, sl := range b.Sliders {
		c.values[i].set(sl.Value)
		c.labels[i].set(cv.Labels[i])
		if el := c.sliders[i]; el != nil {
			want := model.Params[i].Value(b.Assessment.Inputs)
			if got, err := strconv.ParseFloat(el.Value(), 64); err != nil || math.Abs(got-want) > 1e-9 {
				el.SetValue(sl.Value)
			}
		}
	}
	c.usLabel.set(cv.USLabel)
	c.cnLabel.set(cv.ChinaLabel)
	for i, want := range [...]bool{b.USOffense, !b.USOffense, b.ChinaOffense, !b.ChinaOffense} {
		if r := c.radios[i]; r != nil && r.Checked() != want {
			r.SetChecked(want)
		}
	}
	c.intensityA.set(v.IntensityText)
	c.worldA.set(v.WorldName)
	c.stabilityA.set(v.StabilityText)
	c.intensityB.set(b.IntensityText)
	c.intensityBValue.set(b.IntensityValue)
	c.bandB.set(b.Band)
	c.worldB.set(b.WorldName)
	c.worldBValue.set(b.World)
	c.stabilityB.set(b.StabilityText)
	c.stabilityBValue.set(b.StabilityValue())
	c.delta.set(cv.DeltaText)
	c.deltaValue.set(cv.DeltaValue)
	c.spiralText.set(b.SpiralText)
	c.markerX.set(b.MarkerX + "%")
	c.markerY.set(b.MarkerY + "%")
	c.whyText.set(cv.Why.Paragraph())
	c.live = cv.Live
	c.canvasLabel.set(cv.CanvasLabel)
	if c.drawing != nil {
		c.drawing.setView(s.View, s.Lang) // as A's canvas: the spiral or the phase plane
		c.drawing.show(b.Assessment.Inputs, s.Theme)
	}
}
