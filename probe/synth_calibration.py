#!/usr/bin/python3
"""The calibration loop: `synth` over the project's calibration scenarios, each figure
held against the calibration's measurement of the same scenario.

    /usr/bin/python3 probe/synth_calibration.py [PATTERN...] [--out DIR] [--device cpu|cuda]

CPU: for each PyTorch case in bench/calibration/cases (whose name contains a PATTERN),
synth measures the host peak and prints it beside results.json's median peak RSS, with
the difference. With --device cuda the measurement files (allocated, reserved and
nvidia-smi figures per device) are written to --out for the GPU calibration. Same
protocol as the calibration harness: 2 threads, 3 steps, one fresh process per case.
"""

import argparse
import fnmatch
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CASES = os.path.join(ROOT, "bench", "calibration", "cases")
RESULTS = os.path.join(ROOT, "bench", "calibration", "results.json")
MiB = 1024.0 * 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("patterns", nargs="*", help="substrings or globs of case names")
    ap.add_argument("--out", default=None, help="folder for the measurement files")
    ap.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args()
    with open(RESULTS) as f:
        results = json.load(f)["cases"]
    out = args.out or os.path.join("/tmp", "headroom-synth-calibration")
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=HERE)
    rows = []
    for name in sorted(os.listdir(CASES)):
        case = name[:-5]
        if not name.endswith(".json"):
            continue
        if args.patterns and not any(p in case or fnmatch.fnmatch(case, p) for p in args.patterns):
            continue
        with open(os.path.join(CASES, name)) as f:
            if json.load(f).get("model", {}).get("framework") != "pytorch":
                continue
        target = os.path.join(out, case + ".headroom-measure.json")
        proc = subprocess.run([sys.executable, "-m", "headroom_probe", "synth", os.path.join(CASES, name),
                               "-o", target, "--threads", "2", "--steps", str(args.steps),
                               "--device", args.device], env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            print("%-44s synth failed (%d): %s" % (case, proc.returncode, proc.stderr.strip()[-200:]))
            continue
        with open(target) as f:
            m = json.load(f)
        synth = m["host"]["peak_bytes"]
        ref = results.get(case, {}).get("summary", {}).get("median_peak_rss_bytes")
        if ref:
            err = 100.0 * (synth - ref) / ref
            rows.append(abs(err))
            print("%-44s synth %9.1f MiB   calibration %9.1f MiB   %+6.2f %%" % (case, synth / MiB, ref / MiB, err))
        else:
            print("%-44s synth %9.1f MiB   (no calibration figure)" % (case, synth / MiB))
        for d in m.get("devices", []):
            print("    device %s: allocated %s, reserved %s, nvidia-smi %s" % (
                d.get("index"), d.get("allocated_peak_bytes"), d.get("reserved_peak_bytes"),
                d.get("used_peak_bytes")))
        sys.stdout.flush()
    if rows:
        rows.sort()
        print("cases %d, median |difference| %.2f %%, worst %.2f %%"
              % (len(rows), rows[len(rows) // 2], rows[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
