package view

import (
	"runtime"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// TestUpdatesKeepNoMemory runs the sequence of work the page does on a
// slider's move (the headline, the whole view, state B's view and the
// explanation of the difference, the fragment, the sharing data) many times
// and checks that the live heap does not grow: whatever an update
// allocates is garbage once the next one runs. It is the native half of
// make bench's memory row (WebAssembly memory flat over 5 minutes of
// slider input), with the heap read exactly after a GC rather than sampled.
func TestUpdatesKeepNoMemory(t *testing.T) {
	s, _ := Parse("compare=1&b.dialogue=0.1", Default())
	step := func(i int) {
		p := model.Params[i%len(model.Params)]
		v := float64(i%101) / 100
		s.Inputs = p.Set(s.Inputs, v).Round2()
		s.B = p.Set(s.B, 1-v).Round2()
		NewHeadline(s)
		v2 := New(s)
		NewCompare(s, v2)
		NewShare(v2, "https://x.example")
		_ = s.Fragment()
	}
	live := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for i := range 2000 { // warm-up: the catalogs' lazily built parts
		step(i)
	}
	before := live()
	for i := range 8000 {
		step(i)
	}
	after := live()
	if after > before+64<<10 {
		t.Errorf("live heap grew by %d bytes over 8,000 updates (%d → %d)", after-before, before, after)
	}
}
