#include "xlfuse/train/metrics_log.h"

#include <filesystem>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::train {

void MetricsLog::open(const std::string& path, int64_t keep_through_step) {
  path_ = path;
  if (path_.empty()) return;
  const auto parent = std::filesystem::path(path_).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::string kept;
  if (keep_through_step > 0 && std::filesystem::exists(path_)) {
    std::istringstream in(io::read_file(path_));
    std::string line;
    for (int64_t n = 1; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      nlohmann::json record;
      try {
        record = nlohmann::json::parse(line);
      } catch (const nlohmann::json::parse_error&) {
        // A line cut short by the crash: only the last line can be, and it is past the checkpoint.
        if (in.peek() == EOF) break;
        throw FormatError(fmt::format("{}:{}: not a JSON line", path_, n));
      }
      if (!record.is_object() || !record.contains("step") || !record["step"].is_number_integer())
        throw FormatError(fmt::format("{}:{}: expected a JSON object with an integer \"step\"", path_, n));
      if (record["step"].get<int64_t>() <= keep_through_step) kept += line + "\n";
    }
  }
  io::write_file_atomic(path_, kept);
  out_.open(path_, std::ios::app);
  if (!out_) throw IoError(fmt::format("metrics_path: cannot open {} for appending", path_));
}

void MetricsLog::write(const nlohmann::json& line) {
  if (path_.empty()) return;
  out_ << line.dump() << '\n';
  out_.flush();
  if (!out_) throw IoError(fmt::format("writing {} failed", path_));
}

}  // namespace xlfuse::train
