// The output folder of a prediction run. See prediction_folder.h.
#include "xlfuse/decode/prediction_folder.h"

#include <set>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::decode {

namespace fs = std::filesystem;

PredictionFolder::PredictionFolder(const fs::path& out_dir, const data::TaskInfo& task, std::string split)
    : out_(out_dir), task_(task), split_(std::move(split)), extension_(scoring_task(task).extension) {}

fs::path PredictionFolder::prediction_path(const std::string& lang) const {
  return out_ / task_.name / fmt::format("{}-{}.{}", split_, lang, extension_);
}

fs::path PredictionFolder::raw_path(const std::string& lang) const {
  return out_ / "raw" / task_.name / fmt::format("{}-{}.safetensors", split_, lang);
}

void PredictionFolder::check_overwrite(const std::string& lang, const std::string& model_hash) const {
  const fs::path raw = raw_path(lang);
  const fs::path prediction = prediction_path(lang);
  if (fs::exists(raw)) {
    std::string found;
    try {
      found = io::read_raw_outputs(raw.string()).meta.model_hash;
    } catch (const Error& e) {
      throw IoError(fmt::format("refusing to overwrite {}: it is not a readable raw-output file ({}); choose "
                                "another --out or remove it",
                                raw.string(), e.what()));
    }
    if (found != model_hash)
      throw IoError(fmt::format("refusing to overwrite {}: it holds outputs of another model (model_hash {}, this "
                                "model {}); choose another --out or remove it",
                                raw.string(), found, model_hash));
  } else if (fs::exists(prediction)) {
    throw IoError(fmt::format("refusing to overwrite {}: it has no raw-output file {} telling which model wrote it; "
                              "choose another --out or remove it",
                              prediction.string(), raw.string()));
  }
}

void PredictionFolder::write_scores(Benchmark benchmark,
                                    const std::vector<std::pair<std::string, eval::MetricValues>>& scored,
                                    const std::string& note, const nlohmann::json& extra) const {
  eval::ScoreReport report;
  report.benchmark = benchmark;
  eval::TaskReport tr;
  tr.task = task_.name;
  for (const auto& [lang, metrics] : scored) tr.languages.push_back({lang, metrics});
  const eval::TaskInfo scoring = scoring_task(task_);
  tr.in_official_score = scoring.in_official_score;
  tr.average = eval::average_over_languages(scored);
  tr.avg_metric = eval::avg_metric(scoring, tr.average);
  std::set<std::string> have;
  for (const auto& [lang, metrics] : scored) have.insert(lang);
  const auto& official = task_.langs(benchmark);
  for (const auto& l : official)
    if (!have.count(l)) tr.missing_labels.push_back(l);  // no scored prediction for these official languages
  tr.complete = split_ == "test" && !official.empty() && tr.missing_labels.empty();
  report.tasks.push_back(tr);
  report.notes.push_back(note);
  nlohmann::json fresh = eval::to_json(report);
  nlohmann::json& entry = fresh["tasks"][task_.name];
  entry["split"] = split_;
  for (const auto& [key, value] : extra.items()) entry[key] = value;

  const fs::path path = scores_path();
  nlohmann::json merged = fresh;
  if (fs::exists(path)) {
    try {
      nlohmann::json old = nlohmann::json::parse(io::read_file(path.string()));
      if (old.is_object() && old.contains("tasks") && old["tasks"].is_object()) {
        merged = old;
        // One entry per task under "tasks" (the leaderboard layout): a test split's scores are never
        // replaced by another split's; every split's entry is kept under "splits".
        const nlohmann::json* current = old["tasks"].contains(task_.name) ? &old["tasks"][task_.name] : nullptr;
        const bool keep_test = current && current->is_object() && current->value("split", "") == "test" &&
                               split_ != "test";
        if (!keep_test) merged["tasks"][task_.name] = entry;
        merged["benchmark"] = fresh["benchmark"];
        auto& notes = merged["notes"];
        if (!notes.is_array()) notes = nlohmann::json::array();
        notes.push_back(note);
      }
    } catch (const std::exception& e) {
      XLFUSE_LOG_WARN("[predict] {} is not a readable scores file ({}); it is replaced", path.string(), e.what());
    }
  }
  merged["splits"][split_][task_.name] = entry;
  io::write_file_atomic(path.string(), merged.dump(2) + "\n");
}

}  // namespace xlfuse::decode
