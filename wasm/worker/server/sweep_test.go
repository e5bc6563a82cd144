package server

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dilemma/cyberdilemma/model"
)

type sweepBody struct {
	ModelVersion int            `json:"model_version"`
	X            string         `json:"x"`
	Y            string         `json:"y"`
	N            int            `json:"n"`
	Fixed        map[string]any `json:"fixed"`
	Rows         []struct {
		X, Y      float64
		Intensity float64
		Band      string
		World     string
		Stable    bool
	} `json:"rows"`
}

// assessAt asks /api/v1/assess at a sweep's cell: the fixed query with x and
// y set to the cell's values (written as the JSON writes them, which parse
// back to the same floats); the query's own values of x and y are dropped.
func assessAt(t *testing.T, fixed, x, y string, xv, yv float64) map[string]any {
	var keep []string
	for part := range strings.SplitSeq(fixed, "&") {
		if k, _, _ := strings.Cut(part, "="); k != x && k != y && part != "" {
			keep = append(keep, part)
		}
	}
	q := strings.Join(keep, "&") + "&" + x + "=" + strconv.FormatFloat(xv, 'g', -1, 64) + "&" + y + "=" + strconv.FormatFloat(yv, 'g', -1, 64)
	rec := get(t, API(), "GET", "/api/v1/assess?"+strings.TrimPrefix(q, "&"))
	if rec.Code != 200 {
		t.Fatalf("assess?%s = %d %s", q, rec.Code, rec.Body)
	}
	return decodeBody[map[string]any](t, rec)
}

// Every cell of /api/v1/sweep equals /api/v1/assess at that point: every
// cell for n = 11, sampled cells for n = 201; the CSV says the same as the
// JSON.
func TestSweepAPI(t *testing.T) {
	h := API()
	for _, c := range []struct{ fixed, x, y string }{
		{"", "tech", "dialogue"},
		{"discourse=0.4&us=defense&china=offense&v=1", "attribution", "tech"},
		{"preset=china-tech-advantage", "dialogue", "discourse"},
		{"tech=0.1&dialogue=0.9&attribution=0.35", "dialogue", "tech"}, // x's and y's values are swept over
	} {
		for _, n := range []int{11, 201} {
			q := fmt.Sprintf("x=%s&y=%s&n=%d", c.x, c.y, n)
			if c.fixed != "" {
				q += "&" + c.fixed
			}
			rec := get(t, h, "GET", "/api/v1/sweep?"+q)
			if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" {
				t.Fatalf("sweep?%s = %d %q", q, rec.Code, rec.Header().Get("Content-Type"))
			}
			s := decodeBody[sweepBody](t, rec)
			if s.X != c.x || s.Y != c.y || s.N != n || len(s.Rows) != n*n || len(s.Fixed) != 4 {
				t.Fatalf("sweep?%s: %s×%s n %d, %d rows, fixed %v", q, s.X, s.Y, s.N, len(s.Rows), s.Fixed)
			}
			if _, swept := s.Fixed[c.x]; swept {
				t.Errorf("fixed %v holds the swept %s", s.Fixed, c.x)
			}
			step := 1
			if n == 201 {
				step = 97 // a prime: the samples fall on every row and column
			}
			for k := 0; k < len(s.Rows); k += step {
				r := s.Rows[k]
				if r.X != model.SweepPoint(k%n, n) || r.Y != model.SweepPoint(k/n, n) {
					t.Fatalf("row %d at (%v, %v)", k, r.X, r.Y)
				}
				a := assessAt(t, c.fixed, c.x, c.y, r.X, r.Y)
				if a["intensity"] != r.Intensity || a["band"] != r.Band || a["world"] != r.World || a["stable"] != r.Stable || a["model_version"] != float64(s.ModelVersion) {
					t.Fatalf("sweep?%s row %d %+v; assess: %v %v %v %v v%v", q, k, r, a["intensity"], a["band"], a["world"], a["stable"], a["model_version"])
				}
			}
			if n == 11 {
				rec := get(t, h, "GET", "/api/v1/sweep?format=csv&"+q)
				if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/csv; charset=utf-8" {
					t.Fatalf("csv: %d %q", rec.Code, rec.Header().Get("Content-Type"))
				}
				recs, err := csv.NewReader(rec.Body).ReadAll()
				if err != nil || len(recs) != n*n+1 || strings.Join(recs[0], ",") != c.x+","+c.y+",intensity,band,world,stable" {
					t.Fatalf("csv: %d records, header %v, %v", len(recs), recs[0], err)
				}
				for k, r := range recs[1:] {
					row := s.Rows[k]
					x, _ := strconv.ParseFloat(r[0], 64)
					y, _ := strconv.ParseFloat(r[1], 64)
					in, _ := strconv.ParseFloat(r[2], 64)
					if x != row.X || y != row.Y || in != row.Intensity || r[3] != row.Band || r[4] != row.World || r[5] != strconv.FormatBool(row.Stable) {
						t.Fatalf("csv line %d %v, json %+v", k+1, r, row)
					}
				}
			}
		}
	}
	// Defaults: tech × dialogue, 51 × 51, JSON.
	if s := decodeBody[sweepBody](t, get(t, h, "GET", "/api/v1/sweep")); s.X != "tech" || s.Y != "dialogue" || s.N != 51 || len(s.Rows) != 51*51 || s.ModelVersion != model.Version {
		t.Errorf("defaults: %s×%s n %d version %d", s.X, s.Y, s.N, s.ModelVersion)
	}
	if rec := get(t, h, "HEAD", "/api/v1/sweep?n=5"); rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD sweep = %d, %d bytes", rec.Code, rec.Body.Len())
	}
	start := time.Now()
	rec := get(t, h, "GET", "/api/v1/sweep?n=201&format=csv")
	t.Logf("201 × 201 CSV: %d bytes in %v", rec.Body.Len(), time.Since(start))
}

func TestSweepAPIBad(t *testing.T) {
	h := API()
	for _, c := range []struct{ q, param string }{
		{"x=tech&y=tech", "y"},
		{"x=dialogue", "y"}, // y defaults to dialogue
		{"x=speed", "x"},
		{"y=us", "y"},
		{"x=", "x"},
		{"n=1", "n"},
		{"n=202", "n"},
		{"n=0", "n"},
		{"n=ten", "n"},
		{"n=", "n"},
		{"n=5.5", "n"},
		{"n=+5", "n"},
		{"format=xml", "format"},
		{"format=", "format"},
		{"format=JSON", "format"},
		{"x=tech&x=discourse", "x"},
		{"tech=2", "tech"},
		{"v=9", "v"},
		{"steps=5", "steps"},
		{"lang=en", "lang"},
	} {
		rec := get(t, h, "GET", "/api/v1/sweep?"+c.q)
		e := decodeBody[ErrorBody](t, rec).Error
		if rec.Code != 400 || e.Param != c.param || !strings.Contains(e.Message, c.param) {
			t.Errorf("sweep?%s = %d %+v; want 400 naming %s", c.q, rec.Code, e, c.param)
		}
	}
	if rec := get(t, h, "POST", "/api/v1/sweep"); rec.Code != 405 {
		t.Errorf("POST sweep = %d", rec.Code)
	}
}
