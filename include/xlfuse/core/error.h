#pragma once
// The one exception hierarchy of xlfuse. A message says what went wrong, where (file, line,
// tensor, field), what was expected and what was found.
#include <stdexcept>
#include <string>

namespace xlfuse {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A bad option value or an unsupported model configuration.
struct ConfigError : Error {
  using Error::Error;
};

// A malformed input file (data, vocabulary, JSON, safetensors header ...).
struct FormatError : Error {
  using Error::Error;
};

// A checkpoint that cannot be loaded into the model (missing/unused/misshaped tensor).
struct CheckpointError : Error {
  using Error::Error;
};

// A file that cannot be opened, read or written.
struct IoError : Error {
  using Error::Error;
};

// A command-line usage error (the CLI exits with 2 for these).
struct UsageError : Error {
  using Error::Error;
};

}  // namespace xlfuse
