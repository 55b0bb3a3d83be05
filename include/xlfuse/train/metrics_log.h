#pragma once
// metrics.jsonl: one JSON object per line, appended and flushed line by line, so that a crash
// loses at most the line being written. One record per step: a resumed run first drops the records
// its crashed predecessor wrote after the checkpoint it resumes from, then continues the file.
#include <cstdint>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace xlfuse::train {

class MetricsLog {
 public:
  // Opens `path` ("" = write nothing) keeping only the records with "step" <= keep_through_step
  // (0 for a fresh run: an empty file); the rewrite is atomic. IoError when the file cannot be
  // written; FormatError naming the line when a kept line is not a JSON object with a step.
  void open(const std::string& path, int64_t keep_through_step);
  void write(const nlohmann::json& line);

 private:
  std::string path_;
  std::ofstream out_;
};

}  // namespace xlfuse::train
