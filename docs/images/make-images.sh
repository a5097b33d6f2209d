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
# Close-ups of the écorché (skin hidden), where the whole body leaves the face and hands small.
closeup() { "$tpatlas" render --embedded --layer skin=hidden "$@"; }
closeup --size 720x720 --view anterior --frame skull clavicle --out closeup-head-anterior.png
closeup --size 720x720 --view left --frame skull clavicle --out closeup-head-left.png
closeup --size 720x720 --view anterior --frame rib-cage clavicle pelvis --out closeup-trunk-anterior.png
closeup --size 720x720 --view posterior --frame rib-cage scapula pelvis --out closeup-trunk-posterior.png
closeup --size 480x720 --view left --frame rib-cage clavicle humerus.left pelvis --out closeup-trunk-left.png
closeup --size 480x720 --view anterior --frame pelvis femur tibia foot --out closeup-legs-anterior.png
closeup --size 480x720 --view posterior --frame pelvis femur tibia foot --out closeup-legs-posterior.png
closeup --size 480x720 --view left --frame femur.left tibia.left foot.left --out closeup-leg-left.png
render --view left --muscle upper-trapezius --side left --out zones-upper-trapezius.png
render --view posterior --muscle gluteus-minimus --side right --out zones-gluteus-minimus.png
