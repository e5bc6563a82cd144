package explain

import (
	"math"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestCompareSame(t *testing.T) {
	a := model.Default()
	c := Compare(En, a, a)
	if c.Delta != 0 || len(c.Differences) != 0 || !strings.HasPrefix(c.Summary, "A and B are the same state") {
		t.Errorf("same state: %+v", c)
	}
}

func TestCompareOneInput(t *testing.T) {
	a := model.Default()
	b := a
	b.Dialogue = 0
	c := Compare(En, a, b)
	want := model.Assess(b).Intensity - model.Assess(a).Intensity
	if math.Abs(c.Delta-want) > 1e-12 {
		t.Errorf("Delta %v, want %v", c.Delta, want)
	}
	if len(c.Differences) != 1 || c.Differences[0].Input != "dialogue" || math.Abs(c.Differences[0].Effect-want) > 1e-12 {
		t.Fatalf("Differences %+v", c.Differences)
	}
	if !strings.Contains(c.Driver, "Only Dialogue differs: 0.60 in A, 0.00 in B") {
		t.Errorf("Driver %q", c.Driver)
	}
	// The baseline's race is contained and dialogue 0 makes it escalate
	// (the paper's first future), so the race sentence is there.
	if model.Assess(a).Stable == model.Assess(b).Stable {
		t.Fatal("test premise: dialogue 0 changes the race's fate")
	}
	if c.Race != "In A the race is contained; in B the race escalates." {
		t.Errorf("Race %q", c.Race)
	}
	// Swapping A and B negates the difference.
	if r := Compare(En, b, a); math.Abs(r.Delta+c.Delta) > 1e-12 {
		t.Errorf("swapped Delta %v, want %v", r.Delta, -c.Delta)
	}
}

func TestCompareNamesTheLargestAndPostures(t *testing.T) {
	a := model.Default()
	b := a
	b.Tech, b.Attribution, b.China = 0.5, 0.9, model.Offense
	c := Compare(ZhCN, a, b)
	if len(c.Differences) != 3 || c.Differences[2].Input != "china" || c.Differences[2].B != "进攻" {
		t.Fatalf("Differences %+v", c.Differences)
	}
	best := c.Differences[0]
	for _, d := range c.Differences {
		if math.Abs(d.Effect) > math.Abs(best.Effect) {
			best = d
		}
	}
	if !strings.Contains(c.Driver, best.Name) {
		t.Errorf("Driver %q does not name %s", c.Driver, best.Name)
	}
	for _, s := range []string{c.Summary, c.World, c.Driver} {
		if strings.ContainsAny(s, "{}") || strings.Contains(s, "⟦") {
			t.Errorf("unfilled text %q", s)
		}
	}
	if c.World == Compare(ZhCN, a, a).World {
		t.Errorf("World sentence %q", c.World)
	}
}

// Two states that differ at the page's two decimals always get a driver
// sentence, even when the raw values are closer than 0.005.
func TestCompareCloseValues(t *testing.T) {
	a, b := model.Default(), model.Default()
	a.Dialogue, b.Dialogue = 0.6049, 0.6051 // 0.60 and 0.61 on the page
	c := Compare(En, a, b)
	if len(c.Differences) != 1 || c.Driver == "" || strings.HasPrefix(c.Summary, "A and B are the same") {
		t.Errorf("close values: %+v", c)
	}
}
