// Package model turns Li Senlin's analysis of the China–US security dilemma in
// cyberspace ("The Origin of Security Dilemma between China and US in Cyber
// Space") into a quantitative model.
//
// Four inputs in [0, 1] (technology share, discourse power, attribution
// confidence, dialogue) and each side's posture give:
//
//   - the US power share P and the offense–defense balance O (Jervis 1978;
//     Glaser & Kaufmann 1998, measured as the paper does, "by network
//     technology and network public opinion");
//   - the distinguishability S of offensive from defensive intent (Jervis's
//     second variable; Posen 1993);
//   - Jervis's four worlds, the intensity of the dilemma and its band;
//   - a discrete Richardson (1960) action–reaction race, its stability,
//     equilibrium and a spiral geometry that any renderer can draw;
//   - Posen's three conditions as the paper lists them.
//
// The package imports the standard library only and knows no screen: the
// browser page, the Ebiten spiral, the PNG renderer and the JSON API all call
// it. Every default is traced to the paper by the data in evidence.go.
package model
