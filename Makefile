# jplan — see README.md. The two commands a new user types: `make run` and `make test`.
GO       ?= go
BIN      := bin/jplan
FUZZTIME ?= 60s
BENCHTIME ?= 1s
PKGS     := ./...

.PHONY: all build run test deps fuzz bench vet report-screenshot clean

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

test: deps vet
	$(GO) test -count=1 -timeout 12m $(PKGS)

# Every fuzz target for $(FUZZTIME) each.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) $(PKGS)

clean:
	rm -rf bin out
