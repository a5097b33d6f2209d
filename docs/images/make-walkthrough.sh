#!/usr/bin/env bash
# Records the therapist walk-through (tests/app/walkthrough.json, also run as a test) as
# three screenshots of the real window under Xvfb: the condition, the muscle, the painting.
# Usage: docs/images/make-walkthrough.sh [path/to/tpatlas]   (needs xvfb-run and python3)
set -euo pipefail
cd "$(dirname "$0")"
tpatlas="$(realpath "${1:-../../build/src/app/tpatlas}")"
script=../../tests/app/walkthrough.json
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The first N events of the walk-through, then a pause so the picture settles.
cut_script() {
  python3 - "$script" "$1" "$tmp/part.json" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))["events"]
n = int(sys.argv[2])
part = events[:n] if n > 0 else events
part.append({"type": "wait", "frames": 30})
json.dump({"events": part}, open(sys.argv[3], "w"))
PY
}

shoot() {
  cut_script "$1"
  xvfb-run -a -s "-screen 0 1400x900x24" "$tpatlas" --embedded --size 1300x820 \
    --replay "$tmp/part.json" --screenshot "$2" --exit-after-replay
}

shoot 7 walkthrough-1-tension-headache.png
shoot 12 walkthrough-2-upper-trapezius.png
shoot 0 walkthrough-3-right-temple.png
"$tpatlas" render --embedded --size 720x720 --view right --pain temple forehead --side right \
  --out pain-right-temple.png
