#!/bin/sh
# Regenerate corpus/seeds/002_14af7f8c1c2b8dac.{html,truth.txt,chromium.pdf,libreoffice.pdf}.
# Needs Debian chromium and fonts-noto-cjk; LibreOffice (libreoffice-writer-nogui) is optional.
# Run from the repository root: sh internal/pdf/testdata/gen/render002.sh
set -eu
out=corpus/seeds
name=002_14af7f8c1c2b8dac
python3 "$(dirname "$0")/newsletter002.py" "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$out/$name.chromium.pdf" "file://$PWD/$out/$name.html"
if command -v soffice >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  soffice -env:UserInstallation="file://$profile/lo" --headless --convert-to pdf:writer_web_pdf_Export \
    --outdir "$tmp" "$out/$name.html" >/dev/null
  mv "$tmp/$name.pdf" "$out/$name.libreoffice.pdf"
  rmdir "$tmp"
else
  echo "render002: soffice not installed: skipping the LibreOffice PDF" >&2
fi
