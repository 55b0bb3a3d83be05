#!/usr/bin/env python3
"""Data-parallel scaling of `xlfuse train` on this machine: 1 process against 2 (`xlfuse launch`),
1 thread each, the same global batch, interleaved (1, 2, 1, 2, ...) so that both see the same
machine. Prints seconds per update, the speed-up, the scaling efficiency (speed-up / 2) and the
bytes each rank all-reduces per update (from the training log).

  python3 bench/data_parallel_scaling.py --build build [--shape small|mbert] [--rounds 3]

`small`: hidden 256, 4 layers, the mBERT vocabulary (the embeddings dominate the all-reduce, as in
mBERT). `mbert`: BERT-base shape with the mBERT vocabulary (178 M parameters; slow on 2 cores).
Data: UD-POS English training sentences bundled in examples/data/xtreme-mini.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

SHAPES = {
    "small": dict(hidden=256, layers=4, heads=4, intermediate=1024, steps=30, batch=16),
    "mbert": dict(hidden=768, layers=12, heads=12, intermediate=3072, steps=4, batch=8),
}


def run(cmd, env=None):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stdout[-3000:]}")
    return p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--shape", choices=sorted(SHAPES), default="small")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=0, help="updates per run (0 = the shape's default)")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    xlfuse = os.path.join(os.path.abspath(args.build), "bin", "xlfuse")
    s = SHAPES[args.shape]
    steps = args.steps or s["steps"]
    work = tempfile.mkdtemp(prefix="xlfuse-dp-bench-")
    try:
        enc = os.path.join(work, "enc")
        run([xlfuse, "init-model", "--vocab", os.path.join(root, "examples/data/mbert-vocab/vocab.txt"), "--out", enc,
             "--hidden-size", str(s["hidden"]), "--layers", str(s["layers"]), "--heads", str(s["heads"]),
             "--intermediate-size", str(s["intermediate"]), "--seed", "1"])
        data = os.path.join(work, "data")
        shutil.copytree(os.path.join(root, "examples/data/xtreme-mini/udpos"), os.path.join(data, "udpos"))
        train = ["train", "--task", "udpos", "--init", enc, "--data", data, "--max-steps", str(steps), "--batch-size",
                 str(s["batch"]), "--no-eval", "--progress", "off", "--threads", "1"]
        times = {1: [], 2: []}
        volume = None
        for r in range(args.rounds):
            for n in (1, 2):
                out = os.path.join(work, f"out-{n}-{r}")
                cmd = [xlfuse] + train + ["--out", out]
                if n > 1:
                    cmd = [xlfuse, "launch", "--nproc", str(n), "--"] + ["xlfuse"] + train + ["--out", out]
                log = run(cmd)
                m = re.search(r"([0-9.]+) MB of gradients all-reduced per update on average", log)
                if m:
                    volume = float(m.group(1))
                with open(os.path.join(out, "run.json")) as f:
                    rec = json.load(f)
                times[n].append(rec["timings"]["train_s"] / steps)
                print(f"round {r + 1}, {n} process(es): {times[n][-1]:.3f} s per update", flush=True)
        t1, t2 = statistics.median(times[1]), statistics.median(times[2])
        speedup = t1 / t2
        print()
        print(f"shape {args.shape}: hidden {s['hidden']}, {s['layers']} layers, vocab 119547; global batch "
              f"{s['batch']}, {steps} updates, {args.rounds} interleaved rounds, 1 thread per process")
        print("| processes | s per update (median) | runs | speed-up | scaling efficiency |")
        print("|---|---|---|---|---|")
        print(f"| 1 | {t1:.3f} | {', '.join(f'{t:.3f}' for t in times[1])} | 1.00x | 100% |")
        print(f"| 2 | {t2:.3f} | {', '.join(f'{t:.3f}' for t in times[2])} | {speedup:.2f}x | {100 * speedup / 2:.0f}% |")
        if volume is not None:
            print(f"all-reduce volume: {volume:.2f} MB per rank per update on average (fp32 gradients; of the word "
                  "embeddings only the rows of the batch's tokens)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
