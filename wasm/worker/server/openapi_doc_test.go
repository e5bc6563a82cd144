package server

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/cite"
)

// This file describes the API as OpenAPI 3.1; TestOpenAPIFile writes it to
// openapi.json (with -update) or checks that the file is current. The
// examples' values are the live answers of API() to their x-request.

// obj is a JSON object that keeps its keys in order.
type obj []any

// o builds an obj from alternating keys and values.
func o(kv ...any) obj { return obj(kv) }

func (m obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i := 0; i+1 < len(m); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m[i].(string))
		b.Write(k)
		b.WriteByte(':')
		v, err := marshal(m[i+1])
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

// ExampleOrigin is the origin the examples are requested at.
const ExampleOrigin = "https://calculator.example"

// live requests target from API() and returns the status, the content type
// and the body (decoded JSON, or the text).
func live(method, target string) (int, string, any) {
	rec := httptest.NewRecorder()
	API().ServeHTTP(rec, httptest.NewRequest(method, ExampleOrigin+target, nil))
	ct := rec.Header().Get("Content-Type")
	if strings.HasPrefix(ct, "application/json") {
		var v any
		if json.Unmarshal(rec.Body.Bytes(), &v) == nil {
			return rec.Code, ct, v
		}
	}
	return rec.Code, ct, rec.Body.String()
}

// ex is an Example Object whose value is the live answer to target.
func ex(summary, target string) obj {
	return exMethod(summary, "GET", target, true)
}

// exSchema is an example whose answer is too long to print: the tests
// request it and check it against the schema.
func exSchema(summary, target string) obj {
	return exMethod(summary, "GET", target, false)
}

func exMethod(summary, method, target string, withValue bool) obj {
	e := o("summary", summary, "x-request", target)
	if method != "GET" {
		e = append(e, "x-method", method)
	}
	if withValue {
		_, _, v := live(method, target)
		e = append(e, "value", v)
	}
	return e
}

func ref(kind, name string) obj { return o("$ref", "#/components/"+kind+"/"+name) }

func num(desc string, min, max float64, example float64) obj {
	return o("type", "number", "minimum", min, "maximum", max, "description", desc, "example", example)
}

func strEnum(desc string, vals ...string) obj {
	return o("type", "string", "enum", vals, "description", desc)
}

func jsonContent(schema obj, examples obj) obj {
	c := o("schema", schema)
	if examples != nil {
		c = append(c, "examples", examples)
	}
	return o("application/json", c)
}

func okJSON(desc string, schema obj, examples obj) obj {
	return o("description", desc, "content", jsonContent(schema, examples))
}

func badRequest(examples obj) obj {
	return o("description", "A bad parameter: the error names it.", "content", jsonContent(ref("schemas", "Error"), examples))
}

func worldIDs() []string {
	var out []string
	for _, w := range model.Worlds {
		out = append(out, w.String())
	}
	return out
}

func bandIDs() []string {
	var out []string
	for i := range model.BandLower {
		out = append(out, model.Band(i).String())
	}
	return out
}

func inputKeys() []string {
	var out []string
	for _, p := range model.Params {
		out = append(out, p.Key)
	}
	return out
}

func versions() []int { return model.Versions[:] }

func citeFormats() []string {
	var out []string
	for _, f := range cite.Formats {
		out = append(out, f.String())
	}
	return out
}

// op is one GET operation.
func op(id, summary, desc string, params []obj, responses obj) obj {
	return o("get", o("operationId", id, "summary", summary, "description", desc,
		"parameters", params, "responses", append(responses, "405", ref("responses", "MethodNotAllowed"))))
}

// inputParams are the model's inputs as query parameters.
func inputParams() []obj {
	var out []obj
	for _, p := range model.Params {
		out = append(out, ref("parameters", p.Key))
	}
	return append(out, ref("parameters", "us"), ref("parameters", "china"), ref("parameters", "v"), ref("parameters", "preset"))
}

// bParams are state B's keys (b.tech … b.china) as query parameters.
func bParams() []obj {
	var out []obj
	for _, p := range model.Params {
		out = append(out, o("name", "b."+p.Key, "in", "query", "required", false,
			"description", "State B's "+p.Key+", a number in ["+ftoa(p.Min)+", "+ftoa(p.Max)+"]; default A's. Any b.* key turns compare on.",
			"schema", o("type", "number", "minimum", p.Min, "maximum", p.Max)))
	}
	for _, side := range []string{"us", "china"} {
		out = append(out, o("name", "b."+side, "in", "query", "required", false,
			"description", "State B's posture of "+side+"; default A's.", "schema", o("type", "string", "enum", []string{"offense", "defense"})))
	}
	return out
}

func rangeParams() []obj {
	var out []obj
	for _, p := range model.Params {
		out = append(out, ref("parameters", p.Key+"Range"))
	}
	return append(out, ref("parameters", "us"), ref("parameters", "china"), ref("parameters", "v"), ref("parameters", "preset"))
}

func openAPIDoc() obj {
	def := model.Default()
	langs := []string{}
	for _, l := range explain.Langs {
		langs = append(langs, l.String())
	}
	qp := func(name, desc string, schema obj) obj {
		return o("name", name, "in", "query", "required", false, "description", desc, "schema", schema)
	}
	params := obj{}
	for _, p := range model.Params {
		v := p.Value(def)
		params = append(params, p.Key, qp(p.Key, "A number in ["+ftoa(p.Min)+", "+ftoa(p.Max)+"]; default "+ftoa(v)+" (the paper's 2018 baseline).",
			o("type", "number", "minimum", p.Min, "maximum", p.Max, "default", v, "example", v)))
	}
	for _, p := range model.Params {
		v := p.Value(def)
		params = append(params, p.Key+"Range", o("name", p.Key, "in", "query", "required", false,
			"description", "A number in ["+ftoa(p.Min)+", "+ftoa(p.Max)+"], or a range lo..hi (0 ≤ lo ≤ hi ≤ 1) read as a 90 % interval; default "+ftoa(v)+".",
			"schema", o("oneOf", []obj{
				o("type", "number", "minimum", p.Min, "maximum", p.Max),
				o("type", "string", "pattern", `^[0-9.eE+-]+\.\.[0-9.eE+-]+$`, "example", "0.4..0.8"),
			}), "example", v))
	}
	params = append(params,
		"us", qp("us", "The posture of the United States; default offense.", o("type", "string", "enum", []string{"offense", "defense"}, "default", "offense")),
		"china", qp("china", "The posture of China; default defense.", o("type", "string", "enum", []string{"offense", "defense"}, "default", "defense")),
		"v", qp("v", "The model version; absent: the newest. Every answer carries model_version.", o("type", "integer", "enum", versions(), "default", model.Version)),
		"preset", qp("preset", "Start from a preset's inputs; the inputs given override it.", o("type", "string", "enum", model.PresetIDs())),
		"lang", qp("lang", "The language of the explanation and of error messages.", o("type", "string", "enum", langs)),
	)

	inputsSchema := o("type", "object", "additionalProperties", false,
		"required", []string{"tech", "discourse", "attribution", "dialogue", "us", "china"},
		"properties", o(
			"tech", num("US share of core network technology.", 0, 1, def.Tech),
			"discourse", num("US share of online discourse power.", 0, 1, def.Discourse),
			"attribution", num("Confidence that an attack's source and intent can be attributed.", 0, 1, def.Attribution),
			"dialogue", num("Strength of consensus and crisis channels.", 0, 1, def.Dialogue),
			"us", ref("schemas", "Posture"),
			"china", ref("schemas", "Posture")))
	rangeSchema := o("type", "object", "additionalProperties", false, "required", []string{"lo", "hi"},
		"properties", o("lo", o("type", "number", "minimum", 0, "maximum", 1), "hi", o("type", "number", "minimum", 0, "maximum", 1)))
	unit := func(desc string) obj { return o("type", "number", "minimum", 0, "maximum", 1, "description", desc) }
	version := o("type", "integer", "enum", versions(), "description", "The model version that computed the answer.")
	equilibrium := o("type", []string{"object", "null"}, "description", "The race's fixed point; null when the race diverges.",
		"additionalProperties", false, "required", []string{"us", "china"},
		"properties", o("us", o("type", "number"), "china", o("type", "number")))

	schemas := o(
		"Posture", strEnum("A side's stance in cyberspace.", "offense", "defense"),
		"World", strEnum("Jervis's world (1978).", worldIDs()...),
		"Band", strEnum("The intensity's band: none < 0.15 ≤ low < 0.35 ≤ moderate < 0.5 ≤ high < 0.75 ≤ severe.", bandIDs()...),
		"Input", strEnum("A numeric input's key.", inputKeys()...),
		"Inputs", inputsSchema,
		"Range", rangeSchema,
		"Error", o("type", "object", "additionalProperties", false, "required", []string{"error"},
			"description", "The body of every error: param names the offending parameter (or query, method, path); message is a sentence for people.",
			"properties", o("error", o("type", "object", "additionalProperties", false, "required", []string{"param", "message"},
				"properties", o("param", o("type", "string"), "message", o("type", "string"))))),
		"Assessment", o("type", "object", "additionalProperties", false,
			"required", []string{"model_version", "inputs", "power_share", "offense_balance", "distinguishability", "world", "intensity", "band", "reaction", "restraint", "stable", "stability_margin", "equilibrium", "posen"},
			"properties", o(
				"model_version", version,
				"inputs", ref("schemas", "Inputs"),
				"power_share", unit("US share of cyber power P = (2·tech + discourse)/3."),
				"offense_balance", o("type", "number", "minimum", -1, "maximum", 1, "description", "O; offense has the advantage when O > 0."),
				"distinguishability", unit("S = 1 − (1−attribution)(1−dialogue); postures can be told apart when S ≥ 0.5."),
				"world", ref("schemas", "World"),
				"intensity", unit("I = R/(1+R); I < 0.5 exactly when the race converges."),
				"band", ref("schemas", "Band"),
				"reaction", o("type", "number", "minimum", 0, "description", "Richardson's reaction coefficient θ = a = b."),
				"restraint", o("type", "number", "minimum", 0.7, "maximum", 1.2, "description", "Richardson's restraint μ = m = n = 0.7 + 0.5·dialogue."),
				"stable", o("type", "boolean", "description", "Whether the race is bounded (a·b < m·n)."),
				"stability_margin", o("type", "number", "description", "m·n − a·b, positive when stable."),
				"equilibrium", equilibrium,
				"posen", o("type", "object", "additionalProperties", false, "required", []string{"intentions_unassessable", "hegemony_projected", "ideology_as_tool", "met"},
					"properties", o("intentions_unassessable", o("type", "boolean"), "hegemony_projected", o("type", "boolean"),
						"ideology_as_tool", o("type", "boolean"), "met", o("type", "integer", "minimum", 0, "maximum", 3))),
				"explanation", o("type", "object", "description", "With lang=: the result in words (the world and why, the input that drives the intensity most, whether the race is contained, the paper's sentences).",
					"required", []string{"lang", "summary", "world_id"},
					"properties", o("lang", o("type", "string", "enum", langs), "summary", o("type", "string"), "world_id", ref("schemas", "World"))))),
		"Simulation", o("type", "object", "additionalProperties", false,
			"required", []string{"model_version", "inputs", "steps", "converges", "settled_after", "equilibrium", "trajectory", "spiral"},
			"properties", o(
				"model_version", version,
				"inputs", ref("schemas", "Inputs"),
				"steps", o("type", "integer", "minimum", 1, "maximum", model.MaxRounds),
				"converges", o("type", "boolean"),
				"settled_after", o("type", "integer", "minimum", -1, "description", "The round after which the race stays settled; −1 if it does not within steps."),
				"equilibrium", equilibrium,
				"trajectory", o("type", "array", "description", "The capability levels after each round, from round 0.",
					"items", o("type", "object", "additionalProperties", false, "required", []string{"round", "us", "china"},
						"properties", o("round", o("type", "integer", "minimum", 0), "us", o("type", "number"), "china", o("type", "number")))),
				"spiral", o("type", "array", "description", "One point per half-move in unit coordinates: the centre is the equilibrium.",
					"items", o("type", "object", "additionalProperties", false, "required", []string{"move", "side", "x", "y", "radius"},
						"properties", o("move", o("type", "integer", "minimum", 0), "side", o("type", "string", "enum", []string{"us", "china"}),
							"x", o("type", "number", "minimum", -1, "maximum", 1), "y", o("type", "number", "minimum", -1, "maximum", 1),
							"radius", o("type", "number", "minimum", 0, "maximum", 1)))))),
		"Presets", o("type", "object", "additionalProperties", false, "required", []string{"model_version", "presets"},
			"properties", o("model_version", version,
				"presets", o("type", "array", "items", o("type", "object", "additionalProperties", false,
					"required", []string{"id", "name", "inputs", "quote", "section", "note", "query", "world", "intensity", "band"},
					"properties", o("id", o("type", "string", "enum", model.PresetIDs()), "name", o("type", "string"), "inputs", ref("schemas", "Inputs"),
						"quote", o("type", "string", "description", "The paper's sentence the preset stands for."), "section", o("type", "string"), "note", o("type", "string"),
						"ranges", o("type", "array", "items", ref("schemas", "Range"), "minItems", len(model.Params), "maxItems", len(model.Params),
							"description", "The preset's judgments, one range per input in the order tech, discourse, attribution, dialogue."),
						"query", o("type", "string", "description", "The preset's canonical query, for /api/v1/assess or a page link."),
						"world", ref("schemas", "World"), "intensity", unit("The intensity."), "band", ref("schemas", "Band")))))),
		"Evidence", o("type", "object", "additionalProperties", false, "required", []string{"model_version", "defaults", "evidence", "derivations"},
			"properties", o("model_version", version, "defaults", ref("schemas", "Inputs"),
				"evidence", o("type", "array", "items", o("type", "object", "required", []string{"id", "label", "us", "china", "unit", "quote", "section"},
					"properties", o("id", o("type", "string"), "label", o("type", "string"), "us", o("type", "number"), "china", o("type", "number"),
						"unit", o("type", "string"), "year", o("type", "integer"), "when", o("type", "string"), "quote", o("type", "string"), "section", o("type", "string")))),
				"derivations", o("type", "array", "items", o("type", "object", "required", []string{"input", "default", "judgment", "method"},
					"properties", o("input", o("type", "string"), "default", unit("The default."), "computed", o("type", "number"), "judgment", o("type", "boolean"),
						"evidence", o("type", "array", "items", o("type", "string")), "method", o("type", "string"), "quote", o("type", "string")))))),
		"Uncertainty", o("type", "object", "additionalProperties", false,
			"required", []string{"model_version", "samples", "seed", "inputs", "runaway", "worlds", "intensity", "sensitivity"},
			"properties", o("model_version", version,
				"samples", o("type", "integer", "minimum", 1, "maximum", model.MaxSamples),
				"seed", o("type", "integer", "minimum", 0, "maximum", 1<<53-1),
				"inputs", o("type", "object", "additionalProperties", false, "required", []string{"tech", "discourse", "attribution", "dialogue", "us", "china"},
					"properties", o("tech", ref("schemas", "Range"), "discourse", ref("schemas", "Range"), "attribution", ref("schemas", "Range"), "dialogue", ref("schemas", "Range"),
						"us", ref("schemas", "Posture"), "china", ref("schemas", "Posture"))),
				"runaway", o("type", "object", "additionalProperties", false, "required", []string{"p", "se"},
					"properties", o("p", unit("The share of samples whose race diverges."), "se", o("type", "number", "minimum", 0, "description", "Its Monte Carlo standard error."))),
				"worlds", o("type", "object", "additionalProperties", false, "required", worldIDs(),
					"properties", o("doubly-dangerous", unit(""), "compatible", unit(""), "aggression-possible", unit(""), "doubly-safe", unit(""))),
				"intensity", o("type", "object", "additionalProperties", false, "required", []string{"mean", "p5", "p50", "p95", "histogram"},
					"properties", o("mean", unit(""), "p5", unit(""), "p50", unit(""), "p95", unit(""),
						"histogram", o("type", "array", "minItems", model.HistogramBins, "maxItems", model.HistogramBins,
							"items", o("type", "object", "additionalProperties", false, "required", []string{"from", "to", "share"},
								"properties", o("from", unit(""), "to", unit(""), "share", unit("")))))),
				"sensitivity", o("type", "array", "description", "The tornado: per input, the intensity at its range's 5th and 95th percentiles, and its share of the intensity's rank variance.",
					"items", o("type", "object", "additionalProperties", false, "required", []string{"input", "low", "high", "rank_r2"},
						"properties", o("input", ref("schemas", "Input"), "low", unit(""), "high", unit(""), "rank_r2", unit("")))))),
		"Sweep", o("type", "object", "additionalProperties", false, "required", []string{"model_version", "x", "y", "n", "fixed", "rows"},
			"properties", o("model_version", version, "x", ref("schemas", "Input"), "y", ref("schemas", "Input"),
				"n", o("type", "integer", "minimum", model.MinSweepN, "maximum", model.MaxSweepN),
				"fixed", o("type", "object", "additionalProperties", false, "required", []string{"us", "china"}, "description", "The inputs that are not swept.",
					"properties", o("tech", unit(""), "discourse", unit(""), "attribution", unit(""), "dialogue", unit(""), "us", ref("schemas", "Posture"), "china", ref("schemas", "Posture"))),
				"rows", o("type", "array", "description", "n·n cells, y outer and x inner: cell j·n+i is at x = i/(n−1), y = j/(n−1).",
					"items", o("type", "object", "additionalProperties", false, "required", []string{"x", "y", "intensity", "band", "world", "stable"},
						"properties", o("x", unit(""), "y", unit(""), "intensity", unit(""), "band", ref("schemas", "Band"), "world", ref("schemas", "World"), "stable", o("type", "boolean")))))),
		"OEmbed", o("type", "object", "additionalProperties", false,
			"required", []string{"version", "type", "title", "provider_name", "provider_url", "html", "width", "height", "thumbnail_url", "thumbnail_width", "thumbnail_height", "cache_age"},
			"properties", o("version", o("const", "1.0"), "type", o("const", "rich"), "title", o("type", "string"), "provider_name", o("type", "string"),
				"provider_url", o("type", "string"), "html", o("type", "string", "description", "An <iframe> of /embed.html with the state."),
				"width", o("type", "integer"), "height", o("type", "integer"), "thumbnail_url", o("type", "string"),
				"thumbnail_width", o("type", "integer"), "thumbnail_height", o("type", "integer"), "cache_age", o("type", "integer"))),
		"Health", o("type", "object", "additionalProperties", false, "required", []string{"status"}, "properties", o("status", o("const", "ok"))),
	)

	responses := o(
		"NotFound", o("description", "An unknown path under /api/ (or an oEmbed url that is not a page of this site).",
			"content", jsonContent(ref("schemas", "Error"), o("unknown", exSchema("An unknown endpoint", "/api/v2/assess")))),
		"MethodNotAllowed", o("description", "A method other than GET, HEAD or OPTIONS.",
			"headers", o("Allow", o("description", "The methods allowed.", "schema", o("type", "string", "const", "GET, HEAD, OPTIONS"))),
			"content", jsonContent(ref("schemas", "Error"), o("post", exMethod("POST is refused", "POST", "/api/v1/assess", true)))),
	)

	ins := inputParams()
	lang := ref("parameters", "lang")
	paths := o(
		"/api/v1/assess", op("assess", "The assessment of a state",
			"The model's reading of the inputs: Jervis's world, the intensity and its band, whether the race converges, its equilibrium and Posen's conditions. Missing inputs take the paper's defaults. With lang= an explanation in words is added.",
			append(ins, lang), o(
				"200", okJSON("The assessment.", ref("schemas", "Assessment"), o(
					"baseline", ex("The paper's 2018 baseline", "/api/v1/assess"),
					"old", ex("An old link, read by model version 1", "/api/v1/assess?tech=0.30&dialogue=0&v=1"),
					"explained", exSchema("With an explanation in Chinese", "/api/v1/assess?preset=us-superiority-no-consensus&lang=zh-CN"))),
				"400", badRequest(o("range", ex("A number out of range", "/api/v1/assess?tech=2"),
					"unknown", ex("An unknown parameter", "/api/v1/assess?steps=10"),
					"translated", ex("An error in Chinese", "/api/v1/assess?tech=2&lang=zh-CN"))))),
		"/api/v1/simulate", op("simulate", "The race over a number of rounds",
			"The Richardson race, round by round, and the spiral polyline, one point per half-move.",
			append(ins, lang, qp("steps", "The number of rounds.", o("type", "integer", "minimum", 1, "maximum", model.MaxRounds, "default", DefaultSteps))), o(
				"200", okJSON("The race.", ref("schemas", "Simulation"), o(
					"runaway", ex("The paper's first future, two rounds", "/api/v1/simulate?preset=us-superiority-no-consensus&steps=2"),
					"long", exSchema("The longest race", "/api/v1/simulate?steps=500&dialogue=0"))),
				"400", badRequest(o("steps", ex("Too many rounds", "/api/v1/simulate?steps=501"))))),
		"/api/v1/presets", op("presets", "The presets",
			"Every preset, its sentence of the paper, its canonical query and its result by the newest model version, or by version v.",
			[]obj{ref("parameters", "v")}, o(
				"200", okJSON("The presets.", ref("schemas", "Presets"), o("newest", exSchema("By the newest model", "/api/v1/presets"), "v1", exSchema("By model version 1", "/api/v1/presets?v=1"))),
				"400", badRequest(o("query", ex("Another parameter", "/api/v1/presets?tech=0.5"))))),
		"/api/v1/evidence", op("evidence", "The evidence behind the defaults",
			"The paper's figures and how each default follows from them. Takes no parameters.", []obj{}, o(
				"200", okJSON("The evidence.", ref("schemas", "Evidence"), o("all", exSchema("The evidence", "/api/v1/evidence"))),
				"400", badRequest(o("query", ex("A parameter", "/api/v1/evidence?tech=0.5"))))),
		"/api/v1/uncertainty", op("uncertainty", "The Monte Carlo of a state with ranges",
			"Each input may be a range lo..hi, read as a 90 % interval (a beta distribution); the answer gives the share of runaway races, the worlds' shares, the intensity's spread and the tornado. The same query gives the same bytes.",
			append(rangeParams(), lang,
				qp("samples", "The number of samples.", o("type", "integer", "minimum", 1, "maximum", model.MaxSamples, "default", model.DefaultSamples)),
				qp("seed", "The generator's seed.", o("type", "integer", "minimum", 0, "maximum", 1<<53-1, "default", model.DefaultSeed))), o(
				"200", okJSON("The Monte Carlo.", ref("schemas", "Uncertainty"), o(
					"paper", ex("The paper's own uncertainty, 1,000 samples", "/api/v1/uncertainty?preset=paper-uncertainty&samples=1000"),
					"wide", exSchema("Wide ranges", "/api/v1/uncertainty?tech=0.05..0.95&dialogue=0..1&seed=7"))),
				"400", badRequest(o("range", ex("A range backwards", "/api/v1/uncertainty?dialogue=0.8..0.2"),
					"samples", ex("Too many samples", "/api/v1/uncertainty?samples=100001"))))),
		"/api/v1/sweep", op("sweep", "The model over a grid of two inputs",
			"An n × n grid of the inputs x and y, each i/(n−1) from 0 to 1, the other inputs, the postures and v as given (the values of x and y in the query, if any, are swept over). Every cell equals /api/v1/assess at that point. As JSON, or as CSV with a header line naming the two inputs.",
			append(ins,
				qp("x", "The input along x.", o("type", "string", "enum", inputKeys(), "default", "tech")),
				qp("y", "The input along y; not x.", o("type", "string", "enum", inputKeys(), "default", "dialogue")),
				qp("n", "Points along each axis.", o("type", "integer", "minimum", model.MinSweepN, "maximum", model.MaxSweepN, "default", model.DefaultSweepN)),
				qp("format", "The answer's format.", o("type", "string", "enum", []string{"json", "csv"}, "default", "json"))), o(
				"200", o("description", "The grid.", "content", o(
					"application/json", o("schema", ref("schemas", "Sweep"), "examples", o(
						"small", ex("A 3 × 3 grid of technology and dialogue", "/api/v1/sweep?x=tech&y=dialogue&n=3"),
						"default", exSchema("The default grid, 51 × 51", "/api/v1/sweep"))),
					"text/csv", o("schema", o("type", "string", "description", "A header line (x's key, y's key, intensity, band, world, stable), then one line per cell in the JSON's order."),
						"examples", o("csv", ex("The same grid as CSV, China on offense", "/api/v1/sweep?x=attribution&y=discourse&n=2&china=offense&format=csv"))))),
				"400", badRequest(o("same", ex("x equal to y", "/api/v1/sweep?x=tech&y=tech"),
					"axis", ex("An unknown axis", "/api/v1/sweep?x=speed"),
					"n", ex("n out of range", "/api/v1/sweep?n=202"),
					"format", ex("An unknown format", "/api/v1/sweep?format=xml"))))),
		"/api/v1/cite", op("cite", "The references of a state",
			"The calculator (its name, the model version, the access date and the permalink of the state at the request's origin) and Li Senlin's paper, in APA (7th edition), Chicago (17th edition, bibliography), BibTeX or CSL-JSON: the page's \"Cite\" panel, byte for byte. The state is any key of the page's link (ranges lo..hi with samples= and seed=, preset=, lang=, theme=, view=, compare= and state B's b.* keys), each validated; the permalink is the state's link as the page writes it, so the page's own link comes back unchanged. The texts are in English.",
			append(append(rangeParams(), lang,
				qp("samples", "The Monte Carlo's samples of a state with ranges (a page link's key).", o("type", "integer", "minimum", 1, "maximum", model.MaxSamples)),
				qp("seed", "The Monte Carlo's seed (a page link's key).", o("type", "integer", "minimum", 0, "maximum", 1<<53-1)),
				qp("theme", "The page's colour scheme (a page link's key).", o("type", "string", "enum", []string{"auto", "light", "dark", "projector"})),
				qp("view", "What the page's canvas shows (a page link's key).", o("type", "string", "enum", []string{"spiral", "plane"})),
				qp("controls", "The embed's inputs shown or not (a page link's key).", o("type", "string", "enum", []string{"0", "1"})),
				qp("compare", "Compare with a state B (1), or not (0); any b.* key turns it on.", o("type", "string", "enum", []string{"0", "1"}))),
				append(bParams(),
					qp("format", "The citation format.", o("type", "string", "enum", citeFormats(), "default", "apa")),
					o("name", "accessed", "in", "query", "required", false, "description", "The access date, YYYY-MM-DD (2000-01-01 to 9999-12-31); default the request's date in UTC.",
						"schema", o("type", "string", "pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`), "example", "2026-12-01"))...), o(
				"200", o("description", "The references, the calculator's first.", "content", o(
					"text/plain", o("schema", o("type", "string", "description", "APA or Chicago: two paragraphs separated by a blank line."),
						"examples", o("apa", ex("APA, the paper's baseline", "/api/v1/cite?format=apa&accessed=2026-12-01"),
							"chicago", ex("Chicago, no consensus", "/api/v1/cite?preset=us-superiority-no-consensus&format=chicago&accessed=2026-12-01"),
							"compare", ex("APA, a page comparing a ranged state with B on the phase plane", "/api/v1/cite?tech=0.20..0.40&dialogue=0.10&samples=500&seed=7&compare=1&b.dialogue=0.90&view=plane&format=apa&accessed=2026-12-01"))),
					"application/x-bibtex", o("schema", o("type", "string", "description", "Two @misc entries (url, urldate and version for biblatex and natbib)."),
						"examples", o("bibtex", ex("BibTeX, read by model version 1", "/api/v1/cite?tech=0.30&dialogue=0&v=1&format=bibtex&accessed=2026-12-01"))),
					"application/vnd.citationstyles.csl+json", o("schema", o("type", "string", "description", "CSL-JSON: an array of two items, \"software\" and \"article\"."),
						"examples", o("csl", ex("CSL-JSON, a link in Chinese", "/api/v1/cite?format=csl&lang=zh-CN&accessed=2026-12-01"))))),
				"400", badRequest(o("format", ex("An unknown format", "/api/v1/cite?format=mla"),
					"accessed", ex("A day that does not exist", "/api/v1/cite?accessed=2026-02-30"),
					"view", ex("An unknown view", "/api/v1/cite?view=cube"),
					"b", ex("A bad value of state B", "/api/v1/cite?compare=1&b.tech=2"))))),
		"/api/v1/openapi.json", op("openapi", "This document",
			"The API's OpenAPI 3.1 description. Takes no parameters.", []obj{}, o(
				"200", okJSON("The OpenAPI document.", o("type", "object", "required", []string{"openapi", "info", "paths"}), nil),
				"400", badRequest(nil))),
		"/healthz", op("healthz", "Liveness", "Always {\"status\":\"ok\"}.", []obj{}, o(
			"200", okJSON("Alive.", ref("schemas", "Health"), o("ok", ex("Alive", "/healthz"))))),
		"/og.png", op("ogImage", "A preview image of a state",
			"A 1200 × 630 PNG of the state (at two decimals): the world, the intensity and the spiral, for OpenGraph and Twitter cards. The Link header names the image's canonical URL.",
			append(ins, lang, qp("theme", "Accepted and ignored (a page link's key).", o("type", "string")), qp("controls", "Accepted and ignored (a page link's key).", o("type", "string"))), o(
				"200", o("description", "The image.", "headers", o("Link", o("description", "The canonical URL of the image: </og.png?…>; rel=\"canonical\".", "schema", o("type", "string"))),
					"content", o("image/png", o("schema", o("type", "string", "contentMediaType", "image/png"),
						"examples", o("runaway", exSchema("No consensus", "/og.png?dialogue=0"))))),
				"400", badRequest(o("range", ex("A number out of range", "/og.png?dialogue=-1"))))),
		"/oembed", op("oembed", "oEmbed for a page of this site",
			"oEmbed 1.0 rich JSON: an <iframe> of /embed.html with the state of the page's URL (in its fragment or query).",
			[]obj{
				o("name", "url", "in", "query", "required", true, "description", "The address of a page of this calculator (/, /index.html, /embed.html), with a state.", "schema", o("type", "string"),
					"example", ExampleOrigin+"/#dialogue=0"),
				qp("format", "The only format is json.", o("type", "string", "enum", []string{"json"}, "default", "json")),
				qp("maxwidth", "The largest width wanted.", o("type", "integer", "minimum", EmbedMinWidth, "maximum", 1000000)),
				qp("maxheight", "The largest height wanted.", o("type", "integer", "minimum", EmbedMinHeight, "maximum", 1000000)),
			}, o(
				"200", okJSON("The embed.", ref("schemas", "OEmbed"), o("page", ex("A page without consensus", "/oembed?url="+strings.ReplaceAll(ExampleOrigin, ":", "%3A")+"%2F%23dialogue%3D0&maxwidth=400"))),
				"400", badRequest(o("format", ex("Another format", "/oembed?url=%2F&format=xml"))),
				"404", o("description", "The url is not a page of this site.", "content", jsonContent(ref("schemas", "Error"),
					o("elsewhere", ex("Another site", "/oembed?url=https%3A%2F%2Felsewhere.example%2F"))))),
		),
	)

	return o(
		"openapi", "3.1.0",
		"info", o("title", "Cyber security dilemma calculator API", "version", "1."+strconv.Itoa(model.Version),
			"summary", "The calculator's model over HTTP: assessments, races, presets, evidence, uncertainty, sweeps and citations.",
			"description", "Every endpoint takes GET (and HEAD; OPTIONS answers 204 for CORS preflights); any origin may call it (CORS, no credentials). "+
				"Missing inputs take the paper's defaults; preset= starts from a preset and the inputs given override it; v= picks the model version and every answer carries model_version. "+
				"Queries are strict: an unknown or repeated parameter, an empty or malformed value, or a query over 1024 bytes is a 400 whose body names the parameter. "+
				"An unknown path under /api/ is a 404, another method a 405, with the same error body. Never a 5xx for any query.",
			"license", o("name", "See the repository")),
		"servers", []obj{o("url", "/", "description", "The site that serves this document (natively or on Cloudflare).")},
		"paths", paths,
		"components", o("schemas", schemas, "parameters", params, "responses", responses),
	)
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// openAPIBytes is the document as openapi.json holds it.
func openAPIBytes() ([]byte, error) {
	b, err := marshal(openAPIDoc())
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", " "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
