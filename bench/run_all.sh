#!/usr/bin/env bash
# Runs every built benchmark binary in <build_dir>/bench and writes one Google Benchmark JSON
# file per binary under <build_dir>/bench-results/, plus env.json (`xlfuse env --json`) so that
# each set of figures names the machine and BLAS it came from. `make bench` calls this.
#
#   bash bench/run_all.sh [build_dir] [extra benchmark flags...]
#
# Environment: XLFUSE_BENCH_THREADS (default 2) is read by the benchmarks;
# XLFUSE_BENCH_FILTER is passed as --benchmark_filter (default: all);
# XLFUSE_BENCH_ONLY, a regex on the binary names, runs only the matching binaries (default: all).
# The fine-tuning throughput benchmarks (bench_infer_throughput, bench_train_throughput) need
# ../shared/data (or XLFUSE_SHARED_DIR) and take minutes: BERT-base on 2 cores. They read
# XLFUSE_BENCH_BATCHES (inference batches of 32, default 4), XLFUSE_BENCH_TRAIN_STEPS (training
# steps per configuration, default 3), XLFUSE_BENCH_EFFECT_STEPS (steps of the bf16 score-effect
# training, default 300) and XLFUSE_BENCH_ITERATIONS (default 1); see docs/performance.md.
set -euo pipefail

build_dir=${1:-build}
shift || true
bench_dir="$build_dir/bench"
out_dir="$build_dir/bench-results"

if [[ ! -d "$bench_dir" ]]; then
  echo "run_all.sh: no $bench_dir: build first (make build, or cmake --build $build_dir)" >&2
  exit 1
fi
mkdir -p "$out_dir"
export XLFUSE_BENCH_THREADS=${XLFUSE_BENCH_THREADS:-2}

if [[ -x "$build_dir/bin/xlfuse" ]]; then
  "$build_dir/bin/xlfuse" env --threads "$XLFUSE_BENCH_THREADS" --json > "$out_dir/env.json" \
    || echo "run_all.sh: warning: xlfuse env failed" >&2
fi

flags=(--benchmark_out_format=json --benchmark_counters_tabular=true)
if [[ -n "${XLFUSE_BENCH_FILTER:-}" ]]; then
  flags+=("--benchmark_filter=$XLFUSE_BENCH_FILTER")
fi

status=0
ran=0
for exe in "$bench_dir"/bench_*; do
  [[ -f "$exe" && -x "$exe" ]] || continue
  name=$(basename "$exe")
  if [[ -n "${XLFUSE_BENCH_ONLY:-}" && ! "$name" =~ $XLFUSE_BENCH_ONLY ]]; then
    continue
  fi
  echo "== $name (threads=$XLFUSE_BENCH_THREADS)"
  if "$exe" "${flags[@]}" --benchmark_out="$out_dir/$name.json" "$@"; then
    ran=$((ran + 1))
  else
    echo "run_all.sh: $name failed" >&2
    status=1
  fi
done

if [[ $ran -eq 0 && $status -eq 0 ]]; then
  echo "run_all.sh: no benchmark binaries in $bench_dir" >&2
  exit 1
fi
echo "results: $out_dir/"
exit $status
