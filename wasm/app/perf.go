//go:build js && wasm

package main

import "syscall/js"

// mark records a User Timing mark named "cd:"+name (performance.mark), so
// that a trace of the start (make bench, wasm/worker/bench/trace.go) can say which
// step of the program took how long. A mark costs a microsecond or so.
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", "cd:"+name)
	}
}
