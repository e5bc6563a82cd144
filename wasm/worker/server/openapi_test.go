package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIFile holds openapi.json (embedded, and served) equal to the
// description in openapi_doc_test.go with its examples' live answers: a
// change of the model or of an endpoint that changes an example makes it
// stale. `go test ./wasm/worker/server -run TestOpenAPIFile -update`
// rewrites it.
func TestOpenAPIFile(t *testing.T) {
	b, err := openAPIBytes()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("openapi.json", b, 0o644); err != nil {
			t.Fatal(err)
		}
		openapiJSON = b
	}
	if !bytes.Equal(b, openapiJSON) {
		t.Errorf("openapi.json is stale; run go test ./wasm/worker/server -run TestOpenAPIFile -update")
	}
	rec := get(t, API(), "GET", "/api/v1/openapi.json")
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), openapiJSON) || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("GET /api/v1/openapi.json = %d %q, %d bytes", rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len())
	}
	if rec := get(t, API(), "GET", "/api/v1/openapi.json?v=1"); rec.Code != 400 {
		t.Errorf("openapi.json with a query = %d", rec.Code)
	}
	if rec := get(t, API(), "HEAD", "/api/v1/openapi.json"); rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD openapi.json = %d, %d bytes", rec.Code, rec.Body.Len())
	}
}

// loadDoc decodes the served document.
func loadDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return doc
}

// resolve follows a local $ref.
func resolve(doc map[string]any, v any) map[string]any {
	m, _ := v.(map[string]any)
	for m != nil {
		r, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		var cur any = doc
		for _, part := range strings.Split(strings.TrimPrefix(r, "#/"), "/") {
			cur = cur.(map[string]any)[part]
		}
		m, _ = cur.(map[string]any)
	}
	return m
}

// TestOpenAPIPaths: the document describes every route of the table, and
// only those, each with a GET.
func TestOpenAPIPaths(t *testing.T) {
	doc := loadDoc(t)
	paths := doc["paths"].(map[string]any)
	var want, got []string
	for _, rt := range Routes {
		if !rt.prefix() {
			want = append(want, rt.Path)
		}
	}
	for p, item := range paths {
		got = append(got, p)
		if _, ok := item.(map[string]any)["get"]; !ok {
			t.Errorf("%s has no get", p)
		}
	}
	sort.Strings(want)
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("documented paths %v, routes %v", got, want)
	}
}

// TestOpenAPIExamples makes each documented example's request against API()
// and checks its status, its content type, its value (when the document
// prints one) and its body against the response's schema; and requests each
// documented parameter with its default or example value.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadDoc(t)
	n := 0
	check := func(where, code string, resp map[string]any) {
		resp = resolve(doc, resp)
		content, _ := resp["content"].(map[string]any)
		for mt, c := range content {
			c := c.(map[string]any)
			schema := c["schema"]
			exs, _ := c["examples"].(map[string]any)
			for name, e := range exs {
				e := resolve(doc, e)
				target, _ := e["x-request"].(string)
				method, _ := e["x-method"].(string)
				if method == "" {
					method = "GET"
				}
				if target == "" {
					t.Errorf("%s %s %s: example %s has no x-request", where, code, mt, name)
					continue
				}
				u, _ := url.Parse(target)
				if where != "components" && u.Path != where {
					t.Errorf("%s: example %s requests %s", where, name, target)
				}
				status, ct, body := live(method, target)
				n++
				if fmt.Sprint(status) != code || !strings.HasPrefix(ct, mt) {
					t.Errorf("%s %s: %s %s = %d %q; documented %s %s", where, name, method, target, status, ct, code, mt)
					continue
				}
				if v, ok := e["value"]; ok && !reflect.DeepEqual(v, body) {
					t.Errorf("%s %s: %s answers %.300v; documented %.300v", where, name, target, body, v)
				}
				if mt == "image/png" {
					if s, _ := body.(string); !strings.HasPrefix(s, "\x89PNG") {
						t.Errorf("%s: not a PNG", target)
					}
					continue
				}
				if errs := validate(doc, schema, body, "$"); len(errs) > 0 {
					t.Errorf("%s %s: %s does not match the schema: %v", where, name, target, errs[:min(5, len(errs))])
				}
			}
		}
	}
	for p, item := range doc["paths"].(map[string]any) {
		opn := item.(map[string]any)["get"].(map[string]any)
		for code, resp := range opn["responses"].(map[string]any) {
			if strings.HasPrefix(fmt.Sprint(resp), "map[$ref:#/components/responses/") {
				continue // checked once below
			}
			check(p, code, resp.(map[string]any))
		}
		// Every documented parameter is accepted with its default or
		// example value.
		for _, prm := range opn["parameters"].([]any) {
			prm := resolve(doc, prm)
			s := resolve(doc, prm["schema"])
			v, ok := s["default"]
			if !ok {
				v, ok = prm["example"]
			}
			if !ok {
				if e, _ := s["enum"].([]any); len(e) > 0 {
					v, ok = e[len(e)-1], true
				}
			}
			if !ok {
				continue
			}
			q := url.Values{prm["name"].(string): {fmt.Sprint(v)}}
			if p == "/oembed" && prm["name"] != "url" {
				q.Set("url", ExampleOrigin+"/")
			}
			if status, _, body := live("GET", p+"?"+q.Encode()); status != 200 && !(p == "/api/v1/openapi.json") {
				t.Errorf("%s?%s = %d %v", p, q.Encode(), status, body)
			}
		}
	}
	for name, resp := range doc["components"].(map[string]any)["responses"].(map[string]any) {
		code := map[string]string{"NotFound": "404", "MethodNotAllowed": "405"}[name]
		check("components", code, resp.(map[string]any))
	}
	if n < 25 {
		t.Errorf("only %d examples checked", n)
	}
	t.Logf("%d examples requested and matched", n)
}

// validate checks v against the JSON Schema subset the document uses
// ($ref, type, const, enum, minimum, maximum, properties, required,
// additionalProperties, items, minItems, maxItems, oneOf, pattern) and
// returns the problems found.
func validate(doc map[string]any, schema any, v any, at string) []string {
	s := resolve(doc, schema)
	if s == nil {
		return nil
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, at+": "+fmt.Sprintf(format, args...)) }
	if c, ok := s["const"]; ok && !reflect.DeepEqual(c, v) {
		fail("%v is not %v", v, c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		fail("%v is not one of %v", v, e)
	}
	if one, ok := s["oneOf"].([]any); ok {
		match := 0
		for _, sub := range one {
			if len(validate(doc, sub, v, at)) == 0 {
				match++
			}
		}
		if match != 1 {
			fail("%v matches %d of oneOf", v, match)
		}
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.ContainsFunc(types, func(ty string) bool { return hasType(v, ty) }) {
			fail("%.80v is not %v", v, types)
			return errs
		}
	}
	switch x := v.(type) {
	case float64:
		if m, ok := s["minimum"].(float64); ok && x < m {
			fail("%v < minimum %v", x, m)
		}
		if m, ok := s["maximum"].(float64); ok && x > m {
			fail("%v > maximum %v", x, m)
		}
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			fail("%q does not match %s", x, p)
		}
	case []any:
		if m, ok := s["minItems"].(float64); ok && float64(len(x)) < m {
			fail("%d items < %v", len(x), m)
		}
		if m, ok := s["maxItems"].(float64); ok && float64(len(x)) > m {
			fail("%d items > %v", len(x), m)
		}
		for i, e := range x {
			errs = append(errs, validate(doc, s["items"], e, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := x[r]; !ok {
				fail("lacks %q", r)
			}
		}
		for k, e := range x {
			if ps, ok := props[k]; ok {
				errs = append(errs, validate(doc, ps, e, at+"."+k)...)
			} else if s["additionalProperties"] == false {
				fail("has %q, which the schema does not allow", k)
			}
		}
	}
	return errs
}

func hasType(v any, ty string) bool {
	switch ty {
	case "null":
		return v == nil
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	return false
}

func asStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

// The schema checker itself: it finds what it should.
func TestOpenAPIValidateCatches(t *testing.T) {
	doc := loadDoc(t)
	sweep := map[string]any{"$ref": "#/components/schemas/Sweep"}
	var good map[string]any
	json.Unmarshal(get(t, API(), "GET", "/api/v1/sweep?n=2").Body.Bytes(), &good)
	if errs := validate(doc, sweep, good, "$"); len(errs) > 0 {
		t.Fatalf("a good sweep: %v", errs)
	}
	for _, mutate := range []func(m map[string]any){
		func(m map[string]any) { m["n"] = 1.0 },
		func(m map[string]any) { m["x"] = "speed" },
		func(m map[string]any) { delete(m, "rows") },
		func(m map[string]any) { m["extra"] = true },
		func(m map[string]any) { m["rows"].([]any)[0].(map[string]any)["band"] = "mild" },
		func(m map[string]any) { m["rows"].([]any)[0].(map[string]any)["intensity"] = 1.5 },
		func(m map[string]any) { m["n"] = 2.5 },
	} {
		var bad map[string]any
		json.Unmarshal(get(t, API(), "GET", "/api/v1/sweep?n=2").Body.Bytes(), &bad)
		mutate(bad)
		if errs := validate(doc, sweep, bad, "$"); len(errs) == 0 {
			t.Errorf("validate missed a bad sweep %v", bad)
		}
	}
}

// TestOpenAPIValidator validates openapi.json against the OpenAPI 3.1
// schema with @seriousme/openapi-schema-validator, pinned in the root
// package.json and run by node. Outside make, without node_modules, it is
// skipped; under make (which installs node_modules first) it must run.
func TestOpenAPIValidator(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(root, "node_modules", "@seriousme", "openapi-schema-validator")
	_, statErr := os.Stat(filepath.Join(pkg, "package.json"))
	node, nodeErr := exec.LookPath("node")
	if statErr != nil || nodeErr != nil {
		if os.Getenv("MAKELEVEL") != "" {
			t.Fatalf("under make, node (%v) and %s (%v) must be installed: make node_modules/.stamp", nodeErr, pkg, statErr)
		}
		t.Skipf("skipped: node_modules/@seriousme/openapi-schema-validator or node is missing; run `make node_modules/.stamp` (npm ci) to validate openapi.json")
	}
	abs, _ := filepath.Abs("openapi.json")
	script := `import { Validator } from "@seriousme/openapi-schema-validator";
const v = new Validator();
const res = await v.validate(process.argv[1]);
console.log(JSON.stringify({version: v.version, valid: res.valid, errors: res.errors}));`
	cmd := exec.Command(node, "--input-type=module", "-e", script, abs)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var res struct {
		Version string
		Valid   bool
		Errors  any
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("validator output %q: %v", out, err)
	}
	if !res.Valid || res.Version != "3.1" {
		t.Errorf("openapi.json: version %q valid %v: %v", res.Version, res.Valid, res.Errors)
	}
}
