#pragma once
// Atomic file writes: write to a temporary file in the same directory, fsync, rename over the
// target, fsync the directory. A crash leaves either the old file or the new one, never half.
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace xlfuse::io {

// Calls `write` with a stream to a temporary file, then renames it to `path`. If `write` throws,
// the temporary file is removed and `path` is untouched. Throws IoError naming the path.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write);
void write_file_atomic(const std::string& path, std::string_view content);

// Reads a whole file; throws IoError naming it.
std::string read_file(const std::string& path);

}  // namespace xlfuse::io
