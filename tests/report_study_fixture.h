#pragma once
// Small synthetic study folders for the report tests (unit and CLI): model folders with
// xlfuse.json chains, prediction folders (scores.json + raw outputs written with
// io::write_raw_outputs), ensemble.json files following ensemble/run_ensemble.h, soups and a
// sweep.json. Header-only so that both test executables can use it.
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/eval/xtreme_score.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::test {

namespace report_fixture {

namespace fs = std::filesystem;

inline void write_json(const fs::path& file, const nlohmann::json& j) {
  fs::create_directories(file.parent_path());
  write_file(file, j.dump(2));
}

// A model folder: xlfuse.json only (the report never loads weights).
inline fs::path write_model(const fs::path& dir, const std::string& task, const std::vector<std::string>& chain,
                            int seed = 42, const std::string& fusion_kind = "last_layer", int layer = 0,
                            const nlohmann::json& more = nlohmann::json::object()) {
  nlohmann::json j = more;
  j["task"] = task;
  j["head_kind"] = "multiple_choice";
  j["labels"] = nlohmann::json::array();
  j["fusion"] = {
      {"kind", fusion_kind}, {"layer", layer}, {"reduction", 4}, {"norm", "batch"}, {"double_output", false}};
  j["parent"] = "";
  j["seed"] = seed;
  j["chain"] = chain;
  write_json(dir / "xlfuse.json", j);
  return dir;
}

// One raw-output file whose metadata names the model (model_dir as written by xlfuse predict).
inline void write_raw(const fs::path& file, const std::string& task, const std::string& split, const std::string& lang,
                      const std::string& model_dir, const std::string& model_hash) {
  io::RawOutputs r;
  r.kind = io::RawOutputKind::MultipleChoice;
  r.meta.model_hash = model_hash;
  r.meta.vocab_hash = "vocab0000";
  r.meta.task = task;
  r.meta.split = split;
  r.meta.lang = lang;
  r.meta.head_kind = "multiple_choice";
  r.meta.xlfuse_version = "test";
  r.meta.extra["model_dir"] = model_dir;
  r.example_index = {0, 0};
  r.window = {0, 0};
  r.choice = {0, 1};
  r.lengths = {3, 3};
  r.logits = {{0.25f}, {0.75f}};
  fs::create_directories(file.parent_path());
  io::write_raw_outputs(file.string(), r);
}

using LangScores = std::vector<std::pair<std::string, eval::MetricValues>>;

// A prediction folder for one task: scores.json (the shape xlfuse predict writes) and one raw
// file per scored language naming `model_dir_written`.
inline fs::path write_predictions(const fs::path& dir, const std::string& task, const LangScores& scores,
                                  const std::string& model_dir_written, const std::string& model_hash,
                                  const std::string& split = "test") {
  nlohmann::json scores_json;
  const fs::path file = dir / "scores.json";
  if (fs::exists(file)) scores_json = nlohmann::json::parse(read_file(file));
  nlohmann::json langs = nlohmann::json::object();
  for (const auto& [lang, metrics] : scores) langs[lang] = metrics;
  scores_json["benchmark"] = "xtreme-r";
  scores_json["tasks"][task] = {{"languages", langs}, {"split", split}, {"complete", false}};
  write_json(file, scores_json);
  for (const auto& [lang, metrics] : scores)
    write_raw(dir / "raw" / task / (split + "-" + lang + ".safetensors"), task, split, lang, model_dir_written,
              model_hash);
  return dir;
}

inline LangScores accuracy(const std::vector<std::pair<std::string, double>>& values) {
  LangScores out;
  for (const auto& [lang, v] : values) out.push_back({lang, {{"accuracy", v}}});
  return out;
}

struct MemberSpec {
  std::string name;
  std::string folder;  // as written in ensemble.json
  std::vector<std::string> chain;
  std::map<std::string, double> scores;  // lang -> score
};

// A valid ensemble.json: the dev-chosen member is `dev_best`; delta intervals are delta +- `half`.
inline nlohmann::json ensemble_json(const std::string& task, const std::vector<MemberSpec>& members,
                                    const std::map<std::string, double>& ensemble_scores, const std::string& dev_best,
                                    const std::map<std::string, double>& disagreement, double half = 1.5,
                                    const std::string& method = "mean-prob", const std::string& split = "test") {
  nlohmann::json j;
  j["format"] = "xlfuse.ensemble";
  j["format_version"] = 1;
  j["task"] = task;
  j["split"] = split;
  j["method"] = method;
  j["weights_from"] = "uniform";
  j["metric"] = "accuracy";
  j["bootstrap"] = {{"resamples", 1000}, {"confidence", 0.95}, {"seed", 1}};
  nlohmann::json ms = nlohmann::json::array();
  const MemberSpec* best = nullptr;
  for (const auto& m : members) {
    ms.push_back({{"name", m.name},
                  {"folder", m.folder},
                  {"weight", 1.0 / static_cast<double>(members.size())},
                  {"model_dir", "models/" + m.name},
                  {"model_hash", "hash-" + m.name},
                  {"chain", m.chain}});
    if (m.name == dev_best) best = &m;
  }
  j["members"] = ms;
  double sum_e = 0, sum_b = 0, sum_d = 0;
  int wins = 0, losses = 0;
  nlohmann::json langs = nlohmann::json::object(), oracle = nlohmann::json::object();
  for (const auto& [lang, e] : ensemble_scores) {
    nlohmann::json member_scores = nlohmann::json::object();
    std::string oracle_name;
    double oracle_score = -1;
    for (const auto& m : members) {
      member_scores[m.name] = m.scores.at(lang);
      if (m.scores.at(lang) > oracle_score) {
        oracle_score = m.scores.at(lang);
        oracle_name = m.name;
      }
    }
    const double b = best->scores.at(lang);
    const double d = e - b;
    langs[lang] = {{"ensemble", e},
                   {"members", member_scores},
                   {"best_member", dev_best},
                   {"best_member_score", b},
                   {"delta", {{"delta", d}, {"low", d - half}, {"high", d + half}}},
                   {"disagreement", disagreement.at(lang)}};
    oracle[lang] = {{"member", oracle_name}, {"score", oracle_score}};
    sum_e += e;
    sum_b += b;
    sum_d += d;
    if (d > 0) ++wins;
    if (d < 0) ++losses;
  }
  const double n = static_cast<double>(ensemble_scores.size());
  j["languages"] = langs;
  j["oracle"] = oracle;
  j["mean"] = {{"ensemble", sum_e / n},
               {"best_member", sum_b / n},
               {"delta", {{"delta", sum_d / n}, {"low", sum_d / n - half / 2}, {"high", sum_d / n + half / 2}}}};
  j["win_tie_loss"] = {{"wins", wins}, {"ties", static_cast<int>(n) - wins - losses}, {"losses", losses}};
  return j;
}

// The standard study of the tests, XCOPA on three languages:
//   models/none-xcopa  chain [xcopa]          et 55  ht 50  id 60
//   models/siqa-xcopa  chain [siqa, xcopa]    et 60  ht 52  id 63   (best on English dev)
//   models/mnli-xcopa  chain [mnli, xcopa]    et 58  ht 56  id 58
//   models/soup-xcopa  soup of siqa + mnli    et 59  ht 53  id 62
//   ensembles/xcopa-mean  mean-prob of the three members: et 62  ht 57  id 64
//   sweeps/aif-xcopa/sweep.json  layers 2, 4, 6
// Prediction folders name their models relative to the study root ("models/..."), as a predict
// run started in the study folder writes them.
struct StandardStudy {
  fs::path root;
  fs::path ensemble_dir;
  explicit StandardStudy(const fs::path& study_root) : root(study_root) {
    write_model(root / "models" / "none-xcopa", "xcopa", {"xcopa"});
    write_model(root / "models" / "siqa-xcopa", "xcopa", {"siqa", "xcopa"});
    write_model(root / "models" / "mnli-xcopa", "xcopa", {"mnli", "xcopa"});
    write_model(root / "models" / "soup-xcopa", "xcopa", {"siqa", "xcopa"}, 42, "last_layer", 0,
                {{"soup", {{"method", "uniform"}, {"ingredients", {"../siqa-xcopa", "../mnli-xcopa"}}}}});
    write_predictions(root / "preds" / "none-xcopa", "xcopa", accuracy({{"et", 55}, {"ht", 50}, {"id", 60}}),
                      "models/none-xcopa", "hash-none");
    write_predictions(root / "preds" / "siqa-xcopa", "xcopa", accuracy({{"et", 60}, {"ht", 52}, {"id", 63}}),
                      "models/siqa-xcopa", "hash-siqa");
    write_predictions(root / "preds" / "mnli-xcopa", "xcopa", accuracy({{"et", 58}, {"ht", 56}, {"id", 58}}),
                      "models/mnli-xcopa", "hash-mnli");
    write_predictions(root / "preds" / "soup-xcopa", "xcopa", accuracy({{"et", 59}, {"ht", 53}, {"id", 62}}),
                      "models/soup-xcopa", "hash-soup");
    ensemble_dir = root / "ensembles" / "xcopa-mean";
    write_json(ensemble_dir / "ensemble.json", ensemble());
    write_json(
        root / "sweeps" / "aif-xcopa" / "sweep.json",
        {{"task", "xcopa"},
         {"init", "models/siqa"},
         {"fusion", {{"kind", "aif"}, {"layer", 0}}},
         {"metric", "accuracy"},
         {"split", "test"},
         {"langs", {"et", "ht", "id"}},
         {"rows",
          {{{"layer", 2}, {"model_dir", "l2"}, {"scores", {{"et", 50}, {"ht", 48}, {"id", 55}}}, {"average", 51}},
           {{"layer", 4}, {"model_dir", "l4"}, {"scores", {{"et", 54}, {"ht", 50}, {"id", 58}}}, {"average", 54}},
           {{"layer", 6},
            {"model_dir", "l6"},
            {"scores", {{"et", 53}, {"ht", 51}, {"id", 57}}},
            {"average", 53.666666666666664}}}}});
  }

  static nlohmann::json ensemble() {
    const std::vector<MemberSpec> members = {
        {"none", "../../preds/none-xcopa", {"xcopa"}, {{"et", 55}, {"ht", 50}, {"id", 60}}},
        {"siqa", "../../preds/siqa-xcopa", {"siqa", "xcopa"}, {{"et", 60}, {"ht", 52}, {"id", 63}}},
        {"mnli", "../../preds/mnli-xcopa", {"mnli", "xcopa"}, {{"et", 58}, {"ht", 56}, {"id", 58}}},
    };
    return ensemble_json("xcopa", members, {{"et", 62}, {"ht", 57}, {"id", 64}}, "siqa",
                         {{"et", 0.2}, {"ht", 0.35}, {"id", 0.15}});
  }
};

}  // namespace report_fixture
}  // namespace xlfuse::test
