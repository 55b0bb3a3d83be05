#!/usr/bin/env python3
"""`make bench-peer`: xlfuse against the PyTorch-eager peer (peer_bert.py), side by side.

  run_peer_bench.py [--build DIR] [--out DIR] [--threads N] [--rounds R] [--quick] [--rows a,b]
  run_peer_bench.py --from-results OUT/results.jsonl     # the table of a run (also a cut-short one)

1. A model folder from `xlfuse init-model` (random weights, mBERT vocabulary): BERT-base shape
   (12 layers, hidden 768, 12 heads, FFN 3072, vocabulary 119,547); --quick: 4 layers, hidden 256,
   4 heads, FFN 1024, same vocabulary.
2. One batch file (peer_export_batches): the UD-POS English batches both sides run, same examples,
   order and padding (batch_file.h).
3. The environment both run under: the same thread count (OMP/MKL/OpenBLAS variables and each
   side's own setting), the same OPENBLAS_CORETYPE (inherited, printed); `xlfuse env` and torch's
   build configuration and the BLAS objects the peer loaded are printed.
4. Rounds, interleaved: for each row, the peer, then xlfuse fp32, then xlfuse bf16, each a fresh
   process (xlfuse_peer_row / peer_bench.py); every result is appended to OUT/results.jsonl.
5. The table: real tokens/s of each side (min-max over rounds), the ratio xlfuse / peer per round
   (min-max), and the peak RSS of the training rows; written to OUT/table.md as well.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, "../.."))
ROWS = ("infer_padded128", "infer_bucketed", "train_padded128", "train_bucketed", "pretrain")
LABELS = {
    "infer_padded128": "inference, batch 32, padded 128",
    "infer_bucketed": "inference, batch 32, length-bucketed",
    "train_padded128": "training, batch 8, padded 128",
    "train_bucketed": "training, batch 8, length-bucketed",
    "pretrain": "pretraining (masked LM), batch 8 x 128",
}
# Issue 13's goals (xlfuse / peer), for the "goal" column.
FP32_GOALS = {"infer_bucketed": 1.5, "train_bucketed": 1.5, "pretrain": 3.0}
BF16_GOAL = 2.5
RSS_GOAL = 1.2


def log(msg):
    print(msg, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def run(cmd, env, what):
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise SystemExit(f"run_peer_bench: {what} failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    return p.stdout


def ensure_model(xlfuse, vocab, folder, quick, env):
    if os.path.isfile(os.path.join(folder, "model.safetensors")):
        log(f"model: {folder} (exists)")
        return
    shape = ["--hidden-size", "256", "--layers", "4", "--heads", "4", "--intermediate-size", "1024"] if quick else []
    log(f"model: xlfuse init-model {' '.join(shape) or '(BERT-base defaults)'} --out {folder}")
    run([xlfuse, "init-model", "--vocab", vocab, "--out", folder, "--seed", "42", *shape], env, "init-model")


def spread(values):
    lo, hi = min(values), max(values)
    return f"{lo:.2f}" if abs(hi - lo) < 0.005 else f"{lo:.2f}-{hi:.2f}"


def rate_spread(values):
    lo, hi = min(values), max(values)
    return f"{lo:.0f}" if round(lo) == round(hi) else f"{lo:.0f}-{hi:.0f}"


def goal_text(ratios, goal):
    if min(ratios) >= goal:
        return f">= {goal}x: met"
    if max(ratios) < goal:
        return f">= {goal}x: **not met**"
    return f">= {goal}x: within the spread"


def table(results, rows):
    by = {}
    for r in results:
        by.setdefault((r["row"], r["system"], r["precision"]), {})[r["round"]] = r
    lines = ["| real tokens/s | peer fp32 | xlfuse fp32 | **fp32 / peer** | xlfuse bf16 | **bf16 / peer** | goal (issue 13) |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        peer = by.get((row, "peer", "fp32"), {})
        x32 = by.get((row, "xlfuse", "fp32"), {})
        x16 = by.get((row, "xlfuse", "bf16"), {})
        if not peer or not x32:
            continue
        r32 = [x32[k]["tok_s"] / peer[k]["tok_s"] for k in peer if k in x32]
        r16 = [x16[k]["tok_s"] / peer[k]["tok_s"] for k in peer if k in x16]
        goals = [goal_text(r32, FP32_GOALS.get(row, 1.0))]
        if r16:
            goals.append("bf16 " + goal_text(r16, BF16_GOAL))
        lines.append("| {} | {} | {} | **{}x** | {} | {} | {} |".format(
            LABELS[row], rate_spread([v["tok_s"] for v in peer.values()]),
            rate_spread([v["tok_s"] for v in x32.values()]), spread(r32),
            rate_spread([v["tok_s"] for v in x16.values()]) if x16 else "-",
            f"**{spread(r16)}x**" if r16 else "-", "; ".join(goals)))
    lines += ["", "| peak RSS of the process (MiB) | peer fp32 | xlfuse fp32 | **xlfuse / peer** | xlfuse bf16 | goal |",
              "|---|---:|---:|---:|---:|---|"]
    for row in rows:
        if row.startswith("infer_"):
            continue
        peer = by.get((row, "peer", "fp32"), {})
        x32 = by.get((row, "xlfuse", "fp32"), {})
        x16 = by.get((row, "xlfuse", "bf16"), {})
        if not peer or not x32:
            continue
        ratio = [x32[k]["peak_rss_mib"] / peer[k]["peak_rss_mib"] for k in peer if k in x32]
        met = "met" if max(ratio) <= RSS_GOAL else ("**not met**" if min(ratio) > RSS_GOAL else "within the spread")
        lines.append("| {} | {} | {} | **{}x** | {} | <= {}x: {} |".format(
            LABELS[row], rate_spread([v["peak_rss_mib"] for v in peer.values()]),
            rate_spread([v["peak_rss_mib"] for v in x32.values()]), spread(ratio),
            rate_spread([v["peak_rss_mib"] for v in x16.values()]) if x16 else "-", RSS_GOAL, met))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(SOURCE, "build"), help="xlfuse build folder")
    ap.add_argument("--out", default=None, help="work folder (default BUILD/bench-peer, BUILD/bench-peer-quick)")
    ap.add_argument("--threads", type=int, default=int(os.environ.get("XLFUSE_BENCH_THREADS", "2")))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small model and fewer batches: a try in a few minutes")
    ap.add_argument("--rows", default=",".join(ROWS), help="comma-separated subset of " + ",".join(ROWS))
    ap.add_argument("--python", default=sys.executable, help="the Python that runs the peer (needs torch)")
    ap.add_argument("--no-bf16", action="store_true", help="skip xlfuse's bf16 rows")
    ap.add_argument("--from-results", default=None, help="only print the table of an earlier run's results.jsonl")
    args = ap.parse_args()
    if args.from_results:
        with open(args.from_results) as f:
            results = [json.loads(line) for line in f if line.strip()]
        rounds = sorted({r["round"] for r in results})
        loads = [float(r["loadavg"].split()[0]) for r in results]
        log(f"{len(results)} runs in rounds {[r + 1 for r in rounds]}, {results[0]['time']} to {results[-1]['time']} UTC, "
            f"1-minute load average {min(loads)}-{max(loads)} at their starts; ratios only between runs of the same round\n")
        log(table(results, [r for r in ROWS if any(x["row"] == r for x in results)]))
        return 0
    rows = [r for r in args.rows.split(",") if r]
    for r in rows:
        if r not in ROWS:
            raise SystemExit(f"run_peer_bench: --rows: unknown row '{r}' (known: {', '.join(ROWS)})")
    out = args.out or os.path.join(args.build, "bench-peer-quick" if args.quick else "bench-peer")
    os.makedirs(out, exist_ok=True)
    xlfuse = os.path.join(args.build, "bin/xlfuse")
    exporter = os.path.join(args.build, "bench/peer/peer_export_batches")
    row_bin = os.path.join(args.build, "bench/peer/xlfuse_peer_row")
    for exe in (xlfuse, exporter, row_bin):
        if not os.access(exe, os.X_OK):
            raise SystemExit(f"run_peer_bench: {exe} not built (make build)")

    n = str(args.threads)
    env = dict(os.environ, OMP_NUM_THREADS=n, MKL_NUM_THREADS=n, OPENBLAS_NUM_THREADS=n)
    shared = os.environ.get("XLFUSE_SHARED_DIR") or os.path.join(SOURCE, "../shared")
    vocab = os.path.join(shared, "data/mbert/vocab.txt")
    if not os.path.isfile(vocab):
        vocab = os.path.join(SOURCE, "examples/data/mbert-vocab/vocab.txt")

    log(f"== xlfuse vs PyTorch-eager peer, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC")
    log(f"machine: {cpu_model()}, {os.cpu_count()} cores, load average {loadavg()}; threads {n} for both; "
        f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    log("\n== xlfuse env")
    xlfuse_env = run([xlfuse, "env", "--threads", n], env, "xlfuse env").rstrip()
    log(xlfuse_env)
    log("\n== peer: torch")
    probe = ("import torch,sys; torch.set_num_threads(%s); print('python', sys.version.split()[0], 'torch', torch.__version__);"
             "print(torch.__config__.show().strip()); print(torch.__config__.parallel_info().strip());"
             "torch.mm(torch.ones(64,64),torch.ones(64,64));"
             "print('loaded', *sorted({l.split()[-1] for l in open('/proc/self/maps') if 'blas' in l or 'lapack' in l or 'dnnl' in l}), sep='\\n  ')" % n)
    peer_env = run([args.python, "-c", probe], env, "the peer's torch probe").rstrip()
    log(peer_env)
    # The BLAS objects each side loaded (resolved paths of libopenblas*/libblas*): the comparison
    # is only fair on the same ones.
    def blas_objects(text):
        return {os.path.realpath(w) for w in text.split() if "/lib" in w and ("openblas" in w or "libblas" in w)}
    same = blas_objects(xlfuse_env) & blas_objects(peer_env)
    log(f"same BLAS objects loaded by both: {', '.join(sorted(same)) if same else 'NONE: the comparison is not fair'}")

    model = os.path.join(out, "model")
    ensure_model(xlfuse, vocab, model, args.quick, env)
    batches = os.path.join(out, "batches.safetensors")
    counts = ["--infer-batches", "2", "--train-batches", "2", "--pretrain-batches", "1"] if args.quick else []
    log("\n== batches")
    log(run([exporter, "--out", batches, "--vocab", vocab, *counts], env, "peer_export_batches").rstrip())

    results_path = os.path.join(out, "results.jsonl")
    results = []
    started = time.time()
    with open(results_path, "w") as res:
        for rnd in range(args.rounds):
            for row in rows:
                runs = [("peer", "fp32", [args.python, os.path.join(HERE, "peer_bench.py")]),
                        ("xlfuse", "fp32", [row_bin, "--precision", "fp32"])]
                if not args.no_bf16 and row != "pretrain":
                    runs.append(("xlfuse", "bf16", [row_bin, "--precision", "bf16"]))
                for system, precision, cmd in runs:
                    load = loadavg()
                    line = run([*cmd, "--model", model, "--batches", batches, "--row", row, "--threads", n], env,
                               f"{system} {precision} {row}")
                    r = json.loads(line.strip().splitlines()[-1])
                    r.update({"round": rnd, "loadavg": load, "time": datetime.datetime.utcnow().isoformat(timespec="seconds")})
                    results.append(r)
                    res.write(json.dumps(r) + "\n")
                    res.flush()
                    log(f"round {rnd + 1}/{args.rounds} {row:16} {system:6} {precision}: {r['tok_s']:8.1f} real tok/s "
                        f"({r['real_tokens']} in {r['seconds']:.2f} s), peak RSS {r['peak_rss_mib']:.0f} MiB, load {load}")

    shape = "quick shape (4 x 256, 4 heads, FFN 1024)" if args.quick else "BERT-base shape (12 x 768, 12 heads, FFN 3072)"
    text = table(results, rows)
    header = (f"{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, {cpu_model()}, {n} threads, "
              f"load average {loadavg()} at the end, {args.rounds} rounds in {time.time() - started:.0f} s; "
              f"{shape}, mBERT vocabulary, random weights; min-max over rounds, ratios per round")
    with open(os.path.join(out, "table.md"), "w") as f:
        f.write(header + "\n\n" + text + "\n")
    log("\n== " + header + "\n\n" + text + f"\n\nresults: {results_path}, table: {os.path.join(out, 'table.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
