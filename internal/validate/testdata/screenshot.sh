#!/bin/sh
# Render the validator's sample HTML report (devset truth vs sample.pred.jsonl)
# with headless Chromium and write a PNG, to look at what a person sees.
# Usage: internal/validate/testdata/screenshot.sh [OUT.png]   (from anywhere)
# Needs Debian chromium (apt-get install -y chromium) and, for Japanese glyphs,
# fonts-noto-cjk. Not part of `make test`: it is slow and needs a browser.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pkg=$(dirname "$here")
out=${1:-$(pwd)/validate-report.png}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$pkg" && go test -count=1 -run '^TestWriteHTML$' . -args -html-out="$tmp/report.html")
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --hide-scrollbars \
  --screenshot="$out" --window-size=1280,2000 "file://$tmp/report.html" 2>/dev/null
echo "wrote $out (report: rerun with -html-out to keep the HTML)"
