#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the sample reports (tests/data/reports/*.json) to PDF with gatecheck-cli, and their
# pages to PNG with pdftoppm, for a person to look at: page 1 must read well to a bookkeeper.
#   tests/report/render-sample.sh [BUILD_DIR] [OUT_DIR] [--all-pages]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build-ci}
out=${2:-$here/build-ci/report-samples}
pages=(-f 1 -l 1)
[ "${3:-}" = "--all-pages" ] && pages=()
cli=$build/app/cli/gatecheck-cli
[ -x "$cli" ] || { echo "render-sample: build gatecheck-cli first ($cli)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "render-sample: pdftoppm missing (apt-get install poppler-utils)" >&2; exit 2; }
mkdir -p "$out"
for json in "$here"/tests/data/reports/*.json; do
  name=$(basename "$json" .json)
  for audience in it vendor; do
    pdf=$out/$name-$audience.pdf
    "$cli" report "$json" --audience "$audience" --out "$pdf"
    pdftoppm -png -r 80 "${pages[@]}" "$pdf" "$out/$name-$audience"
  done
done
ls -1 "$out"/*.png
