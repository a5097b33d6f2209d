#!/usr/bin/env bash
# Regenerates the pictures in docs/images from the program itself (never drawn by hand).
# Usage: docs/images/make-images.sh [path/to/tpatlas]   (default: build/src/app/tpatlas)
set -euo pipefail
cd "$(dirname "$0")"
tpatlas="${1:-../../build/src/app/tpatlas}"
render() { "$tpatlas" render --embedded --size 720x720 "$@"; }

render --view anterior --out embedded-anterior.png
for view in anterior posterior left; do
  render --view "$view" --layer skin=shown --out "embedded-$view-skin.png"
  render --view "$view" --layer skin=ghosted --out "embedded-$view-ghosted.png"
  render --view "$view" --layer skin=hidden superficial=hidden --out "embedded-$view-deep.png"
done
render --view left --muscle upper-trapezius --side left --out zones-upper-trapezius.png
render --view posterior --muscle gluteus-minimus --side right --out zones-gluteus-minimus.png
