//go:build !js

package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// wasmPackages builds the calculator's .wasm with its symbols (no -s -w)
// and prints the bytes of code per Go package, from the module's code
// section and the function names of its "name" section: what the binary
// holds, for cutting what the calculator does not need. (go tool nm does
// not read WebAssembly.)
func wasmPackages(root, pkg string) string {
	out := filepath.Join(os.TempDir(), "bench-"+filepath.Base(pkg)+"-symbols.wasm")
	defer os.Remove(out)
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: wasm packages: %v\n%s", err, b)
		return ""
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return ""
	}
	sizes, err := codeSizes(b)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: wasm packages:", err)
		return ""
	}
	byPkg := map[string]int{}
	total := 0
	for name, n := range sizes {
		byPkg[goPackage(name)] += n
		total += n
	}
	type row struct {
		pkg string
		n   int
	}
	var rows []row
	for p, n := range byPkg {
		rows = append(rows, row{p, n})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n })
	var bld strings.Builder
	fmt.Fprintf(&bld, "| package | code, KB | share |\n|---|---|---|\n")
	for i, r := range rows {
		if i == 25 {
			break
		}
		fmt.Fprintf(&bld, "| %s | %.0f | %.1f %% |\n", r.pkg, float64(r.n)/1000, 100*float64(r.n)/float64(total))
	}
	fmt.Fprintf(&bld, "\nCode section: %.0f KB in %d functions; the whole file %.0f KB with symbols.\n", float64(total)/1000, len(sizes), float64(len(b))/1000)
	fmt.Fprintf(os.Stderr, "\nbench: %s's code per package:\n%s\n", pkg, bld.String())
	return bld.String()
}

var wasmPkgReport, spiralPkgReport string

// goPackage returns the package of a Go function symbol as the wasm name
// section spells it: "github.com_a_b.(*T).M" (the path's slashes as
// underscores) or "runtime.mallocgc".
func goPackage(sym string) string {
	rest, host := sym, ""
	for _, h := range []string{"github.com", "golang.org", "honnef.co"} {
		if strings.HasPrefix(sym, h) {
			rest, host = sym[len(h):], h
		}
	}
	if dot := strings.IndexByte(rest, '.'); dot >= 0 {
		rest = rest[:dot]
	}
	return strings.ReplaceAll(host+rest, "_", "/")
}

// codeSizes returns the size of each function body of a WebAssembly
// module, by the function's name in the "name" section (summed when names
// repeat).
func codeSizes(b []byte) (map[string]int, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	p := b[8:]
	imported := 0
	var bodies []int
	names := map[int]string{}
	for len(p) > 0 {
		id := p[0]
		size, n := binary.Uvarint(p[1:])
		if n <= 0 || int(size) > len(p)-1-n {
			return nil, errors.New("bad section")
		}
		sec := p[1+n : 1+n+int(size)]
		p = p[1+n+int(size):]
		switch id {
		case 2: // imports: count the imported functions
			count, k := binary.Uvarint(sec)
			q := sec[k:]
			for range count {
				for range 2 { // module and field names
					l, k := binary.Uvarint(q)
					q = q[k+int(l):]
				}
				kind := q[0]
				q = q[1:]
				switch kind {
				case 0: // function: type index
					_, k := binary.Uvarint(q)
					q = q[k:]
					imported++
				case 1: // table: reftype, limits
					q = q[1:]
					q = skipLimits(q)
				case 2: // memory: limits
					q = skipLimits(q)
				case 3: // global: valtype, mut
					q = q[2:]
				}
			}
		case 10: // code
			count, k := binary.Uvarint(sec)
			q := sec[k:]
			for range count {
				l, k := binary.Uvarint(q)
				bodies = append(bodies, k+int(l))
				q = q[k+int(l):]
			}
		case 0: // custom: the name section's function names
			l, k := binary.Uvarint(sec)
			if string(sec[k:k+int(l)]) != "name" {
				continue
			}
			q := sec[k+int(l):]
			for len(q) > 0 {
				sub := q[0]
				sl, k := binary.Uvarint(q[1:])
				body := q[1+k : 1+k+int(sl)]
				q = q[1+k+int(sl):]
				if sub != 1 {
					continue
				}
				count, k := binary.Uvarint(body)
				r := body[k:]
				for range count {
					idx, k := binary.Uvarint(r)
					r = r[k:]
					nl, k := binary.Uvarint(r)
					names[int(idx)] = string(r[k : k+int(nl)])
					r = r[k+int(nl):]
				}
			}
		}
	}
	out := map[string]int{}
	for i, n := range bodies {
		name := names[imported+i]
		if name == "" {
			name = "?"
		}
		out[name] += n
	}
	return out, nil
}

func skipLimits(q []byte) []byte {
	flag := q[0]
	_, k := binary.Uvarint(q[1:])
	q = q[1+k:]
	if flag&1 != 0 {
		_, k = binary.Uvarint(q)
		q = q[k:]
	}
	return q
}
