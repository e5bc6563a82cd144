package server

import (
	"encoding/json"
	"math/rand/v2"
	"net/http/httptest"
	"reflect"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
)

// exportStates are the presets and seeded random inputs, in both model
// versions.
func exportStates() []model.Inputs {
	var out []model.Inputs
	for _, p := range model.Presets() {
		out = append(out, p.Inputs)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 12 {
		in := model.Inputs{Tech: r.Float64(), Discourse: r.Float64(), Attribution: r.Float64(), Dialogue: r.Float64(),
			US: model.Posture(r.IntN(2)), China: model.Posture(r.IntN(2)), Version: 1 + i%2}
		out = append(out, in.Round2())
	}
	return out
}

// TestJSONEqualsAPI checks the download against the API's answers for the
// same state: every field of /api/v1/assess and the race fields of
// /api/v1/simulate.
func TestJSONEqualsAPI(t *testing.T) {
	api := API()
	ask := func(path string) map[string]any {
		t.Helper()
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var m map[string]any
		if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &m) != nil {
			t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
		return m
	}
	for _, in := range exportStates() {
		q := in.Encode()
		want := ask("/api/v1/assess?" + q)
		sim := ask("/api/v1/simulate?" + q + "&steps=" + strconv.Itoa(export.Steps))
		for _, k := range []string{"steps", "converges", "settled_after", "trajectory", "spiral"} {
			want[k] = sim[k]
		}
		b, _ := export.JSON(in, export.Steps)
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("JSON(%v) is not JSON: %v", in, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("JSON(%v) differs from the API's assess + simulate:\n got %v\nwant %v", in, got, want)
		}
	}
}
