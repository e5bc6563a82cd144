package server_test

import (
	"fmt"
	"io"
	"net/http/httptest"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

func get(target string) (int, string) {
	rec := httptest.NewRecorder()
	server.API().ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

// The paper's baseline, as GET /api/v1/assess answers it (model version 2,
// the newest; add v=1 for the first version's answer).
func ExampleAssess() {
	code, body := get("/api/v1/assess?tech=0.85&discourse=0.75&attribution=0.2&dialogue=0.6")
	fmt.Println(code)
	fmt.Print(body)
	// Output:
	// 200
	// {"model_version":2,"inputs":{"tech":0.85,"discourse":0.75,"attribution":0.2,"dialogue":0.6,"us":"offense","china":"defense"},"power_share":0.8166666666666668,"offense_balance":0.6333333333333335,"distinguishability":0.6799999999999999,"world":"aggression-possible","intensity":0.21456537887969812,"band":"low","reaction":0.522666666666667,"restraint":1,"stable":true,"stability_margin":0.7268195555555552,"equilibrium":{"us":0.34156483284250927,"china":0.45452455263235164},"posen":{"intentions_unassessable":true,"hegemony_projected":true,"ideology_as_tool":true,"met":3}}
}

// Bad input: a 400 with a JSON error that names the parameter and its range.
func ExampleAssess_badInput() {
	code, body := get("/api/v1/assess?tech=1.5")
	fmt.Println(code)
	fmt.Print(body)
	code, body = get("/api/v1/simulate?steps=9999")
	fmt.Println(code)
	fmt.Print(body)
	// Output:
	// 400
	// {"error":{"param":"tech","message":"tech must be a number in [0, 1]; got \"1.5\""}}
	// 400
	// {"error":{"param":"steps","message":"steps must be an integer in [1, 500]; got \"9999\""}}
}

// Two rounds of the race without consensus: the US moves, China reacts.
func ExampleSimulate() {
	code, body := get("/api/v1/simulate?preset=us-superiority-no-consensus&steps=1")
	fmt.Println(code)
	fmt.Print(body)
	// Output:
	// 200
	// {"model_version":2,"inputs":{"tech":0.85,"discourse":0.75,"attribution":0.2,"dialogue":0,"us":"offense","china":"defense"},"steps":1,"converges":false,"settled_after":-1,"equilibrium":null,"trajectory":[{"round":0,"us":0,"china":0},{"round":1,"us":0.026,"china":0.07749333333333334}],"spiral":[{"move":0,"side":"us","x":0.5,"y":0,"radius":0.5},{"move":1,"side":"us","x":0.36165635067777036,"y":0.3616563506777703,"radius":0.5114593160468629},{"move":2,"side":"china","x":3.282795494320488e-17,"y":0.5361211896533927,"radius":0.5361211896533927}]}
}

// An old link keeps its meaning: v=1 answers with model version 1, which at
// the baseline meets two of Posen's conditions where version 2 meets three.
func ExampleAssess_version1() {
	code, body := get("/api/v1/assess?preset=baseline-2018&v=1")
	fmt.Println(code)
	fmt.Print(body)
	code, body = get("/api/v1/assess?v=3")
	fmt.Println(code)
	fmt.Print(body)
	// Output:
	// 200
	// {"model_version":1,"inputs":{"tech":0.85,"discourse":0.75,"attribution":0.2,"dialogue":0.6,"us":"offense","china":"defense"},"power_share":0.8166666666666668,"offense_balance":0.6333333333333335,"distinguishability":0.6799999999999999,"world":"aggression-possible","intensity":0.21456537887969807,"band":"low","reaction":0.5226666666666668,"restraint":1,"stable":true,"stability_margin":0.7268195555555554,"equilibrium":{"us":0.34156483284250905,"china":0.45452455263235153},"posen":{"intentions_unassessable":false,"hegemony_projected":true,"ideology_as_tool":true,"met":2}}
	// 400
	// {"error":{"param":"v","message":"v must be a model version, 1 to 2; got \"3\""}}
}
