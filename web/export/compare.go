package export

import (
	"bytes"

	"github.com/dilemma/cyberdilemma/model"
)

// WithCompare returns the JSON download a (from JSON, for state A, whose
// inputs are aIn) with state B added: "b", B's own download object (JSON
// of b over the same steps, read by A's model version), and
// "delta_intensity", B's intensity minus A's. A's fields stay where they
// are, so a reader of single-state downloads reads A unchanged.
func WithCompare(a []byte, aIn, b model.Inputs, steps int) ([]byte, error) {
	b.Version = aIn.Version
	bj, err := JSON(b, steps)
	if err != nil {
		return nil, err
	}
	ia := model.Assess(aIn).Intensity
	out := openObject(a)
	out = append(out, `,"b":`...)
	out = append(out, bytes.TrimRight(bj, "\n")...)
	out = appendNum(out, "delta_intensity", model.Assess(b).Intensity-ia)
	return append(out, "}\n"...), nil
}

// openObject returns a JSON object (with a trailing newline) without its
// closing brace, ready for more members.
func openObject(b []byte) []byte {
	b = bytes.TrimRight(b, "\n")
	return b[: len(b)-1 : len(b)-1]
}

// CompareCSV returns the races of A and B over steps rounds as one RFC 4180
// CSV table: a first column "state" (A or B), then CSV's columns; A's rows,
// then B's.
func CompareCSV(a, b model.Inputs, steps int) ([]byte, error) {
	ca, err := CSV(a, steps)
	if err != nil {
		return nil, err
	}
	cb, err := CSV(b, steps)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(ca)+len(cb)+4*steps+16)
	for i, c := range [][]byte{ca, cb} {
		label := [...]string{"A,", "B,"}[i]
		for j, line := range bytes.SplitAfter(c, []byte("\r\n")) {
			if len(line) == 0 {
				continue
			}
			if j == 0 {
				if i == 0 {
					out = append(out, "state,"...)
					out = append(out, line...)
				}
				continue
			}
			out = append(out, label...)
			out = append(out, line...)
		}
	}
	return out, nil
}
