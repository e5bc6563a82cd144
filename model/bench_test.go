package model

import "testing"

var sinkA Assessment

func BenchmarkAssess(b *testing.B) {
	b.ReportAllocs()
	in := Default()
	for b.Loop() {
		sinkA = Assess(in)
	}
}

func BenchmarkSimulate200(b *testing.B) {
	b.ReportAllocs()
	in := Default()
	for b.Loop() {
		if _, err := Simulate(in, 200); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSpiralReuse(b *testing.B) {
	b.ReportAllocs()
	in := Default()
	buf := make([]SpiralPoint, 0, 512)
	for b.Loop() {
		buf = Spiral(buf, in, 400)
	}
}

func BenchmarkEncode(b *testing.B) {
	b.ReportAllocs()
	in := Default()
	buf := make([]byte, 0, 128)
	for b.Loop() {
		buf = in.AppendEncode(buf[:0])
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	raw := Default().Encode()
	for b.Loop() {
		if _, err := Parse(raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
