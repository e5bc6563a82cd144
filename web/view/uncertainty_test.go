package view

import (
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestUncertaintyView(t *testing.T) {
	base := model.Default()
	rg := model.PointRanges(base)
	rg[3] = model.Range{Lo: 0.1, Hi: 0.7}
	u := model.MonteCarlo(base, rg, 10000, 1, nil)
	v := NewUncertainty("en", u)
	for _, want := range []string{"of the settings you judged plausible", "10,000 samples", "seed 1"} {
		if !strings.Contains(v.Runaway, want) {
			t.Errorf("Runaway %q lacks %q", v.Runaway, want)
		}
	}
	if v.RunawayValue == "" || !strings.Contains(v.Means, "not a forecast") || v.Tornado[3].Input != "dialogue" || !strings.Contains(v.TornadoAlt, "Dialogue") {
		t.Errorf("view %+v", v)
	}
	zh := NewUncertainty("zh-CN", u)
	if !strings.Contains(zh.Runaway, "10000个样本") || strings.ContainsAny(zh.Runaway, "abcdefghijklmnopqrstuvwxyz") {
		t.Errorf("zh-CN: %q", zh.Runaway)
	}
	sum := 0.0
	for _, h := range v.Histogram {
		sum += h.Value
	}
	if sum < 0.999 || v.Histogram[10].From != "0.50" || v.Histogram[10].Band != model.BandHigh {
		t.Errorf("histogram rows %+v", v.Histogram)
	}
}
