//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// phaseMap is the calculator's phase map (#phase-map): the intensity over
// two inputs picked in the page, the others at the state's values, drawn
// with figure.DrawPhaseMap; the state's marker and the cursor on a canvas
// over it. The grid is computed again only when what it depends on changes
// (view.PhaseKey: the axes, the other inputs, the postures, the version),
// in a task of its own after the change; moving the state along the axes
// moves the marker only.
type phaseMap struct {
	section        *written[bool]
	canvas, over   js.Value // the map and the marker's canvas over it
	xSel, ySel     *dom.HTMLSelectElement
	cell           *written[string] // the cursor's cell, read aloud (aria-live)
	regions, place *written[string] // the text alternative's two halves
	csv, meta      *dom.HTMLButtonElement
	computeMs      *written[string] // data-compute-ms, data-draw-ms and data-draws on the canvas
	drawMs, draws  *written[string]
	plotAttr       *written[string] // data-plot: the plot's rectangle in CSS pixels, "x0 y0 x1 y1"
	base, top      canvas2D

	state    *view.State
	x, y     model.Param
	g        export.Grid
	gridFor  string // the PhaseKey g is for; "" before the first
	drawnFor string // gridFor, language, theme and width last drawn
	plot     figure.Rect
	scale    float64
	nDraws   int

	cursor bool // the cursor is shown (focus or hover)
	ci, cj int  // the cursor's cell
	focus  bool

	pending bool // a computation is scheduled
	// near reports the map near the viewport: until it first is, nothing
	// is computed, so that the page's start does not pay for a map below
	// the fold.
	near  bool
	next  js.Func
	port  js.Value
	theme string
}

// bindPhaseMap finds the section (page: required on the calculator,
// optional in the embed).
func bindPhaseMap(page lookup, state *view.State) *phaseMap {
	m := &phaseMap{state: state, ci: -1}
	m.x, m.y = view.PhaseAxes(view.DefaultPhaseAxes[0], view.DefaultPhaseAxes[1])
	m.section = newShown(page.byID("phase-map"))
	m.canvas, m.over = page.byID("phase-canvas"), page.byID("phase-marker")
	m.xSel, m.ySel = page.selectEl("phase-x"), page.selectEl("phase-y")
	m.cell = newText(page.byID("phase-cell"))
	m.regions, m.place = newText(page.byID("phase-regions")), newText(page.byID("phase-state"))
	m.csv, m.meta = page.button("download-grid"), page.button("download-grid-meta")
	m.computeMs, m.drawMs, m.draws = newAttr(m.canvas, "data-compute-ms"), newAttr(m.canvas, "data-draw-ms"), newAttr(m.canvas, "data-draws")
	m.plotAttr = newAttr(m.canvas, "data-plot")
	m.next = js.FuncOf(func(js.Value, []js.Value) any {
		m.pending = false
		m.refresh(*m.state)
		return nil
	})
	if mc := js.Global().Get("MessageChannel"); mc.Truthy() {
		ch := mc.New()
		ch.Get("port1").Set("onmessage", m.next)
		m.port = ch.Get("port2")
	}
	return m
}

// present reports whether the page has the map (the calculator does, once
// its panels are bound).
func (m *phaseMap) present() bool { return m != nil && m.canvas.Truthy() && m.over.Truthy() }

// bind adds the listeners: the axes, the pointer, the keys, the downloads.
func (m *phaseMap) bind(a *app) {
	if !m.present() {
		return
	}
	m.section.set(true)
	axis := func(changed, other *dom.HTMLSelectElement, isX bool) {
		if changed == nil {
			return
		}
		on(changed.Underlying(), "change", func(js.Value) {
			p, ok := model.ParamByKey(changed.Value())
			if !ok {
				return
			}
			if isX {
				if p == m.y { // the same input on both axes: swap them
					m.y = m.x
				}
				m.x = p
			} else {
				if p == m.x {
					m.x = m.y
				}
				m.y = p
			}
			if other != nil {
				if isX {
					other.SetValue(m.y.Key)
				} else {
					other.SetValue(m.x.Key)
				}
			}
			m.update(*m.state)
		})
	}
	axis(m.xSel, m.ySel, true)
	axis(m.ySel, m.xSel, false)

	on(m.canvas, "pointermove", func(ev js.Value) {
		if i, j, ok := m.cellAt(ev); ok {
			m.moveCursor(i, j)
		}
	})
	on(m.canvas, "pointerleave", func(js.Value) {
		if !m.focus {
			m.cursor = false
			m.drawMarker(*m.state)
		}
	})
	on(m.canvas, "click", func(ev js.Value) {
		if i, j, ok := m.cellAt(ev); ok {
			m.moveCursor(i, j)
			m.apply(a)
		}
	})
	on(m.canvas, "focus", func(js.Value) {
		m.focus = true
		if m.ci < 0 {
			m.ci, m.cj = view.PhaseCellOf(m.state.Inputs, m.x, m.y, export.GridN)
		}
		m.moveCursor(m.ci, m.cj)
	})
	on(m.canvas, "blur", func(js.Value) {
		m.focus, m.cursor = false, false
		m.drawMarker(*m.state)
	})
	on(m.canvas, "keydown", func(ev js.Value) {
		i, j := m.ci, m.cj
		last := export.GridN - 1
		switch ev.Get("key").String() {
		case "ArrowLeft":
			i--
		case "ArrowRight":
			i++
		case "ArrowUp":
			j++
		case "ArrowDown":
			j--
		case "PageUp":
			j += 10
		case "PageDown":
			j -= 10
		case "Home":
			i = 0
		case "End":
			i = last
		case "Enter", " ":
			ev.Call("preventDefault")
			m.apply(a)
			return
		default:
			return
		}
		ev.Call("preventDefault")
		m.moveCursor(min(max(i, 0), last), min(max(j, 0), last))
	})
	onClick(m.csv, func() {
		m.ensure(a.state)
		a.exports.saveBytes(a, export.GridCSV(&m.g), nil, "text/csv", m.fileName(a.state, "csv"))
	})
	onClick(m.meta, func() {
		m.ensure(a.state)
		a.exports.saveBytes(a, export.GridMeta(&m.g), nil, "application/json", m.fileName(a.state, "json"))
	})
	redraw := func(js.Value) { m.drawnFor = ""; m.refresh(*m.state) }
	if darkQuery.Truthy() {
		on(darkQuery, "change", redraw)
	}
	on(js.Global(), "resize", redraw)
	if io := js.Global().Get("IntersectionObserver"); io.Truthy() {
		opts := js.Global().Get("Object").New()
		opts.Set("rootMargin", "300px")
		obs := io.New(js.FuncOf(func(_ js.Value, args []js.Value) any {
			entries := args[0]
			for k := range entries.Length() {
				if entries.Index(k).Get("isIntersecting").Bool() && !m.near {
					m.near = true
					m.update(*m.state)
				}
			}
			return nil
		}), opts)
		obs.Call("observe", m.canvas)
	} else {
		m.near = true
	}
	m.update(a.state)
}

// enable turns the axes and the downloads on.
func (m *phaseMap) enable() {
	if !m.present() {
		return
	}
	for _, s := range [...]*dom.HTMLSelectElement{m.xSel, m.ySel} {
		if s != nil {
			s.SetDisabled(false)
		}
	}
	enable(m.csv, m.meta)
}

// fileName names a download of the grid, e.g.
// "cyber-dilemma_…_v2.phase-tech-dialogue.csv".
func (m *phaseMap) fileName(s view.State, ext string) string {
	return view.FileName(s, "phase-"+m.x.Key+"-"+m.y.Key+"."+ext)
}

// update follows the state: the marker and the state's sentence at once,
// the grid in a task of its own when it needs computing again.
func (m *phaseMap) update(s view.State) {
	if !m.present() || !m.section.cur || !m.near {
		return
	}
	m.theme = s.Theme
	if view.PhaseKey(s.Inputs, m.x, m.y) != m.gridFor {
		if !m.pending {
			m.pending = true
			if m.port.Truthy() {
				m.port.Call("postMessage", 0)
			} else {
				js.Global().Call("setTimeout", m.next, 0)
			}
		}
		return
	}
	m.refresh(s)
}

// ensure computes the grid now if it is not the state's.
func (m *phaseMap) ensure(s view.State) {
	if view.PhaseKey(s.Inputs, m.x, m.y) != m.gridFor {
		m.refresh(s)
	}
}

// refresh computes the grid if needed, draws the map if anything it shows
// changed, then the marker and the texts.
func (m *phaseMap) refresh(s view.State) {
	if !m.present() {
		return
	}
	m.theme = s.Theme
	t0 := now()
	if k := view.PhaseKey(s.Inputs, m.x, m.y); k != m.gridFor {
		m.g.Compute(s.Inputs.Clamp(), m.x, m.y, export.GridN)
		m.gridFor = k
		m.computeMs.set(strconv.FormatFloat(now()-t0, 'f', 2, 64))
	}
	dark := isDark(m.theme)
	cssW := m.canvas.Get("clientWidth").Float()
	if cssW <= 0 {
		cssW = 320
	}
	drawKey := m.gridFor + "/" + s.Lang + "/" + strconv.FormatBool(dark) + "/" + strconv.FormatFloat(cssW, 'f', 0, 64) + "×" + m.canvas.Get("clientHeight").String()
	if drawKey != m.drawnFor {
		t1 := now()
		m.drawnFor = drawKey
		m.drawMap(s, cssW, dark)
		m.regions.set(view.PhaseRegions(s.Lang, m.x, m.y, m.g.Counts()))
		m.nDraws++
		m.drawMs.set(strconv.FormatFloat(now()-t1, 'f', 2, 64))
		m.draws.set(strconv.Itoa(m.nDraws))
	}
	m.drawMarker(s)
	m.place.set(view.PhaseState(s.Lang, s.Inputs, m.x, m.y))
	if m.ci >= 0 {
		m.cell.set(m.g.Cell(s.Lang, m.ci, m.cj)) // in the language of the page
	}
}

// drawMap sizes both canvases and draws the map.
func (m *phaseMap) drawMap(s view.State, cssW float64, dark bool) {
	scale := js.Global().Get("devicePixelRatio").Float()
	if scale <= 0 {
		scale = 1
	}
	m.scale = scale
	w := math.Round(cssW * scale)
	cssH := m.canvas.Get("clientHeight").Float()
	if cssH <= 0 {
		cssH = cssW * 1.2
	}
	h := math.Round(cssH * scale)
	text := view.PhaseMapText(s.Lang, m.x, m.y)
	for _, c := range [...]js.Value{m.canvas, m.over} {
		if c.Get("width").Float() != w || c.Get("height").Float() != h {
			c.Set("width", w)
			c.Set("height", h)
		}
	}
	m.base = canvas2D{ctx: m.canvas.Call("getContext", "2d")}
	if !m.base.ctx.Truthy() {
		return
	}
	m.plot = figure.DrawPhaseMap(&m.base, w, h, scale, &m.g, dark, text)
	var b []byte
	for k, v := range [...]float64{m.plot.X0, m.plot.Y0, m.plot.X1, m.plot.Y1} {
		if k > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendFloat(b, v/scale, 'f', 2, 64)
	}
	m.plotAttr.set(string(b))
	m.top = canvas2D{ctx: m.over.Call("getContext", "2d")}
}

// drawMarker draws the state and the cursor on the canvas over the map.
func (m *phaseMap) drawMarker(s view.State) {
	if !m.top.ctx.Truthy() {
		return
	}
	in := s.Inputs.Clamp()
	m.top.ctx.Call("clearRect", 0, 0, m.over.Get("width"), m.over.Get("height"))
	last := float64(export.GridN - 1)
	figure.DrawPhaseMarker(&m.top, m.plot, m.scale, export.GridN, m.x.Value(in), m.y.Value(in),
		m.cursor, float64(m.ci)/last, float64(m.cj)/last, isDark(m.theme))
}

// cellAt returns the grid point under a pointer event, if it is on the
// plot (or within half a cell of it).
func (m *phaseMap) cellAt(ev js.Value) (int, int, bool) {
	if m.gridFor == "" || m.plot.X1 <= m.plot.X0 {
		return 0, 0, false
	}
	r := m.canvas.Call("getBoundingClientRect")
	cw := m.canvas.Get("width").Float() / math.Max(r.Get("width").Float(), 1) // device px per CSS px as drawn
	px := (ev.Get("clientX").Float() - r.Get("left").Float()) * cw
	py := (ev.Get("clientY").Float() - r.Get("top").Float()) * cw
	last := float64(export.GridN - 1)
	u := (px - m.plot.X0) / (m.plot.X1 - m.plot.X0) * last
	v := (m.plot.Y1 - py) / (m.plot.Y1 - m.plot.Y0) * last
	if u < -0.5 || v < -0.5 || u > last+0.5 || v > last+0.5 {
		return 0, 0, false
	}
	return int(min(max(math.Round(u), 0), last)), int(min(max(math.Round(v), 0), last)), true
}

// moveCursor shows the cursor on cell (i, j) and reads it.
func (m *phaseMap) moveCursor(i, j int) {
	m.ci, m.cj, m.cursor = i, j, true
	if m.gridFor != "" {
		m.cell.set(m.g.Cell(m.state.Lang, i, j))
	}
	m.drawMarker(*m.state)
}

// apply moves the state to the cursor's cell.
func (m *phaseMap) apply(a *app) {
	if m.ci < 0 {
		return
	}
	in := a.state.Inputs.Clamp()
	in = m.x.Set(in, export.GridValue(m.ci, export.GridN))
	in = m.y.Set(in, export.GridValue(m.cj, export.GridN))
	a.state.Inputs = in
	a.changed()
}
