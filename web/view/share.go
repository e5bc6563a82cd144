package view

import (
	"github.com/dilemma/cyberdilemma/web/figure"
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// The embed's natural size in CSS pixels, as the oEmbed answer gives it
// (wasm/worker/server/oembed.go: EmbedWidth, EmbedHeight).
const (
	EmbedWidth  = 560
	EmbedHeight = 680
)

// Share holds what the page offers for sharing one state: the embed snippet
// and the social-preview metadata. Origin-relative URLs are made absolute
// with the origin given to NewShare, e.g. "https://dilemma.example".
type Share struct {
	// Title is the page's title for the state, used as the embed's
	// <iframe title> and og:title.
	Title string
	// Description is a sentence for og:description and twitter:description.
	Description string
	// Embed is the URL of /embed.html with the state in its fragment.
	Embed string
	// Snippet is the HTML an article pastes: the iframe and the
	// auto-resize script.
	Snippet string
	// Image is the absolute URL of the state's 1200×630 preview, /og.png?….
	Image string
}

// NewShare returns the sharing data of v's state for a site at origin
// (scheme and host, no trailing slash; "" gives origin-relative URLs).
func NewShare(v View, origin string) Share {
	lang := v.Lang
	s := v.State
	race := i18n.T(lang, "result.stable")
	if !v.Stable {
		race = i18n.T(lang, "result.unstable")
	}
	sh := Share{
		Title:       i18n.F(lang, "embed.title", "world", v.WorldName, "value", v.IntensityShort, "band", v.BandName),
		Description: i18n.F(lang, "meta.description", "world", v.WorldName, "value", v.IntensityShort, "band", v.BandName, "race", race),
		Image:       origin + "/og.png?" + s.Inputs.Encode(),
	}
	// The embed keeps the language but not the page's display flags:
	// the snippet's reader picks those.
	frag := s.Inputs.Encode()
	if s.Lang != "" && s.Lang != i18n.Default {
		frag += "&lang=" + s.Lang
	}
	if s.Compare {
		// State B: the embed shows both (compare=1 and B's keys), and the
		// description says B's result and the difference. The image is
		// A's (og.png draws one state).
		frag = string(s.appendB([]byte(frag)))
		sh.Description += " " + NewCompare(s, v).Live
	}
	sh.Embed = origin + "/embed.html#" + frag
	sh.Snippet = `<iframe src="` + escapeHTML(sh.Embed) + `" title="` + escapeHTML(sh.Title) +
		`" width="` + strconv.Itoa(EmbedWidth) + `" height="` + strconv.Itoa(EmbedHeight) +
		`" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>` + "\n" +
		`<script src="` + escapeHTML(origin+"/embed.js") + `" async></script>`
	return sh
}

// OEmbedHref returns the href of a page's oEmbed discovery link:
// /oembed?url=<pageURL, escaped>&format=json, origin-relative as the link
// is resolved against the page.
func OEmbedHref(pageURL string) string {
	return "/oembed?url=" + QueryEscape(pageURL) + "&format=json"
}

// QueryEscape escapes s for a URL query value as net/url.QueryEscape does,
// without importing net/url into the browser's binary: unreserved bytes stay,
// a space becomes "+", every other byte is %XX.
func QueryEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// escapeHTML escapes s for an HTML attribute value in double quotes or for
// text.
func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&#34;", "<", "&lt;", ">", "&gt;", "'", "&#39;").Replace(s)
}

// FileName returns the name of a downloaded file of s with extension ext
// ("png", "json", "csv"), e.g.
// "cyber-dilemma_tech0.85_discourse0.75_attribution0.20_dialogue0.60_us-offense_china-defense_v2.json".
func FileName(s State, ext string) string {
	in := s.Inputs.Clamp().Round2()
	b := appendFileInputs([]byte("cyber-dilemma"), in)
	if s.Compare {
		// State B's inputs after A's: "…_vs_tech0.30_…_china-defense".
		b = appendFileInputs(append(b, "_vs"...), s.BState().Inputs.Clamp().Round2())
	}
	b = append(b, "_v"...)
	b = strconv.AppendInt(b, int64(in.Version), 10)
	b = append(b, '.')
	b = append(b, ext...)
	return string(b)
}

// appendFileInputs appends in's inputs as FileName writes them:
// "_tech0.85_…_dialogue0.60_us-offense_china-defense".
func appendFileInputs(b []byte, in model.Inputs) []byte {
	for _, p := range model.Params {
		b = append(b, '_')
		b = append(b, p.Key...)
		b = strconv.AppendFloat(b, p.Value(in), 'f', 2, 64)
	}
	b = append(b, "_us-"...)
	b = append(b, in.US.String()...)
	b = append(b, "_china-"...)
	return append(b, in.China.String()...)
}

// Card is the text of the downloadable image of a state, in the page's
// language: the renderer (wasm/app) lays it out beside the spiral.
type Card struct {
	Title, Subtitle    string
	WorldLabel, World  string
	IntensityLabel     string
	Intensity          string // e.g. "0.21 · low"
	Race               string // the stability sentence
	Inputs             [len(model.Params)]string
	Postures           string
	LegendUS, LegendCN string
	Link               string // the page's URL for the state
	WorldID            string
}

// NewCard returns the image text of v, with link the page's URL.
func NewCard(v View, link string) Card {
	lang := v.Lang
	in := v.Assessment.Inputs
	c := Card{
		Title:          i18n.T(lang, "card.title"),
		Subtitle:       i18n.T(lang, "card.subtitle"),
		WorldLabel:     i18n.T(lang, "result.world"),
		World:          v.WorldName,
		IntensityLabel: i18n.T(lang, "result.intensity"),
		Intensity:      v.IntensityText,
		Race:           v.StabilityText,
		Postures: i18n.F(lang, "card.postures",
			"us", i18n.T(lang, "posture."+in.US.String()+".label"),
			"china", i18n.T(lang, "posture."+in.China.String()+".label")),
		LegendUS: i18n.T(lang, "figure.us"),
		LegendCN: i18n.T(lang, "figure.china"),
		Link:     link,
		WorldID:  v.World,
	}
	for i, s := range v.Sliders {
		c.Inputs[i] = s.Label + ": " + s.Value
	}
	return c
}

// Figure returns c as figure.DrawCard takes it: the one mapping from the
// card's words to the drawing, for og.png and the PNG download.
func (c Card) Figure() figure.CardText {
	return figure.CardText{
		Title: c.Title, Subtitle: c.Subtitle,
		WorldLabel: c.WorldLabel, World: c.World,
		IntensityLabel: c.IntensityLabel, Intensity: c.Intensity,
		Race: c.Race, Inputs: c.Inputs[:], Postures: c.Postures,
		LegendUS: c.LegendUS, LegendChina: c.LegendCN, Link: c.Link,
	}
}
