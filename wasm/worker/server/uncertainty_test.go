package server

import (
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// /api/v1/uncertainty: a point range reproduces /api/v1/assess (p exactly 0
// or 1 as the race is stable or not); the answer has the documented shape;
// the same query gives the same bytes; bad input is a 400 naming the
// parameter.
func TestUncertaintyAPI(t *testing.T) {
	h := API()
	for _, c := range [][2]string{{"", ""}, {"dialogue=0", "dialogue=0"}, {"preset=china-tech-advantage&v=1", "preset=china-tech-advantage&v=1"},
		{"tech=0.30&dialogue=0&v=1", "tech=0.30..0.30&dialogue=0..0&v=1"}} {
		q := c[1]
		a := decodeBody[map[string]any](t, get(t, h, "GET", "/api/v1/assess?"+c[0]))
		rec := get(t, h, "GET", "/api/v1/uncertainty?samples=300&"+q)
		u := decodeBody[map[string]any](t, rec)
		p := u["runaway"].(map[string]any)["p"].(float64)
		want := 0.0
		if a["stable"] == false {
			want = 1
		}
		if rec.Code != 200 || p != want || u["model_version"] != a["model_version"] {
			t.Errorf("uncertainty?%s: %d p %v version %v; assess: stable %v version %v", q, rec.Code, p, u["model_version"], a["stable"], a["model_version"])
		}
		worlds := u["worlds"].(map[string]any)
		if worlds[a["world"].(string)] != 1.0 {
			t.Errorf("uncertainty?%s: worlds %v, assess says %v", q, worlds, a["world"])
		}
	}
	q := "/api/v1/uncertainty?tech=0.7..0.95&dialogue=0.2..0.7&attribution=0.1..0.4&samples=5000&seed=9"
	first := get(t, h, "GET", q).Body.String()
	if second := get(t, h, "GET", q).Body.String(); first != second {
		t.Errorf("the same query gave different bytes")
	}
	u := decodeBody[map[string]any](t, get(t, h, "GET", q))
	for _, k := range []string{"model_version", "samples", "seed", "inputs", "runaway", "worlds", "intensity", "sensitivity"} {
		if _, ok := u[k]; !ok {
			t.Errorf("answer lacks %q", k)
		}
	}
	if u["samples"] != 5000.0 || u["seed"] != 9.0 {
		t.Errorf("samples %v seed %v", u["samples"], u["seed"])
	}
	hist := u["intensity"].(map[string]any)["histogram"].([]any)
	sens := u["sensitivity"].([]any)
	if len(hist) != model.HistogramBins || len(sens) != len(model.Params) || sens[3].(map[string]any)["input"] != "dialogue" {
		t.Errorf("histogram %d bins, sensitivity %v", len(hist), sens)
	}
	// The default is 10,000 samples with seed 1.
	if d := decodeBody[map[string]any](t, get(t, h, "GET", "/api/v1/uncertainty?dialogue=0.4..0.8")); d["samples"] != 10000.0 || d["seed"] != 1.0 {
		t.Errorf("defaults: samples %v seed %v", d["samples"], d["seed"])
	}
	for _, c := range []struct{ q, param string }{
		{"dialogue=0.8..0.2", "dialogue"},
		{"tech=-0.1..0.5", "tech"},
		{"tech=0.5..1.5", "tech"},
		{"samples=0", "samples"},
		{"samples=100001", "samples"},
		{"samples=ten", "samples"},
		{"samples=", "samples"},
		{"seed=-1", "seed"},
		{"seed=1.5", "seed"},
		{"seed=9007199254740992", "seed"},
		{"v=3", "v"},
		{"steps=5", "steps"},
	} {
		rec := get(t, h, "GET", "/api/v1/uncertainty?"+c.q)
		e := decodeBody[ErrorBody](t, rec).Error
		if rec.Code != 400 || e.Param != c.param || !strings.Contains(e.Message, c.param) {
			t.Errorf("uncertainty?%s: %d %+v; want 400 naming %s", c.q, rec.Code, e, c.param)
		}
	}
	// Ranges belong to this endpoint only.
	if rec := get(t, h, "GET", "/api/v1/assess?tech=0.8..0.9"); rec.Code != 400 || decodeBody[ErrorBody](t, rec).Error.Param != "tech" {
		t.Errorf("assess accepted a range: %d %s", rec.Code, rec.Body)
	}
}
