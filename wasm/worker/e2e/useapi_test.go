//go:build !js

package e2e

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// "Use the API": the curl and fetch snippets request the state shown, the
// API answers that state's intensity, and the snippets follow the sliders.
func TestUseAPIPanel(t *testing.T) {
	tb := newTab(t)
	tb.open("/#tech=0.30&dialogue=0.10&us=defense&china=offense&lang=zh-CN")
	tb.poll(`document.querySelector("#use-api-curl").value.includes("tech=0.30")`)
	curlRE := regexp.MustCompile(`^curl '([^']+)'$`)
	check := func(want string) {
		t.Helper()
		m := curlRE.FindStringSubmatch(eval[string](tb, `document.querySelector("#use-api-curl").value`))
		if m == nil || !strings.HasPrefix(m[1], baseURL+"/api/v1/assess?") || !strings.Contains(m[1], want) {
			t.Fatalf("curl snippet %q, want a request with %s", m, want)
		}
		for _, id := range []string{"use-api-js", "use-api-python", "use-api-r"} {
			s := eval[string](tb, `document.querySelector("#`+id+`").value`)
			if !strings.Contains(s, strings.SplitN(m[1], "?", 2)[0]) || !strings.Contains(s, "zh-CN") {
				t.Errorf("#%s = %q", id, s)
			}
		}
		if js := eval[string](tb, `document.querySelector("#use-api-js").value`); !strings.Contains(js, `fetch("`+m[1]+`")`) {
			t.Errorf("fetch snippet %q does not request %s", js, m[1])
		}
		var a struct {
			Intensity float64 `json:"intensity"`
		}
		if err := json.Unmarshal(apiBody(t, m[1]), &a); err != nil {
			t.Fatal(err)
		}
		if page := eval[string](tb, `document.querySelector("#intensity").dataset.value`); page != strconv.FormatFloat(a.Intensity, 'g', -1, 64) {
			t.Errorf("the API answers intensity %v; the page shows %q", a.Intensity, page)
		}
	}
	check("lang=zh-CN")
	eval[bool](tb, `(() => { const s = document.querySelector("#tech"); s.value = "0.31"; s.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	tb.poll(`document.querySelector("#use-api-curl").value.includes("tech=0.31")`)
	check("tech=0.31")
}
