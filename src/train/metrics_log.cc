#include "xlfuse/train/metrics_log.h"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::train {

MetricsLog::MetricsLog(const std::string& path) : path_(path) {
  if (path_.empty()) return;
  const auto parent = std::filesystem::path(path_).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
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
