package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// Every cell of the grid is Assess at its point; the CSV holds a header
// and n² rows, x the outer loop; the metadata is JSON naming the axes, n,
// the fixed inputs and the version.
func TestGrid(t *testing.T) {
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	in := model.Default()
	var g Grid
	g.Compute(in, tech, dia, GridN)
	for _, ij := range [][2]int{{0, 0}, {30, 10}, {85, 60}, {100, 100}} {
		i, j := ij[0], ij[1]
		a := model.Assess(dia.Set(tech.Set(in, GridValue(i, GridN)), GridValue(j, GridN)))
		c := g.At(i, j)
		if c.Intensity != a.Intensity || c.Band != a.Band || c.World != a.World || c.Stable != a.Stable || c.O != a.OffenseBalance || c.S != a.Distinguishability {
			t.Errorf("cell (%d, %d) = %+v, Assess %+v", i, j, c, a)
		}
	}
	if GridValue(30, GridN) != 0.3 || GridValue(7, GridN) != 0.07 {
		t.Errorf("grid values are not the decimals")
	}
	b := GridCSV(&g)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(rows) != GridN*GridN+1 {
		t.Fatalf("CSV: %d rows, %v", len(rows), err)
	}
	if got := string(b[:bytes.IndexByte(b, '\n')+1]); got != "x,y,intensity,band,world,stable\r\n" {
		t.Errorf("header %q", got)
	}
	r := rows[1+30*GridN+10] // x = 0.3, y = 0.1
	a := model.Assess(dia.Set(tech.Set(in, 0.3), 0.1))
	if r[0] != "0.3" || r[1] != "0.1" || r[2] != strconv.FormatFloat(a.Intensity, 'g', -1, 64) || r[3] != a.Band.String() || r[4] != a.World.String() || r[5] != strconv.FormatBool(a.Stable) {
		t.Errorf("row of (0.3, 0.1): %v, Assess %+v", r, a)
	}
	var meta struct {
		ModelVersion int `json:"model_version"`
		X, Y         string
		N            int
		Fixed        map[string]any
		Columns      []string
		Citation     string
	}
	if err := json.Unmarshal(GridMeta(&g), &meta); err != nil {
		t.Fatalf("meta: %v\n%s", err, GridMeta(&g))
	}
	if meta.ModelVersion != model.Version || meta.X != "tech" || meta.Y != "dialogue" || meta.N != GridN ||
		meta.Fixed["discourse"] != 0.75 || meta.Fixed["attribution"] != 0.2 || meta.Fixed["us"] != "offense" || meta.Fixed["tech"] != nil ||
		len(meta.Columns) != 6 || meta.Citation == "" {
		t.Errorf("meta %+v", meta)
	}
}

// BenchmarkGrid computes the phase map's 101×101 grid.
func BenchmarkGrid(b *testing.B) {
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	var g Grid
	for b.Loop() {
		g.Compute(model.Default(), tech, dia, GridN)
	}
}
