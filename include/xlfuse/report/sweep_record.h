#pragma once
// sweep.json as `xlfuse sweep-layers` writes it (pipeline/sweep_layers.h):
//   {"task", "init", "fusion": {...}, "metric", "split", "langs": [...],
//    "rows": [{"layer", "model_dir", "scores": {lang: value}, "average": value|null, ...}]}
// Read strictly: FormatError naming the file and the field.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace xlfuse::report {

struct SweepRow {
  int64_t layer = 0;
  std::string model_dir;
  std::map<std::string, double> scores;  // lang -> headline metric
  std::optional<double> average;
};

struct SweepRecord {
  std::string file;
  std::string task;
  std::string fusion;  // the fusion kind ("aif"); each row fuses its own layer
  std::string metric;
  std::string split;
  std::vector<std::string> langs;  // column order
  std::vector<SweepRow> rows;      // sorted by layer
};

SweepRecord read_sweep_record(const std::string& file);

}  // namespace xlfuse::report
