// Package server holds the HTTP handlers of the calculator's API and, for the
// native build, of the static site. They are plain net/http: natively
// `go run ./wasm/worker` serves them; on Cloudflare, syumai/workers does.
package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

// DefaultSteps is the number of rounds /api/v1/simulate runs when steps is
// not given.
const DefaultSteps = 60

// ErrorBody is the JSON body of every error response:
// {"error":{"param":"tech","message":"tech must be a number in [0, 1]; got \"2\""}}.
type ErrorBody struct {
	Error model.ParamError `json:"error"`
}

// writeJSON writes v as JSON with the given status. Headers are set before
// WriteHeader; a HEAD request gets the headers only.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // queries keep their "&"
	err := enc.Encode(v)
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if err != nil {
		// Unreachable: every value the API encodes is finite (model
		// property 7). Answer a client-visible error rather than a 5xx.
		status = http.StatusBadRequest
		b = []byte(`{"error":{"param":"query","message":"the result could not be encoded"}}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)+1))
	if status == http.StatusOK {
		h.Set("Cache-Control", "public, max-age=300")
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(append(b, '\n'))
	}
}

// writeError writes a JSON error naming param.
func writeError(w http.ResponseWriter, r *http.Request, status int, param, msg string) {
	writeJSON(w, r, status, ErrorBody{Error: model.ParamError{Param: param, Message: msg}})
}

// getOnly answers 405 to anything but GET and HEAD (and OPTIONS, for CORS
// preflights, with 204) and reports whether the handler should go on.
func getOnly(w http.ResponseWriter, r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		return true
	case http.MethodOptions:
		w.Header().Set("Allow", "GET, HEAD, OPTIONS")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	// Read (and drop) a body of up to maxDiscard before answering: net/http
	// closes the connection on a larger unread body, and a client still
	// sending it would get a reset instead of the 405.
	io.Copy(io.Discard, io.LimitReader(r.Body, maxDiscard))
	w.Header().Set("Allow", "GET, HEAD, OPTIONS")
	writeError(w, r, http.StatusMethodNotAllowed, "method", fmt.Sprintf("method %s is not allowed; use GET", strconv.Quote(truncate(r.Method))))
	return false
}

// maxDiscard bounds the body a refused request may send that is read
// before the answer.
const maxDiscard = 4 << 20

// truncate shortens a user-supplied value for a message, at a rune boundary.
func truncate(s string) string { return model.Truncate(s) }

// parse parses the request's query strictly, allowing extra keys. An error
// is written in the language of a valid lang= in the query, else in English.
func parse(w http.ResponseWriter, r *http.Request, extra ...string) (model.Query, bool) {
	return parseOpt(w, r, model.Options{Extra: extra})
}

// parseOpt is parse with the codec's options (ranges, for
// /api/v1/uncertainty).
func parseOpt(w http.ResponseWriter, r *http.Request, opt model.Options) (model.Query, bool) {
	q, err := model.Parse(r.URL.RawQuery, opt)
	if err != nil {
		writeParamError(w, r, err, slices.Contains(opt.Extra, "lang"))
		return q, false
	}
	return q, true
}

// writeParamError answers 400 with err, a *model.ParamError: in the
// language of a valid lang= in the query when the endpoint takes lang
// (translate), else in English.
func writeParamError(w http.ResponseWriter, r *http.Request, err error, translate bool) {
	pe, ok := err.(*model.ParamError)
	if !ok {
		pe = &model.ParamError{Param: "query", Message: err.Error()}
	}
	out := model.ParamError{Param: pe.Param, Message: pe.Message}
	if l, ok := queryLang(r.URL.RawQuery); ok && l != explain.En && translate {
		out.Message = explain.Message(l, pe)
	}
	writeJSON(w, r, http.StatusBadRequest, ErrorBody{Error: out})
}

// queryLang finds a valid lang= in a raw query, for the language of errors.
func queryLang(raw string) (explain.Lang, bool) {
	for part := range strings.SplitSeq(raw, "&") {
		if v, ok := strings.CutPrefix(part, "lang="); ok {
			return explain.ParseLang(v)
		}
	}
	return explain.En, false
}

// lang reads the optional lang= of a parsed query: ok is false (and a 400 is
// written) when it is present but not a language we speak.
func lang(w http.ResponseWriter, r *http.Request, q model.Query) (l explain.Lang, present, ok bool) {
	v, present := q.Extra["lang"]
	if !present {
		return explain.En, false, true
	}
	l, ok = explain.ParseLang(v)
	if !ok {
		writeError(w, r, http.StatusBadRequest, "lang", fmt.Sprintf("lang must be one of en, zh-CN, zh-TW; got %q", truncate(v)))
		return l, true, false
	}
	return l, true, true
}

// AssessResponse is the body of GET /api/v1/assess: the assessment, plus an
// explanation in words when lang= is given.
type AssessResponse struct {
	model.Assessment
	Explanation *explain.Explanation `json:"explanation,omitempty"`
}

// Assess answers GET /api/v1/assess?tech=…&discourse=…&attribution=…&dialogue=…&us=…&china=…
// (and preset=) with the model's Assessment. Missing keys take the defaults.
// With lang=en|zh-CN|zh-TW it adds an "explanation" in that language.
func Assess(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parse(w, r, "lang")
	if !ok {
		return
	}
	l, present, ok := lang(w, r, q)
	if !ok {
		return
	}
	resp := AssessResponse{Assessment: model.Assess(q.Inputs)}
	if present {
		e := explain.Explain(l, q.Inputs)
		resp.Explanation = &e
	}
	writeJSON(w, r, http.StatusOK, resp)
}

// SimulateResponse is the body of GET /api/v1/simulate.
type SimulateResponse struct {
	ModelVersion int                 `json:"model_version"`
	Inputs       model.Inputs        `json:"inputs"`
	Steps        int                 `json:"steps"`
	Converges    bool                `json:"converges"`
	SettledAfter int                 `json:"settled_after"`
	Equilibrium  model.Equilibrium   `json:"equilibrium"`
	Trajectory   []model.RoundState  `json:"trajectory"`
	Spiral       []model.SpiralPoint `json:"spiral"`
}

// Simulate answers GET /api/v1/simulate?…&steps=N with the race over N
// rounds (N in [1, 500], default 60): the state after each round and the
// spiral polyline, one point per half-move.
func Simulate(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parse(w, r, "steps", "lang")
	if !ok {
		return
	}
	if _, _, ok := lang(w, r, q); !ok {
		return
	}
	steps := DefaultSteps
	if s, ok := q.Extra["steps"]; ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > model.MaxRounds || len(s) > 4 {
			writeError(w, r, http.StatusBadRequest, "steps", fmt.Sprintf("steps must be an integer in [1, %d]; got %q", model.MaxRounds, truncate(s)))
			return
		}
		steps = n
	}
	tr, err := model.Simulate(q.Inputs, steps)
	if err != nil {
		writeError(w, r, http.StatusBadRequest, "steps", err.Error())
		return
	}
	writeJSON(w, r, http.StatusOK, SimulateResponse{
		ModelVersion: q.Inputs.Version,
		Inputs:       q.Inputs,
		Steps:        steps,
		Converges:    tr.Converges,
		SettledAfter: tr.SettledAfter,
		Equilibrium:  model.Assess(q.Inputs).Equilibrium,
		Trajectory:   tr.Rounds,
		Spiral:       tr.Spiral,
	})
}

// PresetInfo is one preset as /api/v1/presets lists it.
type PresetInfo struct {
	model.Preset
	// Query is the preset's canonical query, ready for /api/v1/assess or a
	// page fragment.
	Query     string      `json:"query"`
	World     model.World `json:"world"`
	Intensity float64     `json:"intensity"`
	Band      model.Band  `json:"band"`
}

// Presets answers GET /api/v1/presets (and ?v=N) with every preset, its
// quote from the paper and its assessment by the newest model version, or by
// version N.
func Presets(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	v, ok := versionOnly(w, r)
	if !ok {
		return
	}
	var out struct {
		ModelVersion int          `json:"model_version"`
		Presets      []PresetInfo `json:"presets"`
	}
	out.ModelVersion = v
	for _, p := range model.Presets() {
		p.Inputs.Version = v
		a := model.Assess(p.Inputs)
		out.Presets = append(out.Presets, PresetInfo{Preset: p, Query: p.Inputs.Encode(), World: a.World, Intensity: a.Intensity, Band: a.Band})
	}
	writeJSON(w, r, http.StatusOK, out)
}

// Evidence answers GET /api/v1/evidence with the paper's figures and how
// each default follows from them.
// The evidence and the defaults are the same in every model version; the
// answer names the newest.
func Evidence(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) || !noQuery(w, r) {
		return
	}
	writeJSON(w, r, http.StatusOK, struct {
		ModelVersion int                `json:"model_version"`
		Defaults     model.Inputs       `json:"defaults"`
		Evidence     []model.Evidence   `json:"evidence"`
		Derivations  []model.Derivation `json:"derivations"`
	}{model.Version, model.Default(), model.EvidenceTable(), model.Derivations()})
}

// noQuery refuses a query on endpoints that take none.
func noQuery(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.RawQuery == "" {
		return true
	}
	key, _, _ := strings.Cut(r.URL.RawQuery, "=")
	writeError(w, r, http.StatusBadRequest, "query", fmt.Sprintf("this endpoint takes no parameters; got %q", truncate(key)))
	return false
}

// versionOnly reads a query that may hold v= and nothing else, for endpoints
// whose only choice is the model version. It returns the version (the newest
// when v= is absent), or writes a 400 naming the offending key.
func versionOnly(w http.ResponseWriter, r *http.Request) (int, bool) {
	if r.URL.RawQuery == "" {
		return model.Version, true
	}
	for part := range strings.SplitSeq(r.URL.RawQuery, "&") {
		if key, _, _ := strings.Cut(part, "="); key != "v" && part != "" {
			writeError(w, r, http.StatusBadRequest, "query", fmt.Sprintf("this endpoint takes only v (the model version); got %q", truncate(key)))
			return 0, false
		}
	}
	q, ok := parse(w, r)
	return q.Inputs.Version, ok
}

// Healthz answers GET /healthz with {"status":"ok"}.
func Healthz(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	writeJSON(w, r, http.StatusOK, struct {
		Status string `json:"status"`
	}{"ok"})
}

// NotFound answers an unknown API path with a JSON 404.
func NotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, r, http.StatusNotFound, "path", fmt.Sprintf("no such endpoint %q; see /api/v1/assess, /api/v1/simulate, /api/v1/presets, /api/v1/evidence, /api/v1/uncertainty, /api/v1/sweep, /api/v1/cite, /api/v1/openapi.json", truncate(r.URL.Path)))
}

// API returns the mux of the Go handlers, one per row of Routes. Every
// response carries CORS headers that allow GET from any origin without
// credentials, and the security headers (Headers).
func API() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range Routes {
		if !rt.prefix() {
			mux.HandleFunc(rt.Path, rt.Handler)
		}
	}
	// A prefix is not a mux pattern (the mux would redirect "/api" to
	// "/api/"): the rest falls here, to its prefix's handler or NotFound.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if rt, ok := under(r.URL.Path); ok {
			rt.Handler(w, r)
			return
		}
		NotFound(w, r)
	})
	return Headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		h.Set("Vary", "Origin")
		mux.ServeHTTP(w, r)
	}))
}
