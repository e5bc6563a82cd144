package server

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/dilemma/cyberdilemma/web/cite"
	"github.com/dilemma/cyberdilemma/web/view"
)

// now is the clock of /api/v1/cite's default access date; tests set it.
var now = time.Now

// Cite answers GET /api/v1/cite?<state>&format=apa|chicago|bibtex|csl&accessed=YYYY-MM-DD
// with the references of the state (web/cite): the calculator, with the
// permalink of the state at the request's origin, and Li Senlin's paper.
// format defaults to apa; accessed to the request's date (UTC). lang= is
// the permalink's language (the texts are in English). The answer is the
// page's "Cite" panel, byte for byte, as text/plain (APA, Chicago),
// application/x-bibtex or application/vnd.citationstyles.csl+json.
func Cite(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parse(w, r, "format", "accessed", "lang")
	if !ok {
		return
	}
	l, present, ok := lang(w, r, q)
	if !ok {
		return
	}
	f := cite.APA
	if v, present := q.Extra["format"]; present {
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
	s := view.State{Inputs: q.Inputs}
	if present {
		s.Lang = l.String()
	}
	body := cite.Text(f, cite.Calculator{URL: cite.Permalink(Origin(r), s.Fragment()), Inputs: q.Inputs, Accessed: acc})
	h := w.Header()
	h.Set("Content-Type", f.ContentType())
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Cache-Control", cache)
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write([]byte(body))
	}
}
