package server

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"unicode/utf8"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// Embed sizes: the compact layout's natural size, and the smallest that
// still shows the sliders and the spiral.
const (
	EmbedWidth     = 560
	EmbedHeight    = 680
	EmbedMinWidth  = 280
	EmbedMinHeight = 320
)

// OEmbedResponse is an oEmbed 1.0 "rich" response (https://oembed.com, 2.3.4).
type OEmbedResponse struct {
	Version         string `json:"version"`
	Type            string `json:"type"`
	Title           string `json:"title"`
	ProviderName    string `json:"provider_name"`
	ProviderURL     string `json:"provider_url"`
	HTML            string `json:"html"`
	Width           int    `json:"width"`
	Height          int    `json:"height"`
	ThumbnailURL    string `json:"thumbnail_url"`
	ThumbnailWidth  int    `json:"thumbnail_width"`
	ThumbnailHeight int    `json:"thumbnail_height"`
	CacheAge        int    `json:"cache_age"`
}

// Origin returns the scheme and host the request reached us at, e.g.
// "http://127.0.0.1:9900" or "https://dilemma.example".
func Origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" || r.URL.Scheme == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// OEmbed answers GET /oembed?url=…&format=json[&maxwidth=…&maxheight=…] for
// URLs of our pages (/, /index.html, /embed.html, with the state in the
// fragment or the query). Other URLs get 404; a format other than json, or a
// bad size, gets a JSON 400.
func OEmbed(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	vals, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil || len(r.URL.RawQuery) > 2*model.MaxQueryLen {
		writeError(w, r, http.StatusBadRequest, "query", "the query is malformed or longer than 2048 bytes")
		return
	}
	for k, v := range vals {
		if k == "" || !utf8.ValidString(k) {
			writeError(w, r, http.StatusBadRequest, "query", "the query has a parameter with an empty or malformed name")
			return
		}
		switch k {
		case "url", "format", "maxwidth", "maxheight":
			if len(v) > 1 {
				writeError(w, r, http.StatusBadRequest, k, k+" is given more than once")
				return
			}
		default:
			writeError(w, r, http.StatusBadRequest, truncate(k), fmt.Sprintf("unknown parameter %q; allowed: url, format, maxwidth, maxheight", truncate(k)))
			return
		}
	}
	if f := vals.Get("format"); f != "" && f != "json" {
		writeError(w, r, http.StatusBadRequest, "format", fmt.Sprintf("format must be json; got %q", truncate(f)))
		return
	}
	width, height := EmbedWidth, EmbedHeight
	for _, p := range []struct {
		key string
		dst *int
		min int
	}{{"maxwidth", &width, EmbedMinWidth}, {"maxheight", &height, EmbedMinHeight}} {
		s := vals.Get(p.key)
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < p.min || n > 1000000 {
			writeError(w, r, http.StatusBadRequest, p.key, fmt.Sprintf("%s must be an integer in [%d, 1000000]; got %q", p.key, p.min, truncate(s)))
			return
		}
		*p.dst = min(*p.dst, n)
	}
	raw := vals.Get("url")
	if raw == "" {
		writeError(w, r, http.StatusBadRequest, "url", "url is required: the address of a page of this calculator")
		return
	}
	origin := Origin(r)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme+"://"+u.Host != origin && !sameHost(u, r) {
		writeError(w, r, http.StatusNotFound, "url", fmt.Sprintf("url %q is not a page of %s", truncate(raw), origin))
		return
	}
	switch u.Path {
	case "", "/", "/index.html", "/embed.html":
	default:
		writeError(w, r, http.StatusNotFound, "url", fmt.Sprintf("url %q is not a page of the calculator", truncate(raw)))
		return
	}
	state := u.Fragment
	if state == "" {
		state = u.RawQuery
	}
	// Every key the page's link can hold: A's inputs (with ranges), the
	// display keys, and state B's (compare=1, b.tech=…).
	state, bRaw, hasB := view.SplitB(state)
	q, errs := model.Decode(state, model.Default(), model.Options{
		Extra: []string{"lang", "theme", "controls", "samples", "seed", "view", "compare"}, Ranges: true})
	if len(errs) > 0 {
		e := errs[0]
		writeJSON(w, r, http.StatusBadRequest, ErrorBody{Error: model.ParamError{Param: "url", Message: "url: " + e.Message}})
		return
	}
	compare, ok := view.CompareOn(q.Extra, hasB)
	if !ok {
		writeJSON(w, r, http.StatusBadRequest, ErrorBody{Error: model.ParamError{Param: "url", Message: "url: compare must be 0 or 1; got " + strconv.Quote(truncate(q.Extra["compare"]))}})
		return
	}
	a := model.Assess(q.Inputs)
	enc := q.Inputs.Encode()
	title := fmt.Sprintf("Cyber security dilemma: %s, intensity %.2f (%s)", WorldTitle[a.World], a.Intensity, a.Band)
	thumb := enc
	if compare {
		b, err := view.ParseB(bRaw, q.Inputs)
		if err != nil {
			writeJSON(w, r, http.StatusBadRequest, ErrorBody{Error: model.ParamError{Param: "url", Message: "url: " + err.(*model.ParamError).Message}})
			return
		}
		rb := model.Assess(b)
		title += fmt.Sprintf("; B: %s, intensity %.2f (%s)", WorldTitle[rb.World], rb.Intensity, rb.Band)
		enc = view.CompareQuery(q.Inputs, b)
		thumb = view.CompareQuery(q.Inputs.Round2(), b.Round2())
	}
	src := origin + "/embed.html#" + enc
	frame := fmt.Sprintf(`<iframe src="%s" title="%s" width="%d" height="%d" loading="lazy" allow="fullscreen" style="border:0;max-width:100%%"></iframe>`,
		html.EscapeString(src), html.EscapeString(title), width, height)
	writeJSON(w, r, http.StatusOK, OEmbedResponse{
		Version: "1.0", Type: "rich", Title: title,
		ProviderName: "Cyber security dilemma calculator", ProviderURL: origin + "/",
		HTML: frame, Width: width, Height: height,
		ThumbnailURL: origin + "/og.png?" + thumb, ThumbnailWidth: OGWidth, ThumbnailHeight: OGHeight,
		CacheAge: 86400,
	})
}

// sameHost accepts the URL when its host is the request's, whatever the
// scheme (a page read over https behind a proxy that speaks http to us).
func sameHost(u *url.URL, r *http.Request) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host == r.Host
}
