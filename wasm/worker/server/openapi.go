package server

import (
	_ "embed"
	"net/http"
	"strconv"
)

// openapiJSON is the OpenAPI 3.1 description of every endpoint
// (openapi.json beside this file). It is written by
// `go test ./wasm/worker/server -run TestOpenAPIFile -update` from the
// description in openapi_doc_test.go, its examples the live answers of
// API(); the tests validate it and hold it to those answers.
//
//go:embed openapi.json
var openapiJSON []byte

// OpenAPI answers GET /api/v1/openapi.json with the API's OpenAPI 3.1
// document.
func OpenAPI(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) || !noQuery(w, r) {
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(openapiJSON)))
	h.Set("Cache-Control", "public, max-age=300")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(openapiJSON)
	}
}
