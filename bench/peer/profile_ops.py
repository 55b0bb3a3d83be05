#!/usr/bin/env python3
"""Where the time goes, operator by operator, for xlfuse and the peer on the same row and batches:
each side's timed pass runs once under the same profiler (libtorch's legacy autograd profiler;
xlfuse_peer_row --profile / peer_bench.py --profile), and the two chrome traces are compared by
self time per ATen operator (an operator's time minus the operators it called). The profiler adds
a little time per operator, so the tokens/s here read lower than the unprofiled ones.

  profile_ops.py [--build DIR] [--work DIR] [--rows infer_bucketed,train_bucketed] [--threads N]
                 [--top 18]

--work is the folder of a `run_peer_bench.py` run (its model/ and batches.safetensors; default
BUILD/bench-peer). "outside operators" is the pass's wall time minus every operator's self time:
Python for the peer, C++ glue for xlfuse.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, "../.."))


def self_times(trace_path):
    """{operator: [calls, self microseconds]} over the complete ("X") events of a chrome trace."""
    with open(trace_path) as f:
        text = f.read()
    data = json.loads(text)
    events = data["traceEvents"] if isinstance(data, dict) else data
    by_thread = collections.defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and "dur" in e:
            by_thread[e.get("tid")].append([float(e["ts"]), float(e["dur"]), e["name"], 0.0])
    out = collections.defaultdict(lambda: [0, 0.0])
    for evs in by_thread.values():
        evs.sort(key=lambda e: (e[0], -e[1]))
        stack = []
        for e in evs:
            while stack and stack[-1][0] + stack[-1][1] <= e[0]:
                stack.pop()
            if stack:
                stack[-1][3] += e[1]
            stack.append(e)
        for ts, dur, name, child in evs:
            out[name][0] += 1
            out[name][1] += max(0.0, dur - child)
    return out


def run(cmd, env):
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise SystemExit(f"profile_ops: failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(SOURCE, "build"))
    ap.add_argument("--work", default=None)
    ap.add_argument("--rows", default="infer_bucketed,train_bucketed")
    ap.add_argument("--threads", type=int, default=int(os.environ.get("XLFUSE_BENCH_THREADS", "2")))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--top", type=int, default=18)
    ap.add_argument("--xlfuse-row", default=None, help="the xlfuse_peer_row binary (default BUILD/bench/peer/)")
    args = ap.parse_args()
    work = args.work or os.path.join(args.build, "bench-peer")
    model, batches = os.path.join(work, "model"), os.path.join(work, "batches.safetensors")
    if not os.path.isfile(batches):
        raise SystemExit(f"profile_ops: no {batches}: run run_peer_bench.py (make bench-peer) first")
    n = str(args.threads)
    env = dict(os.environ, OMP_NUM_THREADS=n, MKL_NUM_THREADS=n, OPENBLAS_NUM_THREADS=n)
    for row in [r for r in args.rows.split(",") if r]:
        common = ["--model", model, "--batches", batches, "--row", row, "--threads", n]
        peer_trace = os.path.join(work, f"profile-{row}-peer.json")
        x_trace = os.path.join(work, f"profile-{row}-xlfuse.json")
        peer = run([args.python, os.path.join(HERE, "peer_bench.py"), *common, "--profile", peer_trace], env)
        xl = run([args.xlfuse_row or os.path.join(args.build, "bench/peer/xlfuse_peer_row"), *common, "--precision", "fp32",
                  "--profile", x_trace], env)
        p_ops, x_ops = self_times(peer_trace), self_times(x_trace)
        p_wall, x_wall = peer["seconds"] * 1e3, xl["seconds"] * 1e3
        print(f"\n## {row}: {peer['real_tokens']} real tokens; profiled pass: peer {p_wall:.0f} ms "
              f"({peer['tok_s']:.0f} tok/s), xlfuse {x_wall:.0f} ms ({xl['tok_s']:.0f} tok/s)\n")
        print("| operator (self time) | peer calls | peer ms | xlfuse calls | xlfuse ms | xlfuse - peer ms |")
        print("|---|---:|---:|---:|---:|---:|")
        names = sorted(set(p_ops) | set(x_ops), key=lambda k: -max(p_ops.get(k, [0, 0])[1], x_ops.get(k, [0, 0])[1]))
        shown_p = shown_x = 0.0
        for name in names[:args.top]:
            pc, pt = p_ops.get(name, [0, 0.0])
            xc, xt = x_ops.get(name, [0, 0.0])
            shown_p += pt
            shown_x += xt
            print(f"| `{name}` | {pc} | {pt / 1e3:.1f} | {xc} | {xt / 1e3:.1f} | {(xt - pt) / 1e3:+.1f} |")
        all_p = sum(v[1] for v in p_ops.values()) / 1e3
        all_x = sum(v[1] for v in x_ops.values()) / 1e3
        print(f"| other operators | | {all_p - shown_p / 1e3:.1f} | | {all_x - shown_x / 1e3:.1f} | "
              f"{(all_x - shown_x / 1e3) - (all_p - shown_p / 1e3):+.1f} |")
        print(f"| outside operators (Python / C++ glue) | | {p_wall - all_p:.1f} | | {x_wall - all_x:.1f} | "
              f"{(x_wall - all_x) - (p_wall - all_p):+.1f} |")
        print(f"| **wall time of the pass** | | **{p_wall:.1f}** | | **{x_wall:.1f}** | **{x_wall - p_wall:+.1f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
