package model

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// Every cell of a sweep is Assess at its point; the grid runs from exactly 0
// to exactly 1, y outer and x inner; the JSON and the CSV say the same.
func TestSweep(t *testing.T) {
	base := Default()
	base.US, base.China = Defense, Offense
	base.Version = 1
	g, err := Sweep(base, "dialogue", "tech", 11)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Cells) != 121 || g.X != "dialogue" || g.Y != "tech" || g.N != 11 || g.Base.Version != 1 {
		t.Fatalf("grid %s×%s n %d, %d cells, version %d", g.X, g.Y, g.N, len(g.Cells), g.Base.Version)
	}
	for k, c := range g.Cells {
		i, j := k%11, k/11
		if c.X != float64(i)/10 || c.Y != float64(j)/10 {
			t.Fatalf("cell %d at (%v, %v), want (%v, %v)", k, c.X, c.Y, float64(i)/10, float64(j)/10)
		}
		in := base
		in.Dialogue, in.Tech = c.X, c.Y
		a := Assess(in)
		if c.Intensity != a.Intensity || c.Band != a.Band || c.World != a.World || c.Stable != a.Stable {
			t.Errorf("cell %d %+v; Assess: %v %v %v %v", k, c, a.Intensity, a.Band, a.World, a.Stable)
		}
	}
	if g.Cells[0].X != 0 || g.Cells[120].X != 1 || g.Cells[120].Y != 1 {
		t.Errorf("ends %+v %+v", g.Cells[0], g.Cells[120])
	}

	var j struct {
		ModelVersion int            `json:"model_version"`
		X            string         `json:"x"`
		Y            string         `json:"y"`
		N            int            `json:"n"`
		Fixed        map[string]any `json:"fixed"`
		Rows         []struct {
			X, Y      float64
			Intensity float64
			Band      Band
			World     World
			Stable    bool
		} `json:"rows"`
	}
	b := g.AppendJSON(nil)
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("JSON %.200s: %v", b, err)
	}
	wantFixed := map[string]any{"discourse": 0.75, "attribution": 0.2, "us": "defense", "china": "offense"}
	if j.ModelVersion != 1 || j.X != "dialogue" || j.Y != "tech" || j.N != 11 || len(j.Rows) != 121 || len(j.Fixed) != len(wantFixed) {
		t.Fatalf("JSON: version %d n %d rows %d fixed %v", j.ModelVersion, j.N, len(j.Rows), j.Fixed)
	}
	for k, v := range wantFixed {
		if j.Fixed[k] != v {
			t.Errorf("fixed %v, want %v", j.Fixed, wantFixed)
		}
	}
	for k, r := range j.Rows {
		c := g.Cells[k]
		if r.X != c.X || r.Y != c.Y || r.Intensity != c.Intensity || r.Band != c.Band || r.World != c.World || r.Stable != c.Stable {
			t.Fatalf("JSON row %d %+v, cell %+v", k, r, c)
		}
	}

	recs, err := csv.NewReader(strings.NewReader(string(g.AppendCSV(nil)))).ReadAll()
	if err != nil || len(recs) != 122 {
		t.Fatalf("CSV: %d records, %v", len(recs), err)
	}
	if h := strings.Join(recs[0], ","); h != "dialogue,tech,intensity,band,world,stable" {
		t.Errorf("CSV header %q", h)
	}
	for k, r := range recs[1:] {
		c := g.Cells[k]
		x, _ := strconv.ParseFloat(r[0], 64)
		y, _ := strconv.ParseFloat(r[1], 64)
		in, _ := strconv.ParseFloat(r[2], 64)
		if x != c.X || y != c.Y || in != c.Intensity || r[3] != c.Band.String() || r[4] != c.World.String() || r[5] != strconv.FormatBool(c.Stable) {
			t.Fatalf("CSV line %d %q, cell %+v", k+1, r, c)
		}
	}
}

func TestSweepErrors(t *testing.T) {
	for _, c := range []struct {
		x, y  string
		n     int
		param string
	}{
		{"tech", "tech", 11, "y"},
		{"speed", "tech", 11, "x"},
		{"tech", "us", 11, "y"},
		{"", "tech", 11, "x"},
		{"tech", "dialogue", 1, "n"},
		{"tech", "dialogue", 202, "n"},
		{"tech", "dialogue", -3, "n"},
	} {
		_, err := Sweep(Default(), c.x, c.y, c.n)
		pe, ok := err.(*ParamError)
		if !ok || pe.Param != c.param || !strings.HasPrefix(pe.Message, c.param+" ") {
			t.Errorf("Sweep(%q, %q, %d) = %v; want an error naming %s", c.x, c.y, c.n, err, c.param)
		}
	}
	for s, want := range map[string]int{"2": 2, "51": 51, "201": 201, "1": 0, "202": 0, "+5": 0, "05x": 0, "": 0, "1e2": 0, "0051": 0, "-2": 0} {
		n, err := ParseSweepN(s)
		if n != want || (err == nil) != (want != 0) {
			t.Errorf("ParseSweepN(%q) = %d, %v", s, n, err)
		}
	}
	if g, err := Sweep(Default(), "attribution", "discourse", MaxSweepN); err != nil || len(g.Cells) != MaxSweepN*MaxSweepN {
		t.Errorf("the largest sweep: %d cells, %v", len(g.Cells), err)
	}
}

func BenchmarkSweep201(b *testing.B) {
	for b.Loop() {
		g, _ := Sweep(Default(), "tech", "dialogue", MaxSweepN)
		_ = g.AppendJSON(make([]byte, 0, 5<<20))
	}
}

func BenchmarkSweep201Grid(b *testing.B) {
	for b.Loop() {
		Sweep(Default(), "tech", "dialogue", MaxSweepN)
	}
}
