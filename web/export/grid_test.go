package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
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
	if got := string(b[:bytes.IndexByte(b, '\n')+1]); got != "tech,dialogue,intensity,band,world,stable\n" {
		t.Errorf("header %q", got)
	}
	// The API's sweep (model.Sweep) gives the same bytes.
	if mg, err := model.Sweep(in, "tech", "dialogue", GridN); err != nil || !bytes.Equal(mg.AppendCSV(nil), b) {
		t.Errorf("GridCSV differs from model.Sweep's CSV (%v)", err)
	}
	r := rows[1+10*GridN+30] // x = 0.3, y = 0.1
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

// Every point of the grid is Assess's answer there, for every pair of axes,
// posture and model version.
func TestGridIsAssess(t *testing.T) {
	var g Grid
	for _, v := range model.Versions {
		for _, us := range []model.Posture{model.Offense, model.Defense} {
			for _, cn := range []model.Posture{model.Offense, model.Defense} {
				in := model.Default()
				in.US, in.China, in.Version = us, cn, v
				for _, x := range model.Params {
					for _, y := range model.Params {
						if x == y {
							continue
						}
						g.Compute(in, x, y, 41)
						for j := 0; j < g.N; j++ {
							for i := 0; i < g.N; i++ {
								a := model.Assess(y.Set(x.Set(in, GridValue(i, g.N)), GridValue(j, g.N)))
								c := g.At(i, j)
								if c.Intensity != a.Intensity || c.Band != a.Band || c.World != a.World || c.Stable != a.Stable || c.O != a.OffenseBalance || c.S != a.Distinguishability {
									t.Fatalf("v%d %v/%v %s×%s (%d, %d): %+v, Assess %+v", v, us, cn, x.Key, y.Key, i, j, c, a)
								}
							}
						}
					}
				}
			}
		}
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

// The grid's counts cover every point; a cell reads as the view says.
func TestGridCounts(t *testing.T) {
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	var g Grid
	g.Compute(model.Default(), tech, dia, GridN)
	n := g.Counts()
	sum := 0
	for _, k := range n.Bands {
		sum += k
	}
	if n.Total != GridN*GridN || sum != n.Total || n.Runaway == 0 || n.Runaway >= n.Total {
		t.Errorf("counts %+v", n)
	}
	if got := g.Cell("en", 30, 10); !strings.HasPrefix(got, "Technology share (US) 0.30, Dialogue 0.10: intensity ") {
		t.Errorf("cell (30, 10) reads %q", got)
	}
}
