# The cyber security dilemma calculator.
#   make serve   build the site and serve it with the API at http://127.0.0.1:$(PORT)
#   make test    every test: fmt-check (gofmt), vet (native and js/wasm), unit,
#                unit-wasm (the model under js/wasm in Node), fuzz, e2e (browser),
#                edge-test (native vs the Worker in workerd)
#   make bench   speed and size figures
# Each installs what it needs on a fresh Debian machine that has Go.

SHELL     := /bin/bash
PORT      ?= 9900
GO        ?= go
DIST      := web/dist
GOROOT    := $(shell $(GO) env GOROOT)
WASMFLAGS := -trimpath -ldflags="-s -w"
FUZZTIME  ?= 4s
CHROMIUM  ?= /usr/bin/chromium
export PORT

MODEL_SRC  := $(wildcard model/*.go model/explain/*.go) go.mod go.sum
APP_SRC    := $(MODEL_SRC) $(shell find wasm/app web/view web/export web/figure web/i18n web/cite web/scenario -name '*.go' 2>/dev/null)
SPIRAL_SRC := $(MODEL_SRC) $(shell find wasm/spiral web/figure web/i18n -name '*.go' 2>/dev/null) $(wildcard wasm/spiral/fonts/*.otf)
WEB_SRC    := $(shell find web -maxdepth 1 -type f 2>/dev/null) $(shell find web/gen web/i18n web/view web/figure assets -type f 2>/dev/null)

.PHONY: all site serve test vet fmt-check unit unit-wasm fuzz e2e bench chromium brotli clean

all: site

$(DIST)/app.wasm: $(APP_SRC)
	@mkdir -p $(DIST)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm/app

$(DIST)/spiral.wasm: $(SPIRAL_SRC)
	@mkdir -p $(DIST)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm/spiral

# The generator renders the pages (with the baseline's result and the .wasm
# sizes), copies web/, assets/ and wasm_exec.js into web/dist, and writes
# .br (with Debian's brotli) and .gz beside each compressible file, which the
# native server sends as Cloudflare would.
$(DIST)/.stamp: $(DIST)/app.wasm $(DIST)/spiral.wasm $(WEB_SRC) $(MODEL_SRC) | brotli
	$(GO) run ./web/gen -src web -out $(DIST)
	@touch $@

site: $(DIST)/.stamp

serve: site
	$(GO) run ./wasm/worker -dir $(DIST) -port $(PORT)

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

unit: node_modules/.stamp
	$(GO) test -count=1 ./...

# The model's tests again as js/wasm under Node (the browser's and the
# Worker's build of the model): the Monte Carlo's digest must equal the
# native one, byte for byte.
unit-wasm: node_modules/.stamp
	@d=$$($(GO) test -count=1 -run '^TestMonteCarloDigest$$' -v ./model | sed -n 's/.*digest \([0-9a-f]*\).*/\1/p'); \
	echo "native Monte Carlo digest $$d"; \
	MC_DIGEST=$$d GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" \
	  -run '^(TestMonteCarlo|TestMCRun|TestFitBeta|TestDetMath|TestBetaSample|TestVersion1Golden|TestPaperUncertainty)' ./model

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./model
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./model
	$(GO) test -run '^$$' -fuzz '^FuzzAssess$$' -fuzztime $(FUZZTIME) ./model
	$(GO) test -run '^$$' -fuzz '^FuzzAPI$$' -fuzztime $(FUZZTIME) ./wasm/worker/server
	$(GO) test -run '^$$' -fuzz '^FuzzNewScene$$' -fuzztime $(FUZZTIME) ./web/figure
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./web/scenario
	$(GO) test -run '^$$' -fuzz '^FuzzAppendJSONString$$' -fuzztime $(FUZZTIME) ./web/export

# Debian's Chromium for the browser tests, installed where it is missing.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@$(CHROMIUM) --version

# Debian's brotli, installed where it is missing; without it (no apt) the
# site gets .gz files only.
brotli:
	@command -v brotli >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq brotli >/dev/null; } || \
	  echo "brotli is not installed: the site gets .gz files only"

# npm tools pinned in package-lock.json (axe-core for the accessibility tests).
node_modules/.stamp: package.json package-lock.json
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

e2e: site chromium node_modules/.stamp
	CHROMIUM=$(CHROMIUM) SITE_DIR=$(CURDIR)/$(DIST) $(GO) test -count=1 -v -timeout 10m ./wasm/worker/e2e/

test: fmt-check vet unit unit-wasm fuzz e2e edge-test

# Lighthouse for make bench, pinned in wasm/worker/bench/package-lock.json.
wasm/worker/bench/node_modules/.stamp: wasm/worker/bench/package.json wasm/worker/bench/package-lock.json
	cd wasm/worker/bench && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# One report of speed, size and quality against budgets: a Markdown table on
# stdout, the same figures as JSON in .bench/ (git-ignored).
bench: site edge brotli chromium node_modules/.stamp wasm/worker/bench/node_modules/.stamp
	$(GO) run ./wasm/worker/bench -site $(DIST) -out .bench -chromium $(CHROMIUM)

clean:
	rm -rf $(DIST)

# README.md's data tables (presets, history, levers, evidence, the baseline's
# numbers), rewritten from the code; go test ./web/readme fails when they are stale.
.PHONY: readme
readme:
	$(GO) run ./web/readme

# --- edge ---
# The Cloudflare Worker (wasm/worker/wrangler.jsonc): the Go worker built for
# js/wasm with syumai/workers' generated glue, web/dist as static assets with
# the native server's headers (a generated _headers file).
#   make worker-dev   run it locally in workerd (wrangler dev, offline) on $(EDGE_PORT)
#   make deploy       deploy it: needs a Cloudflare account, and CLOUDFLARE_API_TOKEN
#                     (and CLOUDFLARE_ACCOUNT_ID) or a prior `npx wrangler login`
#   make edge-test    bad requests, headers and API parity, native vs workerd; load
#   make edge-size    the worker's size against Cloudflare's limits
EDGE        := wasm/worker/build
WRANGLER    := $(CURDIR)/node_modules/.bin/wrangler
EDGE_PORT   ?= 8787
LOAD_SECONDS ?= 5
WORKER_SRC  := $(MODEL_SRC) $(shell find wasm/worker web -name '*.go' -not -path '*/build/*' -not -path 'wasm/worker/e2e/*' -not -path 'wasm/worker/bench/*' 2>/dev/null) web/index.html web/_head.html web/style.css wasm/worker/entry.mjs wasm/worker/wrangler.jsonc
# wrangler offline: no telemetry, no update check, no request to Cloudflare;
# the Go tests' servertest.OfflineEnv, which a test holds equal to this line.
WRANGLER_ENV := WRANGLER_SEND_METRICS=false WRANGLER_SEND_ERROR_REPORTS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false NO_UPDATE_NOTIFIER=1

.PHONY: edge worker-dev deploy edge-test edge-size

# workers-assets-gen empties its folder first: the glue, then the binary.
$(EDGE)/worker/app.wasm: $(WORKER_SRC)
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o $(EDGE)/worker
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm/worker

$(EDGE)/site.stamp: $(DIST)/.stamp $(WORKER_SRC)
	$(GO) run ./wasm/worker/cmd/edgesite -src $(DIST) -out $(EDGE)/site
	@touch $@

edge: $(EDGE)/worker/app.wasm $(EDGE)/site.stamp node_modules/.stamp

worker-dev: edge
	$(WRANGLER_ENV) $(WRANGLER) dev --config wasm/worker/wrangler.jsonc --ip 127.0.0.1 --port $(EDGE_PORT)

deploy: edge
	$(WRANGLER) deploy --config wasm/worker/wrangler.jsonc

edge-test: edge
	WRANGLER=$(WRANGLER) SITE_DIR=$(CURDIR)/$(DIST) LOAD_SECONDS=$(LOAD_SECONDS) \
	  $(GO) test -count=1 -v -timeout 10m -run 'Edge|Load|WorkerDeps' ./wasm/worker/

edge-size: $(EDGE)/worker/app.wasm
	@f=$(EDGE)/worker/app.wasm; raw=$$(stat -c %s $$f); gz=$$(gzip -9c $$f | wc -c); \
	printf '%s: %d bytes raw, %d gzip (Cloudflare: 3 MB compressed on the free plan, 10 MB paid)\n' $$f $$raw $$gz
