// Package layers holds the test of the module's layer rule (DESIGN.md §3):
// wasm/* → web/* → model/*, nothing back up; no binary imports another
// binary's package; model imports only the standard library. It has no code
// of its own.
package layers
