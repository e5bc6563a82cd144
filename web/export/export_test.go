package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// states are the presets and seeded random inputs.
func states() []model.Inputs {
	var out []model.Inputs
	for _, p := range model.Presets() {
		out = append(out, p.Inputs)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 40 {
		in := model.Inputs{Tech: r.Float64(), Discourse: r.Float64(), Attribution: r.Float64(), Dialogue: r.Float64(),
			US: model.Posture(r.IntN(2)), China: model.Posture(r.IntN(2))}
		out = append(out, in.Round2())
	}
	return out
}

// apiShape is the JSON that JSON writes, as encoding/json writes it from
// the API's own types.
type apiShape struct {
	model.Assessment
	Steps        int                 `json:"steps"`
	Converges    bool                `json:"converges"`
	SettledAfter int                 `json:"settled_after"`
	Trajectory   []model.RoundState  `json:"trajectory"`
	Spiral       []model.SpiralPoint `json:"spiral"`
}

func TestJSONBytesAsEncodingJSON(t *testing.T) {
	for _, in := range states() {
		got, err := JSON(in, Steps)
		if err != nil {
			t.Fatalf("JSON(%v): %v", in, err)
		}
		tr, _ := model.Simulate(in, Steps)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(apiShape{model.Assess(in), Steps, tr.Converges, tr.SettledAfter, tr.Rounds, tr.Spiral}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("JSON(%v) =\n%s\nencoding/json gives\n%s", in, got, want.Bytes())
		}
	}
}

func TestCSV(t *testing.T) {
	for _, in := range states()[:10] {
		b, err := CSV(in, Steps)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("CSV(%v): %v", in, err)
		}
		tr, _ := model.Simulate(in, Steps)
		a := model.Assess(in)
		if len(rows) != Steps+2 || !reflect.DeepEqual(rows[0], CSVHeader) {
			t.Fatalf("CSV(%v): %d rows, header %v", in, len(rows), rows[0])
		}
		for i, r := range tr.Rounds {
			row := map[string]string{}
			for j, h := range CSVHeader {
				row[h] = rows[i+1][j]
			}
			num := func(k string) float64 {
				v, err := strconv.ParseFloat(row[k], 64)
				if err != nil {
					t.Fatalf("row %d %s = %q", i, k, row[k])
				}
				return v
			}
			if num("round") != float64(r.Round) || num("us_level") != r.US || num("china_level") != r.China ||
				num("tech") != a.Inputs.Tech || num("intensity") != a.Intensity || row["world"] != a.World.String() ||
				row["us"] != a.Inputs.US.String() || row["stable"] != strconv.FormatBool(a.Stable) {
				t.Fatalf("CSV(%v) row %d = %v", in, i, row)
			}
		}
	}
	if _, err := CSV(model.Default(), 0); err == nil {
		t.Errorf("CSV with 0 steps: no error")
	}
	if _, err := JSON(model.Default(), model.MaxRounds+1); err == nil {
		t.Errorf("JSON with too many steps: no error")
	}
}

func TestAppendFloat(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.1, 1e-7, -1e-7, 1.5e-9, 1e21, 123456789.125, 1e20, 5e-324} {
		want, _ := json.Marshal(f)
		if got := appendFloat(nil, f); string(got) != string(want) {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
}

func BenchmarkJSON(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		JSON(model.Default(), Steps)
	}
}

// The JSON download of a state with ranges carries the uncertainty answer
// byte for byte; the samples' CSV has a row per sample whose outputs the
// model gives for its inputs.
func TestUncertaintyExports(t *testing.T) {
	in := model.Default()
	rg := model.PointRanges(in)
	rg[3] = model.Range{Lo: 0.2, Hi: 0.7}
	s := &model.MCScratch{}
	u := model.MonteCarlo(in, rg, 300, 4, s)
	b, _ := JSON(in, Steps)
	full := WithUncertainty(b, u)
	var m map[string]json.RawMessage
	if err := json.Unmarshal(full, &m); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if string(m["uncertainty"]) != string(u.AppendJSON(nil)) || m["intensity"] == nil || !bytes.HasSuffix(full, []byte("}\n")) {
		t.Errorf("uncertainty %s", m["uncertainty"])
	}
	rows, err := csv.NewReader(bytes.NewReader(SamplesCSV(u, s))).ReadAll()
	if err != nil || len(rows) != 301 || len(rows[0]) != len(SamplesHeader) {
		t.Fatalf("samples CSV: %d rows, %v", len(rows), err)
	}
	runaway := 0
	for _, r := range rows[1:] {
		d, _ := strconv.ParseFloat(r[4], 64)
		x, _ := strconv.ParseFloat(r[8], 64)
		p := in
		p.Dialogue = d
		a := model.Assess(p)
		if a.Intensity != x || a.World.String() != r[9] || strconv.FormatBool(!a.Stable) != r[10] {
			t.Fatalf("row %v: model gives %v %v stable %v", r, a.Intensity, a.World, a.Stable)
		}
		if r[10] == "true" {
			runaway++
		}
	}
	if float64(runaway)/300 != u.Runaway {
		t.Errorf("%d runaway rows, p = %v", runaway, u.Runaway)
	}
}
