package server

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// GET /api/v1/assess?…&v=1 gives version 1's answers byte for byte: the
// golden bodies taken from the API before version 2 was written, with the
// version that computed them in front. Without v the newest version answers.
func TestAssessVersion1Golden(t *testing.T) {
	f, err := os.Open("../../../model/testdata/assess-v1.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := API()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n, differ := 0, 0
	for sc.Scan() {
		q, body, _ := strings.Cut(sc.Text(), "\t")
		sep := "&"
		if q == "" {
			sep = ""
		}
		rec := get(t, h, "GET", "/api/v1/assess?"+q+sep+"v=1")
		if want := `{"model_version":1,` + body[1:] + "\n"; rec.Code != 200 || rec.Body.String() != want {
			t.Fatalf("v=1 for %q: %d\n got %s\nwant %s", q, rec.Code, rec.Body, want)
		}
		rec = get(t, h, "GET", "/api/v1/assess?"+q)
		if !strings.HasPrefix(rec.Body.String(), `{"model_version":2,`) {
			t.Fatalf("no v for %q: %s", q, rec.Body)
		}
		if strings.TrimPrefix(rec.Body.String(), `{"model_version":2,`) != body[1:]+"\n" {
			differ++
		}
		n++
	}
	if n < 1000 || differ == 0 {
		t.Errorf("%d golden states, %d differ in version 2", n, differ)
	}
}

// Every answer names its model version; presets take v; bad versions are a
// 400 naming v, in the language asked for.
func TestModelVersionEverywhere(t *testing.T) {
	h := API()
	for target, want := range map[string]float64{
		"/api/v1/assess":               2,
		"/api/v1/assess?v=1":           1,
		"/api/v1/simulate?steps=3":     2,
		"/api/v1/simulate?steps=3&v=1": 1,
		"/api/v1/presets":              2,
		"/api/v1/presets?v=1":          1,
		"/api/v1/evidence":             2,
		"/api/v1/assess?preset=china-tech-advantage&v=2&lang=en": 2,
	} {
		rec := get(t, h, "GET", target)
		body := decodeBody[map[string]any](t, rec)
		if rec.Code != 200 || body["model_version"] != want {
			t.Errorf("GET %s: %d, model_version %v; want %v", target, rec.Code, body["model_version"], want)
		}
	}
	// The presets' results differ between versions where the model does.
	type presets struct{ Presets []PresetInfo }
	p1 := decodeBody[presets](t, get(t, h, "GET", "/api/v1/presets?v=1")).Presets
	p2 := decodeBody[presets](t, get(t, h, "GET", "/api/v1/presets")).Presets
	for i := range p2 {
		if !strings.HasSuffix(p2[i].Query, "&v=2") || !strings.HasSuffix(p1[i].Query, "&v=1") {
			t.Errorf("preset %s: queries %q, %q", p2[i].ID, p1[i].Query, p2[i].Query)
		}
		in := p2[i].Inputs
		in.Version = 1
		if a := model.Assess(in); a.Intensity != p1[i].Intensity {
			t.Errorf("preset %s v=1: intensity %v, model says %v", p1[i].ID, p1[i].Intensity, a.Intensity)
		}
	}
	for _, tc := range []struct{ target, param, contains string }{
		{"/api/v1/assess?v=3", "v", "v must be a model version, 1 to 2; got \"3\""},
		{"/api/v1/assess?v=0&tech=0.5", "v", "1 to 2"},
		{"/api/v1/simulate?v=latest", "v", "1 to 2"},
		{"/api/v1/presets?v=9", "v", "1 to 2"},
		{"/api/v1/presets?tech=0.5", "query", "takes only v"},
		{"/api/v1/presets?v=1&x=1", "query", "takes only v"},
		{"/api/v1/evidence?v=1", "query", "takes no parameters"},
		{"/api/v1/assess?v=5&lang=zh-CN", "v", "模型版本"},
		{"/og.png?v=3", "v", "1 to 2"},
	} {
		rec := get(t, h, "GET", tc.target)
		e := decodeBody[ErrorBody](t, rec).Error
		if rec.Code != 400 || e.Param != tc.param || !strings.Contains(e.Message, tc.contains) {
			t.Errorf("GET %s: %d %+v; want 400 naming %s with %q", tc.target, rec.Code, e, tc.param, tc.contains)
		}
	}
}

// The oEmbed answer and the preview image keep the link's version.
func TestLinksCarryTheVersion(t *testing.T) {
	h := API()
	for _, v := range []string{"1", "2"} {
		rec := get(t, h, "GET", "/oembed?format=json&url="+strings.ReplaceAll("http://example.test/#tech=0.30&dialogue=0&v="+v, "&", "%26"))
		body := decodeBody[OEmbedResponse](t, rec)
		if rec.Code != 200 || !strings.Contains(body.ThumbnailURL, "&v="+v) || !strings.Contains(body.HTML, "&amp;v="+v) {
			t.Errorf("oEmbed for v=%s: %d thumbnail %q html %q", v, rec.Code, body.ThumbnailURL, body.HTML)
		}
	}
	// A version-1 link and a version-2 link of the same inputs differ where
	// the models do (tech 0.30, discourse 0.75, no dialogue: v1 diverges).
	a := get(t, h, "GET", "/og.png?tech=0.30&dialogue=0&v=1").Body.String()
	b := get(t, h, "GET", "/og.png?tech=0.30&dialogue=0&v=2").Body.String()
	if a == b || len(a) < 1000 {
		t.Errorf("og.png ignores the model version (%d and %d bytes)", len(a), len(b))
	}
}
