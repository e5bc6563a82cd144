package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// GoldenV1 reads testdata/assess-v1.golden: the answers of model version 1,
// taken from GET /api/v1/assess before version 2 was written (the presets,
// the defaults and 1,000 seeded random states, half on the sliders' 0.01 grid
// and half anywhere in [0, 1], with random postures). Each line is the query,
// a tab, and the whole response body of that release (which had no
// "model_version" key).
func goldenV1(t testing.TB) (queries, bodies []string) {
	f, err := os.Open("testdata/assess-v1.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		q, body, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("golden line without a tab: %q", sc.Text())
		}
		queries, bodies = append(queries, q), append(bodies, body)
	}
	if len(queries) < 1000 {
		t.Fatalf("golden file has %d lines", len(queries))
	}
	return queries, bodies
}

// A released version never changes its answers: version 1's assessment of
// every golden state, encoded as the API encodes it, is the golden body byte
// for byte, with the version it was computed by in front.
func TestVersion1Golden(t *testing.T) {
	queries, bodies := goldenV1(t)
	changed := 0
	for i, q := range queries {
		pq, err := Parse(q+"&v=1", Options{})
		if err != nil {
			t.Fatalf("Parse(%q): %v", q, err)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(Assess(pq.Inputs)); err != nil {
			t.Fatal(err)
		}
		got := strings.TrimSuffix(buf.String(), "\n")
		if want := `{"model_version":1,` + bodies[i][1:]; got != want {
			t.Fatalf("version 1 changed its answer for %q:\n got %s\nwant %s", q, got, want)
		}
		// Version 2 is a different model: it must differ somewhere.
		pq.Inputs.Version = 2
		if a := Assess(pq.Inputs); a.Reaction != Assess(pq.Inputs.withVersion(1)).Reaction {
			changed++
		}
	}
	if changed == 0 {
		t.Errorf("version 2 gives version 1's reaction on every golden state")
	}
	t.Logf("%d golden states; version 2's reaction differs on %d", len(queries), changed)
}

func (in Inputs) withVersion(v int) Inputs { in.Version = v; return in }
