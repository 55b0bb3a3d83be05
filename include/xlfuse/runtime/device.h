#pragma once
// Where a command computes: "cpu" (the default) or "cuda" / "cuda:N". Options hold the name as a
// string (so that option headers stay free of libtorch); the model, its batches, the optimiser
// state and the dropout generator live on the device, while checkpoints, raw outputs and
// embeddings are always written from CPU copies, so files do not depend on where they were made.
#include <string>

namespace c10 {
struct Device;
}

namespace xlfuse::runtime {

// ConfigError unless `name` is "cpu", "cuda" or "cuda:N" (N a non-negative integer), naming
// `field` (no prefix when empty) and the valid forms.
void check_device_name(const std::string& name, const std::string& field = "device");

// The device for `name` (checked as above), or ConfigError when it cannot be used here: a
// libtorch without CUDA (Debian's libtorch-dev is CPU-only; docs/gpu.md builds against a CUDA
// libtorch), no visible GPU, or an index beyond the GPUs visible.
c10::Device resolve_device(const std::string& name, const std::string& field = "device");

// Whether this libtorch can run on a CUDA GPU now (built with CUDA and at least one visible).
bool cuda_available();

}  // namespace xlfuse::runtime
