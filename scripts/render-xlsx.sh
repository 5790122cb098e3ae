#!/usr/bin/env bash
# Render a workbook the way a real spreadsheet program prints it: LibreOffice headless converts it
# to PDF (using the workbook's own page set-up: paper, orientation, fit-to-width, print titles),
# then pdftoppm turns the first pages into PNGs to look at. Not run in CI.
#
#   scripts/render-xlsx.sh <file.xlsx> [out-dir] [last-page]
#
# Writes <out-dir>/<name>.pdf and <out-dir>/<name>-<page>.png for pages 1..last-page (default 2:
# page 1 is the 目录 sheet, page 2 the first page of the first domain sheet).
set -euo pipefail

xlsx=${1:?usage: scripts/render-xlsx.sh <file.xlsx> [out-dir] [last-page]}
out=${2:-$(dirname "$xlsx")/render}
last=${3:-2}
name=$(basename "${xlsx%.*}")

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "installing libreoffice-calc and poppler-utils…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc poppler-utils >/dev/null
fi

mkdir -p "$out"
# A private profile: a running LibreOffice or a stale lock must not block the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdftoppm -png -r 60 -f 1 -l "$last" "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
