# jplan — see README.md. The two commands a new user types: `make run` and `make test`.
GO       ?= go
BIN      := bin/jplan
FUZZTIME ?= 60s
BENCHTIME ?= 1s
PKGS     := ./...

.PHONY: all build run test deps fuzz bench vet quality score report report-screenshot clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/jplan

# The main job on the bundled corpus, offline: writes out/.
run: build
	./$(BIN) run

# Debian packages the tests need (pdftotext for the PDF fallback and benchmarks).
# Installed only when missing; needs root (CI runs as root).
deps:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  echo "make deps: installing poppler-utils poppler-data"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils poppler-data >/dev/null; }

vet:
	$(GO) vet $(PKGS)

# The quality gate of the extractor issue, scored by the validator on every
# bundled input: the selected extractors on the seeds (every form), and the
# generic extractor alone on the seeds and the devset.
SEED_GATE    ?= missions=0.98,projects=0.98,indicators=0.98,sdgs=0.98
GENERIC_GATE ?= missions=0.85,projects=0.85,indicators=0.85,sdgs=0.85
quality: build
	./$(BIN) validate --truth testdata/truth --min-f1 $(SEED_GATE) > /dev/null
	./$(BIN) validate --truth testdata/truth --extractor generic --min-f1 $(GENERIC_GATE) > /dev/null
	./$(BIN) validate --truth testdata/devset --extractor generic --min-f1 $(GENERIC_GATE) > /dev/null
	@echo "quality gate passed: seeds ($(SEED_GATE)); generic alone on the seeds and on the devset ($(GENERIC_GATE))"

# One extractor's score and match tests: make score EXTRACTOR=mitaka
score:
	$(GO) test -count=1 -v -run 'Test(Score|Match)' ./extractors/$(EXTRACTOR)

test: deps vet quality
	$(GO) test -count=1 -timeout 12m $(PKGS)

# Every fuzz target for $(FUZZTIME) each.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 2s $$pkg; \
	  done; \
	done

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) $(PKGS)

# The validator's HTML report over the bundled corpus (out/report.html), and a
# screenshot of it in headless Chromium (out/report.png). Needs Debian chromium
# and fonts-noto-cjk (installed here when missing); not part of make test.
report: build
	@mkdir -p out
	-./$(BIN) validate --truth testdata/truth --truth testdata/devset --html out/report.html
report-screenshot: report
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=$$(mktemp -d) --hide-scrollbars --window-size=1280,2400 \
	  --screenshot=$(CURDIR)/out/report.png file://$(CURDIR)/out/report.html 2>/dev/null
	@echo "wrote out/report.png"

clean:
	rm -rf bin out
