#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves PNGs of every page of the real window under Xvfb: start, running, verdicts, details
# tabs, watch chart, history, compare, settings and export — at 1280x800 and 1024x700, plus
# a dark-palette set. Usage: tests/gui/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-ci}
out=${2:-$build/screenshots}
driver=$build/tests/gui/gatecheck_screenshots
if [ ! -x "$driver" ]; then
  echo "build the driver first: cmake --build --preset ci --target gatecheck_screenshots" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 2; }
mkdir -p "$out"
run() { # SIZE [dark]
  env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$driver" "$out" "$@"
}
run 1280x800
run 1024x700
run 1280x800 dark
echo "screenshots in $out"
