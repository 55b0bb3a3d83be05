# xlfuse: `make demo` sets everything up and runs the bundled example; `make test` runs the tests.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache keys on relative paths below the checkout, so clones in other folders share its cache.
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: deps configure build build-tests test test-sanitize demo bench bench-peer-deps bench-peer bench-peer-quick fuzz clean

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

fuzz:
	@bash scripts/install_deps.sh --fuzz
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_CXX_COMPILER=clang++ -DXLFUSE_BUILD_FUZZ=ON -DXLFUSE_WITH_TORCH=OFF -DXLFUSE_BUILD_BENCH=OFF
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_safetensors_header
	@# New inputs go to $(BUILD)-fuzz/corpus; the committed seeds in tests/fuzz stay untouched.
	mkdir -p $(BUILD)-fuzz/corpus
	$(BUILD)-fuzz/tests/fuzz/fuzz_safetensors_header -max_total_time=60 -print_final_stats=1 -dict=tests/fuzz/safetensors.dict $(BUILD)-fuzz/corpus tests/fuzz/corpus_safetensors

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
