#pragma once
// metrics.jsonl: one JSON object per line, appended and flushed line by line, so that a crash
// loses at most the line being written and a resumed run continues the same file.
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace xlfuse::train {

class MetricsLog {
 public:
  // "" = write nothing. IoError when the file cannot be opened for appending.
  explicit MetricsLog(const std::string& path);
  void write(const nlohmann::json& line);

 private:
  std::string path_;
  std::ofstream out_;
};

}  // namespace xlfuse::train
