package server

import (
	"net/http"

	"github.com/dilemma/cyberdilemma/model"
)

// Uncertainty answers GET /api/v1/uncertainty?<inputs, points or ranges
// lo..hi>&samples=N&seed=S with the model's Monte Carlo (model.MonteCarlo):
// the share of runaway races and its standard error, the worlds' shares,
// the intensity's spread and the tornado. N is in [1, 100000] (default
// 10,000), S a non-negative integer (default 1); the same query gives the
// same bytes here, in the Worker and in the browser.
func Uncertainty(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parseOpt(w, r, model.Options{Extra: []string{"samples", "seed", "lang"}, Ranges: true})
	if !ok {
		return
	}
	if _, _, ok := lang(w, r, q); !ok {
		return
	}
	samples, seed := model.DefaultSamples, uint64(model.DefaultSeed)
	if v, present := q.Extra["samples"]; present {
		n, err := model.ParseSamples(v)
		if err != nil {
			writeParamError(w, r, err, true)
			return
		}
		samples = n
	}
	if v, present := q.Extra["seed"]; present {
		n, err := model.ParseSeed(v)
		if err != nil {
			writeParamError(w, r, err, true)
			return
		}
		seed = n
	}
	writeJSON(w, r, http.StatusOK, model.MonteCarlo(q.Inputs, q.Ranges, samples, seed, nil))
}
