#pragma once
// Helpers shared by the libFuzzer targets: a per-process scratch folder (in /dev/shm when there is
// one, so that readers that take a path cost no disk I/O), writing the input to a file there, and
// splitting one input into several files at a separator line.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace xlfuse_fuzz {

// Parts of one input that becomes several files are separated by this line (also in the
// dictionaries, so that the fuzzer finds it).
inline constexpr std::string_view kPartSeparator = "\n@@@@\n";

inline const std::string& scratch_dir() {
  // Never destroyed: the atexit handler below runs after static destructors would.
  static const std::string& dir = *new std::string([] {
    const std::string base = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    std::string d = base + "/xlfuse-fuzz-" + std::to_string(::getpid());
    std::filesystem::create_directories(d);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch_dir(), ec);
    });
    return d;
  }());
  return dir;
}

// Writes `bytes` to scratch_dir()/name (creating parent folders) and returns the path.
inline std::string write_file(const std::string& name, std::string_view bytes) {
  const std::filesystem::path path = std::filesystem::path(scratch_dir()) / name;
  std::filesystem::create_directories(path.parent_path());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
  return path.string();
}

// Removes everything under the scratch folder (between executions of folder-based targets).
inline void clear_scratch() {
  for (const auto& entry : std::filesystem::directory_iterator(scratch_dir()))
    std::filesystem::remove_all(entry.path());
}

// The input cut at kPartSeparator, at most `max_parts` parts (the last keeps any further separators).
inline std::vector<std::string_view> split_parts(std::string_view input, size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    const size_t at = input.find(kPartSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + kPartSeparator.size());
  }
  parts.push_back(input);
  return parts;
}

inline std::string_view as_view(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace xlfuse_fuzz
