#pragma once
// Thread-count policy shared by every command: `--threads N`, defaulting to all cores.

namespace xlfuse {

// Number of hardware threads (at least 1).
int available_cores();

// Resolves a user's `--threads` value: 0 or negative means all cores.
int resolve_threads(int requested);

}  // namespace xlfuse
