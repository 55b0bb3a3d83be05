#!/usr/bin/env bash
# Installs the Debian packages xlfuse needs, only those that are missing, and selects
# OpenBLAS (OpenMP) as the BLAS behind libtorch (reference BLAS is ~30x slower).
# `xlfuse run`: libtomlplusplus-dev (study files). `xlfuse report`: libsqlite3-dev (results.sqlite); its tests: sqlite3 (the shell reads the
# database), libpng-dev and chromium (report.html rendered headless and its screenshot checked).
# Data-parallel training: libgloo-dev (the headers of c10d's ProcessGroupGloo, which libtorch holds).
set -euo pipefail

packages=(
  build-essential cmake ccache pkg-config
  libtorch-dev libopenblas0-openmp libblas-dev
  libutf8proc-dev libsentencepiece-dev nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3
  libtomlplusplus-dev libgloo-dev
  libpng-dev chromium
)

# `install_deps.sh --fuzz`: also clang and its libFuzzer/sanitizer runtime for `make fuzz`.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-dev)
fi
# `install_deps.sh --peer`: Debian's PyTorch for the PyTorch-eager peer of `make bench-peer`
# (bench/peer/; the same OpenBLAS and oneDNN as libtorch). `make test` does not need it: the
# peer's golden check is skipped without it.
if [ "${1:-}" = "--peer" ]; then
  packages+=(python3-torch python3-numpy)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "[deps] installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "[deps] all packages present"
fi

# libtorch links libblas.so.3; make the alternative point at OpenBLAS-openmp.
arch_dir=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
openblas="$arch_dir/openblas-openmp/libblas.so.3"
if [ -e "$openblas" ]; then
  current=$(readlink -f "$arch_dir/libblas.so.3" || true)
  if [ "$current" != "$(readlink -f "$openblas")" ]; then
    echo "[deps] selecting OpenBLAS-openmp for libblas.so.3"
    $SUDO update-alternatives --set "libblas.so.3-$(basename "$arch_dir")" "$openblas"
  fi
  lapack="$arch_dir/openblas-openmp/liblapack.so.3"
  if [ -e "$lapack" ]; then
    $SUDO update-alternatives --set "liblapack.so.3-$(basename "$arch_dir")" "$lapack" >/dev/null 2>&1 || true
  fi
else
  echo "[deps] warning: $openblas not found; libtorch will use a slow BLAS" >&2
fi
