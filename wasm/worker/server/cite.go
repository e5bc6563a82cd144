package server

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/cite"
	"github.com/dilemma/cyberdilemma/web/view"
)

// now is the clock of /api/v1/cite's default access date; tests set it.
var now = time.Now

// citeKeys are the keys of /api/v1/cite besides the inputs: its own
// (format, accessed) and every other key the page's link can hold.
var citeKeys = []string{"format", "accessed", "lang", "theme", "view", "compare", "samples", "seed", "controls"}

// Cite answers GET /api/v1/cite?<state>&format=apa|chicago|bibtex|csl&accessed=YYYY-MM-DD
// with the references of the state (web/cite): the calculator, with the
// permalink of the state at the request's origin, and Li Senlin's paper.
// The state is anything the page's link holds: the inputs (ranges lo..hi
// with samples= and seed=), preset=, lang=, theme=, view=, controls=,
// compare= and state B's b.* keys; each is validated strictly (a bad one
// is a 400 naming it), and the permalink is the state's fragment as the
// page writes it (view.State.Fragment of the state view.Parse reads), so
// that the page's link gives back the same link.
// format defaults to apa; accessed to the request's date (UTC). The texts
// are in English. The answer is the page's "Cite" panel, byte for byte, as
// text/plain (APA, Chicago), application/x-bibtex or
// application/vnd.citationstyles.csl+json.
func Cite(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	raw, bRaw, hasB := view.SplitB(r.URL.RawQuery)
	q, err := model.Parse(raw, model.Options{Extra: citeKeys, Ranges: true})
	if err != nil {
		writeParamError(w, r, err, true)
		return
	}
	if _, _, ok := lang(w, r, q); !ok {
		return
	}
	f := cite.APA
	if v, present := q.Extra["format"]; present {
		var ok bool
		if f, ok = cite.ParseFormat(v); !ok {
			writeError(w, r, http.StatusBadRequest, "format", fmt.Sprintf("format must be one of apa, chicago, bibtex, csl; got %q", truncate(v)))
			return
		}
	}
	t := now().UTC()
	acc := cite.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	cache := "no-cache" // the default date changes at midnight
	if v, present := q.Extra["accessed"]; present {
		d, err := cite.ParseDate(v)
		if err != nil {
			writeError(w, r, http.StatusBadRequest, "accessed", fmt.Sprintf("accessed must be a date YYYY-MM-DD from 2000-01-01 to 9999-12-31; got %q", truncate(v)))
			return
		}
		acc, cache = d, "public, max-age=300"
	}
	if v, present := q.Extra["samples"]; present {
		if _, err := model.ParseSamples(v); err != nil {
			writeParamError(w, r, err, true)
			return
		}
	}
	if v, present := q.Extra["seed"]; present {
		if _, err := model.ParseSeed(v); err != nil {
			writeParamError(w, r, err, true)
			return
		}
	}
	for _, k := range [...]struct{ key, allowed string }{
		{"theme", "auto, light, dark, projector"},
		{"view", "spiral, plane"},
		{"compare", "0, 1"},
		{"controls", "0, 1"},
	} {
		v, present := q.Extra[k.key]
		if present && !slices.Contains(strings.Split(k.allowed, ", "), v) {
			writeError(w, r, http.StatusBadRequest, k.key, fmt.Sprintf("%s must be one of %s; got %q", k.key, k.allowed, truncate(v)))
			return
		}
	}
	if hasB {
		if _, err := view.ParseB(bRaw, q.Inputs); err != nil {
			writeParamError(w, r, err, true)
			return
		}
	}
	// Valid: the state is what the page reads from the same keys (the
	// keys of the API alone, format and accessed, are not the state's).
	s, _ := view.Parse(r.URL.RawQuery, view.Default())
	body := cite.Text(f, cite.Calculator{URL: cite.Permalink(Origin(r), s.Fragment()), Inputs: s.Inputs, Accessed: acc})
	h := w.Header()
	h.Set("Content-Type", f.ContentType())
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Cache-Control", cache)
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write([]byte(body))
	}
}
