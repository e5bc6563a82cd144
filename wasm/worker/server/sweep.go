package server

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
)

// Sweep answers GET /api/v1/sweep?x=tech&y=dialogue&n=51&<other inputs>&format=json|csv
// with the model over an n × n grid of the inputs x and y (each i/(n−1),
// 0 to 1), the other inputs, the postures and v= as given (model.Sweep):
// JSON {"model_version","x","y","n","fixed","rows":[{"x","y","intensity",
// "band","world","stable"},…]}, or CSV with a header line. n is in [2, 201]
// (default 51); x defaults to tech and y to dialogue. Values of x and y in
// the query are allowed (a page's whole state) and swept over.
func Sweep(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parse(w, r, "x", "y", "n", "format")
	if !ok {
		return
	}
	x, y, n, format := "tech", "dialogue", model.DefaultSweepN, "json"
	if v, present := q.Extra["x"]; present {
		x = v
	}
	if v, present := q.Extra["y"]; present {
		y = v
	}
	if err := model.SweepAxes(x, y); err != nil {
		writeParamError(w, r, err, false)
		return
	}
	if v, present := q.Extra["n"]; present {
		m, err := model.ParseSweepN(v)
		if err != nil {
			writeParamError(w, r, err, false)
			return
		}
		n = m
	}
	if v, present := q.Extra["format"]; present {
		if v != "json" && v != "csv" {
			writeError(w, r, http.StatusBadRequest, "format", fmt.Sprintf("format must be json or csv; got %q", truncate(v)))
			return
		}
		format = v
	}
	g, err := model.Sweep(q.Inputs, x, y, n)
	if err != nil {
		writeParamError(w, r, err, false)
		return
	}
	buf := make([]byte, 0, n*n*110+256)
	ct := "application/json; charset=utf-8"
	if format == "csv" {
		buf = g.AppendCSV(buf)
		ct = "text/csv; charset=utf-8"
	} else {
		buf = append(g.AppendJSON(buf), '\n')
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Length", strconv.Itoa(len(buf)))
	h.Set("Cache-Control", "public, max-age=300")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(buf)
	}
}
