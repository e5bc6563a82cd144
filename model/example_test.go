package model_test

import (
	"fmt"

	"github.com/dilemma/cyberdilemma/model"
)

// The paper's 2018 baseline: "not in a high-intensity security dilemma, but
// there is still a problem of security dilemma".
func ExampleAssess() {
	a := model.Assess(model.Default())
	fmt.Printf("P=%.2f O=%.2f S=%.2f\n", a.PowerShare, a.OffenseBalance, a.Distinguishability)
	fmt.Printf("world=%v intensity=%.2f band=%v stable=%v\n", a.World, a.Intensity, a.Band, a.Stable)
	fmt.Printf("equilibrium: US %.3f, China %.3f\n", a.Equilibrium.US, a.Equilibrium.China)
	fmt.Printf("Posen's conditions met: %d of 3\n", a.Posen.Met)
	// Output:
	// P=0.82 O=0.63 S=0.68
	// world=aggression-possible intensity=0.21 band=low stable=true
	// equilibrium: US 0.342, China 0.455
	// Posen's conditions met: 3 of 3
}

// The paper's first future: the US keeps its technological superiority and
// the two sides fail to develop a consensus.
func ExampleAssess_noConsensus() {
	in := model.Default()
	in.Dialogue = 0
	a := model.Assess(in)
	fmt.Printf("world=%v intensity=%.2f band=%v stable=%v\n", a.World, a.Intensity, a.Band, a.Stable)
	// Output:
	// world=doubly-dangerous intensity=0.78 band=severe stable=false
}

func ExampleParse() {
	q, err := model.Parse("#preset=china-tech-advantage&dialogue=0", model.Options{})
	fmt.Println(q.Inputs.Encode(), err)
	_, err = model.Parse("tech=1.5", model.Options{})
	fmt.Println(err)
	// Output:
	// tech=0.30&discourse=0.50&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2 <nil>
	// model: tech must be a number in [0, 1]; got "1.5"
}

func ExampleSimulate() {
	tr, _ := model.Simulate(model.Default(), 3)
	for _, r := range tr.Rounds {
		fmt.Printf("round %d: US %.4f China %.4f\n", r.Round, r.US, r.China)
	}
	fmt.Println("points:", len(tr.Spiral), "converges:", tr.Converges)
	// Output:
	// round 0: US 0.0000 China 0.0000
	// round 1: US 0.0260 China 0.0724
	// round 2: US 0.0550 China 0.1305
	// round 3: US 0.0843 China 0.1779
	// points: 7 converges: true
}

func ExampleRace() {
	r := model.NewRace(model.Default())
	for !r.Settled() {
		r.Step()
	}
	fmt.Printf("settled after %d moves (%d rounds) at US %.3f, China %.3f\n", r.Moves(), r.Round(), r.US(), r.China())
	// Output:
	// settled after 91 moves (45 rounds) at US 0.341, China 0.454
}
