package figure

import (
	"image/color"
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// The card is the 1200×630 picture of a state (the 1.91:1 of OpenGraph
// and Twitter cards): og.png and the PNG download.
const (
	CardW, CardH = 1200, 630
)

// CardText is the text of a card, in one language (web/view.Card).
type CardText struct {
	Title, Subtitle   string
	WorldLabel, World string
	IntensityLabel    string
	Intensity         string
	Race              string
	Inputs            []string
	Postures          string
	LegendUS          string
	LegendChina       string
	// Link is the page's URL for the state, on the last line; none if "".
	Link string
}

// Card's geometry, in pixels.
var (
	// CardPanel is the spiral's panel on the right, tinted by the world.
	CardPanel = Rect{CardW - 600, 30, CardW - 30, 570}
	// cardTextX and cardTextW are the text column's left edge and width.
	cardTextX, cardTextW = 60.0, 500.0
	// cardLegendY is the legend's middle line; cardLinkY the link's baseline.
	cardLegendY, cardLinkY = 560.0, CardH - 24.0
)

// Card's strokes: the spiral's, the legend's, the rings'.
const (
	cardSpiralWidth = 4
	cardLegendWidth = 5
	cardRingWidth   = 1.5
	cardCentreR     = 6
)

// PlacedText is one line of text at its baseline's left end.
type PlacedText struct {
	X, Y  float64
	Font  Font
	Muted bool
	Text  string
}

// cardLine is a block of the text column: its font, colour and the space
// after it.
type cardLine struct {
	text  string
	size  float64
	bold  bool
	muted bool
	gap   float64
}

// LayoutCard places t's column of text (title to postures) with lines
// wrapped to the column by measure, shrinking every size by steps of 10 %
// until the column ends above the legend.
func LayoutCard(t CardText, measure func(Font, string) float64) []PlacedText {
	blocks := []cardLine{
		{t.Title, 34, true, false, 6},
		{t.Subtitle, 18, false, true, 26},
		{t.WorldLabel, 18, false, true, 0},
		{t.World, 32, true, false, 18},
		{t.IntensityLabel, 18, false, true, 0},
		{t.Intensity, 40, true, false, 4},
		{t.Race, 20, false, false, 22},
	}
	for _, s := range t.Inputs {
		blocks = append(blocks, cardLine{s, 18, false, true, 0})
	}
	blocks = append(blocks, cardLine{t.Postures, 18, false, true, 0})

	var out []PlacedText
	for k := 1.0; ; k -= 0.1 {
		out = out[:0]
		y := 40.0
		for _, b := range blocks {
			if b.text == "" {
				continue
			}
			f := Font{Size: b.size * k, Bold: b.bold}
			for _, line := range Wrap(b.text, cardTextW, func(s string) float64 { return measure(f, s) }) {
				y += f.Size * 1.25
				out = append(out, PlacedText{cardTextX, y, f, b.muted, line})
			}
			y += b.gap * k
		}
		if y <= cardLegendY-28 || k < 0.55 {
			return out
		}
	}
}

// DrawCard draws the card of a state: the text column t on the left, the
// legend under it and the link at the bottom; on the right the spiral pts
// (model.Spiral, at most MaxMoves long) on world's tint in pal's colours.
func DrawCard(cv Canvas, t CardText, pts []model.SpiralPoint, world model.World, dark bool) {
	pal := PaletteFor(world, dark)
	cv.Fill(Rect{0, 0, CardW, CardH}, pal.Paper)
	cv.Fill(CardPanel, pal.Background)
	p := CardPanel
	l := Layout{Scale: 1, CX: (p.X0 + p.X1) / 2, CY: (p.Y0 + p.Y1) / 2, R: (p.Y1-p.Y0)/2 - 16, LineWidth: cardSpiralWidth}
	var path Path
	path.Circle(l.CX, l.CY, l.R)
	path.Circle(l.CX, l.CY, l.R/2)
	cv.Stroke(&path, cardRingWidth, pal.Guide)
	StrokeMoves(cv, &path, &l, pts, pal)
	cv.Disc(l.CX, l.CY, cardCentreR, pal.Text)

	for _, pt := range LayoutCard(t, cv.Measure) {
		c := pal.Text
		if pt.Muted {
			c = pal.Muted
		}
		cv.Text(pt.X, pt.Y, pt.Font, c, pt.Text)
	}

	// The legend under the text, the link under everything.
	cardFooter(cv, &path, cardTextX, cardLegendY, t.LegendUS, t.LegendChina, t.Link, pal)
}

// cardFooter draws a card's legend (the two sides' strokes and names) on
// the line at legendY, and the link, cut to the card's width, on the last
// line, both from x; path is scratch space.
func cardFooter(cv Canvas, path *Path, x, legendY float64, us, china, link string, pal Palette) {
	legend := Font{Size: 18}
	for i, e := range [...]struct {
		label string
		c     color.RGBA
	}{{us, pal.US}, {china, pal.China}} {
		lx := x + 220*float64(i)
		path.Reset()
		path.MoveTo(lx, legendY)
		path.LineTo(lx+40, legendY)
		cv.Stroke(path, cardLegendWidth, e.c)
		cv.Text(lx+52, legendY+6, legend, pal.Text, e.label)
	}
	if link != "" {
		f := Font{Size: 15}
		for len(link) > 0 && cv.Measure(f, link) > CardW-2*x {
			link = link[:len(link)-1]
		}
		cv.Text(x, cardLinkY, f, pal.Muted, link)
	}
}

// StrokeMoves strokes the segments of pts, one path per side: the US's
// moves in pal.US, China's in pal.China, projected by l. path is scratch
// space.
func StrokeMoves(cv Canvas, path *Path, l *Layout, pts []model.SpiralPoint, pal Palette) {
	for _, side := range [...]model.Side{model.SideUS, model.SideChina} {
		path.Reset()
		dash := 0.0
		if side == model.SideChina && pal.ChinaDash > 0 {
			dash = pal.ChinaDash * l.LineWidth
		}
		for i := 1; i < len(pts); i++ {
			if pts[i].Side != side {
				continue
			}
			x0, y0 := l.ToScreen(pts[i-1])
			x1, y1 := l.ToScreen(pts[i])
			dashTo(path, x0, y0, x1, y1, dash)
		}
		c := pal.US
		if side == model.SideChina {
			c = pal.China
		}
		cv.Stroke(path, l.LineWidth, c)
	}
}

// dashTo adds the segment from (x0, y0) to (x1, y1) to path: whole if dash
// is 0, else as dashes dash long with gaps as long, from a dash at (x0, y0).
func dashTo(path *Path, x0, y0, x1, y1, dash float64) {
	if dash <= 0 {
		path.MoveTo(x0, y0)
		path.LineTo(x1, y1)
		return
	}
	dx, dy := x1-x0, y1-y0
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	for at := 0.0; at < n; at += 2 * dash {
		end := min(at+dash, n)
		path.MoveTo(x0+dx*at/n, y0+dy*at/n)
		path.LineTo(x0+dx*end/n, y0+dy*end/n)
	}
}
