//go:build !js

// Command bench measures the calculator's speed, size and quality and prints
// one report: a Markdown table on stdout (each figure beside its budget, PASS
// or OVER) and the same figures as JSON in -out (git-ignored). Budgets are
// printed, never asserted: `make test` does not run this.
//
//	go run ./wasm/worker/bench -site web/dist -out .bench
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/dilemma/cyberdilemma/wasm/worker/server/servertest"
)

// Figure is one measured figure and its budget.
type Figure struct {
	Name   string  `json:"name"`
	How    string  `json:"how"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Text   string  `json:"text"`   // the value as printed
	Budget string  `json:"budget"` // the budget as printed; "" for context figures
	Pass   *bool   `json:"pass,omitempty"`
	Note   string  `json:"note,omitempty"`
}

// Report is what -out receives as report.json.
type Report struct {
	When    time.Time `json:"when"`
	Machine string    `json:"machine"`
	Figures []Figure  `json:"figures"`
}

var report Report

// add records a figure; within reports whether it met its budget (nil for
// figures without one).
func add(name, how string, value float64, unit, text, budget string, within *bool, note string) {
	report.Figures = append(report.Figures, Figure{Name: name, How: how, Value: value, Unit: unit, Text: text, Budget: budget, Pass: within, Note: note})
	status := ""
	if within != nil {
		status = "OVER"
		if *within {
			status = "PASS"
		}
	}
	fmt.Fprintf(os.Stderr, "bench: %-48s %-22s %-22s %s %s\n", name, text, budget, status, note)
}

func pass(b bool) *bool { return &b }

func main() {
	site := flag.String("site", "web/dist", "the built site")
	out := flag.String("out", ".bench", "folder for report.json and report.md")
	runs := flag.Int("runs", 5, "cold loads for the median")
	chromium := flag.String("chromium", "/usr/bin/chromium", "Chromium binary")
	memFor := flag.Duration("mem", 5*time.Minute, "duration of slider use for the memory figure (after 30 s of warm-up)")
	skip := flag.String("skip", "", "comma-separated parts to skip: sizes,wasmpkgs,browser,trace,go,native,workerd,lighthouse,axe")
	only := flag.String("only", "", "comma-separated parts to run, the others skipped (e.g. -only trace prints the start's breakdown)")
	flag.Parse()
	skipped := map[string]bool{}
	for s := range strings.SplitSeq(*skip, ",") {
		skipped[strings.TrimSpace(s)] = true
	}
	if *only != "" {
		for _, p := range []string{"sizes", "wasmpkgs", "browser", "trace", "go", "native", "workerd", "lighthouse", "axe"} {
			skipped[p] = true
		}
		for s := range strings.SplitSeq(*only, ",") {
			delete(skipped, strings.TrimSpace(s))
		}
	}
	report.When = time.Now().UTC()
	report.Machine = machine()
	root, err := repoRoot()
	if err != nil {
		log.Fatal(err)
	}
	siteDir, _ := filepath.Abs(*site)

	if !skipped["sizes"] {
		sizes(siteDir)
	}
	if !skipped["wasmpkgs"] {
		wasmPkgReport = wasmPackages(root, "./wasm/app")
		spiralPkgReport = wasmPackages(root, "./wasm/spiral")
	}
	srv, err := servertest.Start(siteDir)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	if !skipped["browser"] {
		browserFigures(*chromium, srv.URL, *runs, *memFor)
		uncertaintyInBrowser(*chromium, srv.URL)
		phaseMapInBrowser(*chromium, srv.URL)
	}
	if !skipped["trace"] {
		startFigures(*chromium, srv.URL, max(3, *runs/2+1))
	}
	if !skipped["go"] {
		goBenchmarks(root)
	}
	if !skipped["native"] {
		nativeLoad(srv.URL)
	}
	if !skipped["workerd"] {
		workerdLoad(root)
	}
	if !skipped["lighthouse"] {
		lighthouse(root, *chromium, srv.URL)
	}
	if !skipped["axe"] {
		axe(root, *chromium, srv.URL)
	}

	md := markdown()
	fmt.Print(md)
	os.MkdirAll(*out, 0o755)
	os.WriteFile(filepath.Join(*out, "report.md"), []byte(md), 0o644)
	b, _ := json.MarshalIndent(report, "", "  ")
	os.WriteFile(filepath.Join(*out, "report.json"), b, 0o644)
}

func markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s.\n\n", report.When.Format("2006-01-02 15:04 UTC"), report.Machine)
	b.WriteString("| figure | how | value | budget | status |\n|---|---|---|---|---|\n")
	for _, f := range report.Figures {
		status := ""
		if f.Pass != nil {
			status = "OVER"
			if *f.Pass {
				status = "PASS"
			}
		}
		text := f.Text
		if f.Note != "" {
			text += " (" + f.Note + ")"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", f.Name, f.How, text, f.Budget, status)
	}
	if wasmPkgReport != "" {
		b.WriteString("\napp.wasm's code per package (a build with symbols):\n\n" + wasmPkgReport)
	}
	if spiralPkgReport != "" {
		b.WriteString("\nspiral.wasm's code per package (a build with symbols):\n\n" + spiralPkgReport)
	}
	if traceReport != "" {
		b.WriteString("\nThe start at 4× CPU slowdown, cold (Chromium trace, the median run):\n\n" + traceReport)
	}
	return b.String()
}

func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.SplitSeq(string(b), "\n") {
			if strings.HasPrefix(line, "model name") {
				_, v, _ := strings.Cut(line, ":")
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int
		fmt.Sscanf(strings.SplitN(string(b), "\n", 2)[0], "MemTotal: %d kB", &kb)
		mem = fmt.Sprintf(", %.0f GiB", float64(kb)/(1<<20))
	}
	return fmt.Sprintf("%s, %d cores%s, %s %s/%s", cpu, runtime.NumCPU(), mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func repoRoot() (string, error) {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench: no go.mod above the working directory")
		}
		dir = parent
	}
}
