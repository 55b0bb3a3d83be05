# xlfuse: `make demo` sets everything up and runs the bundled example; `make test` runs the tests.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache keys on relative paths below the checkout, so clones in other folders share its cache.
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: deps configure build build-tests test test-sanitize demo bench bench-dp bench-peer-deps bench-peer bench-peer-quick fuzz clean

deps:
	@bash scripts/install_deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

build-tests: configure
	cmake --build $(BUILD) -j $(JOBS) --target xlfuse_tests

test: build-tests
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The torch-free libraries and their tests under AddressSanitizer + UndefinedBehaviorSanitizer.
test-sanitize: deps
	cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug -DXLFUSE_SANITIZE=ON -DXLFUSE_WITH_TORCH=OFF -DXLFUSE_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(BUILD)-sanitize -j $(JOBS) --target xlfuse_tests
	cd $(BUILD)-sanitize && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

demo: configure
	cmake --build $(BUILD) -j $(JOBS) --target xlfuse_cli
	bash examples/demo.sh $(BUILD)/bin/xlfuse

bench: build
	bash bench/run_all.sh $(BUILD)

# Data-parallel scaling: 1 process against 2 (`xlfuse launch`), interleaved (docs/distributed.md).
# BENCH_DP_FLAGS="--shape mbert --rounds 2" measures the BERT-base shape.
BENCH_DP_FLAGS ?=
bench-dp: build
	python3 bench/data_parallel_scaling.py --build $(BUILD) $(BENCH_DP_FLAGS)

# Side by side with a PyTorch-eager BERT (bench/peer/, docs/performance.md). The peer runs on
# Debian's python3-torch, i.e. /usr/bin/python3 (a python3 earlier on PATH may lack torch).
PEER_PYTHON ?= /usr/bin/python3
BENCH_PEER_FLAGS ?=
bench-peer-deps:
	@bash scripts/install_deps.sh --peer

bench-peer: build bench-peer-deps
	$(PEER_PYTHON) bench/peer/run_peer_bench.py --build $(BUILD) --python $(PEER_PYTHON) $(BENCH_PEER_FLAGS)

# A small model and fewer batches: the whole comparison in a few minutes.
bench-peer-quick: build bench-peer-deps
	$(PEER_PYTHON) bench/peer/run_peer_bench.py --build $(BUILD) --python $(PEER_PYTHON) --quick $(BENCH_PEER_FLAGS)

# Every libFuzzer target (tests/fuzz, docs/fuzzing.md), each run FUZZ_SECONDS (default 60) in
# turn, one at a time. New inputs go to $(BUILD)-fuzz/corpus/TARGET; the committed seeds in
# tests/fuzz stay untouched. A finding stops `make fuzz` with the reproducer in $(BUILD)-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= safetensors_header safetensors config_json raw_outputs vocab tokenizer task_readers score_folder
fuzz:
	@bash scripts/install_deps.sh --fuzz
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_CXX_COMPILER=clang++ -DXLFUSE_BUILD_FUZZ=ON -DXLFUSE_WITH_TORCH=OFF -DXLFUSE_BUILD_BENCH=OFF
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_all
	@set -e; for t in $(FUZZ_TARGETS); do \
	  case $$t in safetensors*) dict=safetensors; seeds=safetensors;; tokenizer) dict=vocab; seeds=tokenizer;; \
	    *) dict=$$t; seeds=$$t;; esac; \
	  mkdir -p $(BUILD)-fuzz/corpus/$$t; \
	  echo "== fuzz_$$t ($(FUZZ_SECONDS) s)"; \
	  $(BUILD)-fuzz/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=25 -print_final_stats=1 \
	    -dict=tests/fuzz/$$dict.dict -artifact_prefix=$(BUILD)-fuzz/$$t- $(BUILD)-fuzz/corpus/$$t tests/fuzz/corpus_$$seeds; \
	done

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
