package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestWithCompare(t *testing.T) {
	a := model.Default()
	b := a
	b.Dialogue, b.Version = 0, 1 // B's version follows A's
	ja, err := JSON(a, Steps)
	if err != nil {
		t.Fatal(err)
	}
	out, err := WithCompare(ja, a, b, Steps)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Intensity float64 `json:"intensity"`
		B         struct {
			ModelVersion int     `json:"model_version"`
			Intensity    float64 `json:"intensity"`
			Converges    bool    `json:"converges"`
		} `json:"b"`
		Delta float64 `json:"delta_intensity"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	b.Version = a.Version
	ra, rb := model.Assess(a), model.Assess(b)
	if got.Intensity != ra.Intensity || got.B.Intensity != rb.Intensity || got.Delta != rb.Intensity-ra.Intensity || got.B.ModelVersion != model.Version {
		t.Errorf("got %+v; want A %v B %v", got, ra.Intensity, rb.Intensity)
	}
	// A's part is the single-state download, byte for byte.
	if !bytes.HasPrefix(out, bytes.TrimRight(ja, "}\n")) {
		t.Error("A's fields changed")
	}
}

func TestCompareCSV(t *testing.T) {
	a := model.Default()
	b := a
	b.Tech = 0.3
	c, err := CompareCSV(a, b, 10)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(c)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+2*11 || rows[0][0] != "state" || rows[1][0] != "A" || rows[12][0] != "B" {
		t.Fatalf("rows %d, first cells %q %q %q", len(rows), rows[0][0], rows[1][0], rows[12][0])
	}
	if rows[1][4] != "0.85" || rows[12][4] != "0.3" || rows[0][4] != "tech" {
		t.Errorf("tech column: header %q A %q B %q", rows[0][4], rows[1][4], rows[12][4])
	}
}
