//go:build !js

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
)

// goBenchmarks runs the model's benchmarks and reports ns/op and allocs/op.
func goBenchmarks(root string) {
	// The fast benchmarks 20,000 times each, the Monte Carlo (about 10 ms
	// an op) 30 times.
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", "^Benchmark(Assess|Simulate200|SpiralReuse|Encode|Parse|FitBeta)$", "-benchmem", "-benchtime", "20000x", "-count", "1", "./model")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		add("model benchmarks", "go test -bench", 0, "", "failed: "+err.Error(), "", pass(false), "")
		return
	}
	cmd = exec.Command("go", "test", "-run", "^$", "-bench", "^BenchmarkMonteCarlo10k$", "-benchmem", "-benchtime", "30x", "-count", "1", "./model")
	cmd.Dir = root
	if mc, err := cmd.CombinedOutput(); err == nil {
		out = append(out, mc...)
	} else {
		add("Monte Carlo, 10,000 samples", "go test -bench", 0, "", "failed: "+err.Error(), "≤ 5 ms", pass(false), "")
	}
	budgets := map[string]string{"BenchmarkAssess": "≤ 1 µs and 0 allocs", "BenchmarkMonteCarlo10k": "≤ 5 ms"}
	names := map[string]string{
		"BenchmarkAssess":        "assessment (Assess)",
		"BenchmarkSimulate200":   "200-round simulation (Simulate)",
		"BenchmarkSpiralReuse":   "spiral geometry to settle, reused buffer",
		"BenchmarkEncode":        "codec: canonical encoding",
		"BenchmarkParse":         "codec: strict parse of a full query",
		"BenchmarkFitBeta":       "fitting a range's beta distribution",
		"BenchmarkMonteCarlo10k": "Monte Carlo, 10,000 samples, four ranges (natively)",
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 8 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		ns, _ := strconv.ParseFloat(f[2], 64)
		bytesOp, _ := strconv.ParseFloat(f[4], 64)
		allocs, _ := strconv.ParseFloat(f[6], 64)
		label, ok := names[name]
		if !ok {
			label = name
		}
		var within *bool
		switch name {
		case "BenchmarkAssess":
			within = pass(ns <= 1000 && allocs == 0)
		case "BenchmarkMonteCarlo10k":
			within = pass(ns <= 5e6)
		}
		add(label, "go test -bench -benchmem", ns, "ns/op", fmt.Sprintf("%.0f ns/op, %.0f B/op, %.0f allocs/op", ns, bytesOp, allocs), budgets[name], within, "")
	}
}
