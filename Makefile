# orderlens entry points. Every target installs the tools it needs first
# (scripts/install-tools.sh skips what is present), so a fresh Debian 12 machine only needs rustup.
# CI runs `make -k test` through .ci/run.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

# cargo-installed tools (wasm-pack, wasm-bindgen) must be found even where ~/.cargo/bin is not on PATH.
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
# Generous browser-test limits: the build machines are shared and Chrome can start slowly.
# Only a hung test hits them; they are not a performance check.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT ?= 30

TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
WASM := $(TARGET_DIR)/wasm32-unknown-unknown/wasm-release/orderlens.wasm
DIST := dist/web
ORDERLENS := $(TARGET_DIR)/release/orderlens
DEMO_LISTEN ?= 127.0.0.1:8080
# wasm-opt from npm's binaryen (package-lock.json): Debian's binaryen 108 rewrites wasm-bindgen's
# externref table export to point at the function table, and the sidebar fails to start
# ("WebAssembly.Table.set(): Argument 1 is invalid for table").
WASM_OPT := node_modules/.bin/wasm-opt
ESBUILD := node_modules/.bin/esbuild
# Older binaryens must be told the features rustc 1.95 enables; spelling them out costs nothing.
WASM_OPT_FEATURES := --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
                     --enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: test test-native test-browser test-e2e test-hosts dist tools-test tools-build build demo bench bench-web proxy fuzz fuzz-smoke clean

## Tests ---------------------------------------------------------------------------------------

test: test-native test-browser test-e2e test-hosts

# Amazon's published SP-API models (amzn/selling-partner-api-models) are reference material, never
# in this repository: the checks against them (cli/tests/spapi_schema.rs) run with
# `make test SPAPI_MODELS=<folder of the model files>` and say they were skipped without it.
SPAPI_MODELS ?=

# --no-fail-fast: a failing test binary must not hide the results of the others.
test-native: tools-test
	@[ -n '$(SPAPI_MODELS)' ] || echo "Amazon's SP-API models not found (SPAPI_MODELS): the checks against them in cli/tests/spapi_schema.rs are skipped."
	ORDERLENS_SPAPI_MODELS='$(SPAPI_MODELS)' cargo test --workspace --locked --no-fail-fast

# The root crate only (-p orderlens): cli/ is native-only. --mode no-install: use the
# wasm-bindgen and chromedriver on PATH, never download (the network blocks it anyway).
test-browser: tools-test
	wasm-pack test --headless --chrome --mode no-install . -p orderlens --locked

# The demo helpdesk end to end: the release sidebar, the proxy in sandbox mode, Debian's Chromium
# driven by playwright-core (npm ci from the committed lock; it never downloads a browser).
test-e2e: build proxy
	scripts/install-tools.sh e2e
	node --test tests/e2e/

# The installable packages in their hosts (tests/hosts/): the Zendesk app with the real ZAF SDK,
# the Freshdesk app on a fake Freshworks client, the Chrome extension in Debian's Chromium on
# locally served Seller Central pages, web-ext lint of the Firefox build, package rules.
# Screenshots for docs/install.md land in docs/images/. Own npm lock: tests/hosts/package-lock.json.
test-hosts: dist proxy
	scripts/install-tools.sh e2e
	npm ci --prefix tests/hosts --no-audit --no-fund
	cd tests/hosts && node --test --test-concurrency=1 *.test.mjs

tools-test:
	scripts/install-tools.sh test

tools-build:
	scripts/install-tools.sh build

## Sidebar build -------------------------------------------------------------------------------

# wasm-opt -Oz --converge: repeats -Oz until the module stops shrinking (0.9 KB gzipped less; its
# --low-memory-unused would save 0.5 KB more but assumes the stack's deepest 1 KB is never used).
# --strip-producers --strip-target-features: two custom sections no browser reads (0.2 KB).
# Release wasm without the `charsets` feature: in the browser TextDecoder decodes legacy
# charsets, and encoding_rs would cost ~125 KB gzipped.
# What the entry pages (sidebar.html, the baseline, the demo helpdesk) load is written again
# under content-hashed names, name.<hash>.ext (scripts/hash-names.mjs), which the proxy sends as
# immutable; the entry pages keep their names, and the plain-named files stay for `make dist`.
# The demo's sidebar.js is written again as one file with what it imports (boot.js, the host
# adapters; esbuild from package-lock.json), the wasm glue left outside: over HTTP/1.1 a browser
# opens six connections to a host, and of the nine files sidebar.html named, the host adapter's
# waited behind the wasm, so the sidebar asked the host 30-40 ms later (BENCHMARKS.md, issue 12).
# Every text and wasm file gets its .br and .gz beside it (scripts/precompress.mjs), which
# `orderlens serve --static-dir` sends by Accept-Encoding.
# Written into a fresh directory and swapped in at the end: several builds and test runs share
# this working tree, and none of them may serve (or measure) a half-written dist/web.
# What an agent downloads before the sidebar can draw (wasm + glue, gzip -9), and each language
# pack: `make build` fails over either (SIZE_CHECK=off builds anyway, to measure). Issue 11's
# target for the download is 100 KB (DOWNLOAD_TARGET, printed beside it); until the sidebar gets
# there (BENCHMARKS.md, "Download size" and issue 11's size section, has where the bytes are) the
# build fails over 202 KB: issue 10's case blocks, messaging actions, drafts and related tickets
# brought 178 KB to 233 KB, the size work of 2026-12-01 took it to 205 570 B (200.8 KB), and this
# guard keeps it from growing again unnoticed.
DOWNLOAD_TARGET := $(shell echo $$((100 * 1024)))
DOWNLOAD_BUDGET := $(shell echo $$((202 * 1024)))
PACK_BUDGET := $(shell echo $$((12 * 1024)))
build: tools-build node_modules/.package-lock.json
	cargo build --profile wasm-release --locked --target wasm32-unknown-unknown -p orderlens --lib --no-default-features
	mkdir -p dist
	new=$$(mktemp -d dist/.web-new.XXXXXX); trap 'rm -rf "$$new"' EXIT; \
	wasm-bindgen --target web --no-typescript --out-dir $$new/pkg $(WASM); \
	$(WASM_OPT) -Oz --converge --strip-producers --strip-target-features $(WASM_OPT_FEATURES) -o $$new/pkg/orderlens_bg.wasm $$new/pkg/orderlens_bg.wasm; \
	tar -C www --exclude=node_modules -cf - . | tar -C $$new -xf -; \
	$(ESBUILD) www/sidebar.js --bundle --format=esm --external:./pkg/* --log-level=warning --outfile=$$new/sidebar.js --allow-overwrite; \
	cargo run -q --locked -p orderlens --bin lang-packs -- $$new/lang; \
	node scripts/hash-names.mjs $$new sidebar.html baseline/index.html demo/index.html; \
	node scripts/precompress.mjs $$new; \
	chmod 755 $$new; \
	old=$$(mktemp -d dist/.web-old.XXXXXX); \
	if [ -d $(DIST) ]; then mv $(DIST) $$old/; fi; mv $$new $(DIST); rm -rf $$old
	@gz() { gzip -9c "$$1" | wc -c; }; \
	download=$$(( $$(gz $(DIST)/pkg/orderlens_bg.wasm) + $$(gz $(DIST)/pkg/orderlens.js) )); \
	echo "sidebar download: $$download bytes gzipped (wasm + JS glue; budget $(DOWNLOAD_BUDGET), target $(DOWNLOAD_TARGET))"; \
	over=0; [ $$download -le $(DOWNLOAD_BUDGET) ] || { echo "  over budget: the wasm grew (BENCHMARKS.md, 'Download size', says what went)"; over=1; }; \
	packs=""; for p in $(DIST)/lang/*.olp; do \
	    b=$$(gz $$p); packs="$$packs $$(basename $$p .olp) $$b"; \
	    [ $$b -le $(PACK_BUDGET) ] || { echo "  $$p: $$b bytes gzipped, over $(PACK_BUDGET)"; over=1; }; \
	done; \
	echo "language packs (bytes gzipped; budget $(PACK_BUDGET) each):$$packs"; \
	[ $$over = 0 ] || [ "$(SIZE_CHECK)" = off ]

## Packages ------------------------------------------------------------------------------------

# dist/{zendesk,freshdesk,chrome-extension,firefox-extension}.zip (and their unpacked trees) from
# the release sidebar; docs/install.md says how to install each. PROXY_HOST is the one host the
# Zendesk app may send its secure token to (ZAF's domainWhitelist is fixed per build).
PROXY_HOST ?= proxy.orderlens.example
dist: build
	PROXY_HOST='$(PROXY_HOST)' node scripts/dist.mjs

## Demo and benchmarks -------------------------------------------------------------------------

# The README's first command: tools, the release sidebar, then the proxy in sandbox mode serving
# it inside a demo helpdesk (no Amazon account needed). Ctrl-C stops it.
demo: build proxy
	@printf '\n  orderlens demo helpdesk:  http://%s/demo/\n  (Amazon sandbox orders; Ctrl-C stops the server)\n\n' '$(DEMO_LISTEN)'
	$(ORDERLENS) serve --sandbox --listen $(DEMO_LISTEN) --static-dir $(DIST)

# The sidebar benchmark (BENCHMARKS.md "Sidebar (wasm)"): download size of build variants, the
# time from sidebar load to the painted order panel beside the hand-written baseline (www/baseline/)
# in headless Chromium with the proxy on loopback, one load's trace by phase, and memory over
# 1 000 ticket switches.
bench-web: build proxy
	scripts/install-tools.sh e2e
	WASM_OPT="$(WASM_OPT)" WASM_OPT_FEATURES="$(WASM_OPT_FEATURES)" scripts/bench-web-size.sh
	node scripts/bench-web-paint.mjs
	node scripts/bench-web-trace.mjs
	node scripts/bench-web-leaks.mjs

# npm packages exactly as locked (binaryen's wasm-opt, playwright-core); again only when the lock changes.
node_modules/.package-lock.json: package-lock.json
	scripts/install-tools.sh node
	npm ci --no-audit --no-fund

# The native proxy binary (demo, e2e test, benchmark).
proxy:
	cargo build --release --locked -p orderlens-cli --bin orderlens

bench:
	cargo bench --bench detect
	cargo bench --bench hostile

## Fuzzing (not part of `make test`: too long) -------------------------------------------------

# Every cargo-fuzz target in fuzz/ for FUZZ_SECONDS each (nightly toolchain and cargo-fuzz are
# installed when missing); one summary line per target: executions and crashes (FUZZING.md).
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# A few seconds per target: the targets build and the seeds do not crash.
fuzz-smoke:
	scripts/fuzz.sh 10

clean:
	rm -rf dist pkg
	@echo "(compiled crates stay in $(TARGET_DIR)/; 'cargo clean' removes them)"
