// `xlfuse ensemble`: members' stored raw outputs -> the ensemble's prediction folder, scores and
// its comparison with the members. See run_ensemble.h.
#include "xlfuse/ensemble/run_ensemble.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/example_scores.h"
#include "xlfuse/decode/prediction_folder.h"
#include "xlfuse/decode/raw_context.h"
#include "xlfuse/decode/retrieval_decode.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/ensemble/english_dev.h"
#include "xlfuse/eval/squad.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::ensemble {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The predictions of one dataset as comparable strings, one per unit (example, word, question,
// query), for the members' disagreement.
std::vector<std::string> units_of(const decode::Predictions& p) {
  std::vector<std::string> out;
  for (const auto& l : p.lines) out.push_back(l);
  for (int c : p.choices) out.push_back(std::to_string(c));
  for (const auto& sentence : p.tags) out.insert(out.end(), sentence.begin(), sentence.end());
  for (const auto& [id, text] : p.answers) out.push_back(eval::squad_normalize_answer(text));
  for (const auto& [id, ranked] : p.rankings) out.push_back(ranked.empty() ? "" : ranked.front());
  return out;
}

// One language's outputs: the ensemble's and every member's, decoded, and their scores.
struct Language {
  std::string lang;
  data::Dataset dataset;
  std::vector<data::Feature> features;
  std::vector<io::RawOutputs> members;
  io::RawOutputs ensemble;
  decode::Predictions ensemble_predictions;
  std::vector<decode::Predictions> member_predictions;
};

json interval_json(const Interval& i) { return {{"delta", i.delta}, {"low", i.low}, {"high", i.high}}; }

// A member model's tasks in training order (its xlfuse.json "chain", e.g. ["siqa", "xcopa"]), which
// ensemble.json's members carry for the report; [] for a plain encoder or an unreadable folder.
json member_chain(const std::string& model_dir) {
  const fs::path info = fs::path(model_dir) / "xlfuse.json";
  std::error_code ec;
  if (model_dir.empty() || !fs::is_regular_file(info, ec)) return json::array();
  try {
    const json j = json::parse(io::read_file(info.string()));
    if (j.contains("chain") && j.at("chain").is_array()) return j.at("chain");
  } catch (const std::exception& e) {
    XLFUSE_LOG_WARN("[ensemble] {}: {}; the member's chain is left empty", info.string(), e.what());
  }
  return json::array();
}

}  // namespace

void EnsembleOptions::validate() const {
  if (members.empty()) throw ConfigError("members: expected two or more prediction folders, got none");
  if (task.empty()) throw ConfigError("task: a task name is required");
  if (data_dir.empty()) throw ConfigError("data_dir: a data folder is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output folder is required");
  if (langs.empty()) throw ConfigError("langs: expected \"all\" or a comma-separated list, got nothing");
  bootstrap.validate();
}

EnsembleResult run_ensemble(const EnsembleOptions& options) {
  options.validate();
  const std::vector<MemberRef> members = parse_member_list(options.members);
  const data::TaskInfo* task_ptr = nullptr;
  try {
    task_ptr = &data::task_info(options.task);
  } catch (const std::invalid_argument& e) {
    throw ConfigError(fmt::format("task: {}", e.what()));
  }
  const data::TaskInfo& task = *task_ptr;
  if (task.name == "bucc2018")
    throw ConfigError("task: bucc2018 ensembles are not supported (its mining threshold is tuned per model)");
  EnsembleResult result;
  result.split = choose_split(members, task.name, task.splits, options.split);
  const std::vector<std::string> available = common_languages(members, task.name, result.split);
  const std::vector<std::string> langs = choose_languages(members, task.name, result.split, options.langs);
  // LAReQA ranks against the pool of all its languages: every one is combined, as predict does.
  std::vector<std::string> combined_langs = langs;
  if (task.name == "lareqa") {
    for (const auto& l : task.xtreme_r_langs)
      if (std::find(available.begin(), available.end(), l) == available.end())
        throw IoError(fmt::format("lareqa: every question is ranked against all {} languages' candidates; the "
                                  "members have no {}-{} outputs",
                                  task.xtreme_r_langs.size(), result.split, l));
    combined_langs = task.xtreme_r_langs;
  }

  // The combiner, for the members' output kind.
  const io::RawOutputs probe = io::read_raw_outputs(
      (fs::path(members.front().folder) / "raw" / task.name / fmt::format("{}-{}.safetensors", result.split, langs[0]))
          .string());
  const CombinerEntry& combiner = find_combiner(options.method, probe.kind);
  if (combiner.needs_weights && options.weights == WeightSource::Uniform)
    throw ConfigError(fmt::format("method: '{}' needs weights: pass --weights english-dev, fitted or caruana",
                                  combiner.name));

  // English dev: the best member (zero-shot) and the weights.
  const EnglishDev dev = load_english_dev(members, task, options.data_dir, combiner.agreement);
  const std::vector<double> weights =
      normalise_weights(choose_weights(options.weights, dev, combiner, members.size()), members.size());
  int best_member = -1;
  if (!dev.ref.empty())
    best_member = static_cast<int>(std::max_element(dev.member_scores.begin(), dev.member_scores.end()) -
                                   dev.member_scores.begin());

  // Combine, decode and write every language.
  const decode::PredictionFolder folder(options.out_dir, task, result.split);
  std::vector<Language> done;
  for (const auto& lang : combined_langs) {
    Language L;
    L.lang = lang;
    L.members = load_member_outputs(members, task.name, result.split, lang, combiner.agreement);
    decode::DecodeInputs inputs = decode::rebuild_decode_inputs(L.members.front(), options.data_dir);
    L.dataset = std::move(inputs.dataset);
    L.features = std::move(inputs.features);
    std::vector<const io::RawOutputs*> ptrs;
    for (const auto& r : L.members) ptrs.push_back(&r);
    const CombineContext context{task, L.dataset, L.features, combiner.decode};
    L.ensemble = combiner.combine(ptrs, weights, context);
    done.push_back(std::move(L));
  }
  for (const auto& lang : langs) folder.check_overwrite(lang, done.front().ensemble.meta.model_hash);
  if (task.name == "lareqa") {
    std::vector<const data::Dataset*> datasets;
    std::vector<const io::RawOutputs*> raws;
    for (const auto& L : done) datasets.push_back(&L.dataset), raws.push_back(&L.ensemble);
    const auto ranked = decode::decode_lareqa_pool(datasets, raws);
    for (size_t i = 0; i < done.size(); ++i) done[i].ensemble_predictions = ranked[i];
    for (size_t m = 0; m < members.size(); ++m) {
      std::vector<const io::RawOutputs*> member_raws;
      for (const auto& L : done) member_raws.push_back(&L.members[m]);
      const auto member_ranked = decode::decode_lareqa_pool(datasets, member_raws);
      for (size_t i = 0; i < done.size(); ++i) done[i].member_predictions.push_back(member_ranked[i]);
    }
  } else {
    for (auto& L : done) {
      L.ensemble_predictions = decode::decode_outputs(task, L.dataset, L.features, L.ensemble, combiner.decode);
      for (const auto& r : L.members)
        L.member_predictions.push_back(decode::decode_outputs(task, L.dataset, L.features, r));
    }
  }
  std::vector<const data::Dataset*> pool;
  for (const auto& L : done) pool.push_back(&L.dataset);

  // The ensemble's own English dev outputs, so that it can be a member of another ensemble.
  json english_dev_score;
  if (!dev.ref.empty()) {
    std::vector<const io::RawOutputs*> ptrs;
    for (const auto& r : dev.outputs) ptrs.push_back(&r);
    const data::TaskInfo& dev_task = data::task_info(dev.ref.task);
    const CombineContext context{dev_task, dev.inputs.dataset, dev.inputs.features, combiner.decode};
    const io::RawOutputs combined = combiner.combine(ptrs, weights, context);
    const decode::PredictionFolder dev_folder(options.out_dir, dev_task, dev.ref.split);
    dev_folder.check_overwrite(dev.ref.lang, combined.meta.model_hash);
    io::write_raw_outputs(dev_folder.raw_path(dev.ref.lang).string(), combined);
    const decode::Predictions p =
        decode::decode_outputs(dev_task, dev.inputs.dataset, dev.inputs.features, combined, combiner.decode);
    decode::write_predictions(dev_folder.prediction_path(dev.ref.lang).string(), dev_task, p);
    english_dev_score = decode::score_predictions(dev_task, dev.inputs.dataset, p).at(decode::headline_metric(dev_task));
  }

  // Write, score and compare the requested languages.
  json per_language = json::object(), oracle = json::object();
  std::vector<std::pair<std::string, eval::MetricValues>> scored;
  std::map<std::string, decode::ExampleScores> ensemble_rows, best_rows;
  std::map<std::string, double> ensemble_scores, best_scores;
  std::string metric;
  for (const auto& L : done) {
    if (std::find(langs.begin(), langs.end(), L.lang) == langs.end()) continue;
    io::write_raw_outputs(folder.raw_path(L.lang).string(), L.ensemble);
    decode::write_predictions(folder.prediction_path(L.lang).string(), task, L.ensemble_predictions);
    result.languages.push_back(L.lang);
    if (!L.dataset.labelled) continue;
    const decode::ExampleScores rows = decode::example_scores(task, L.dataset, L.ensemble_predictions, pool);
    metric = rows.metric;
    eval::MetricValues values = task.name == "lareqa"
                                    ? decode::score_lareqa_pool(L.dataset, pool, L.ensemble_predictions)
                                    : decode::score_predictions(task, L.dataset, L.ensemble_predictions);
    scored.emplace_back(L.lang, values);
    json entry{{"ensemble", rows.total()}, {"members", json::object()}};
    std::vector<std::vector<std::string>> units;
    std::vector<decode::ExampleScores> member_rows;
    for (size_t m = 0; m < members.size(); ++m) {
      member_rows.push_back(decode::example_scores(task, L.dataset, L.member_predictions[m], pool));
      entry["members"][members[m].name] = member_rows.back().total();
      units.push_back(units_of(L.member_predictions[m]));
    }
    entry["disagreement"] = mean_pairwise_disagreement(units);
    size_t oracle_member = 0;
    for (size_t m = 1; m < members.size(); ++m)
      if (member_rows[m].total() > member_rows[oracle_member].total()) oracle_member = m;
    oracle[L.lang] = {{"member", members[oracle_member].name}, {"score", member_rows[oracle_member].total()}};
    if (best_member >= 0) {
      const auto& best = member_rows[static_cast<size_t>(best_member)];
      entry["best_member"] = members[static_cast<size_t>(best_member)].name;
      entry["best_member_score"] = best.total();
      entry["delta"] = interval_json(paired_bootstrap(rows, best, options.bootstrap));
      ensemble_rows[L.lang] = rows;
      best_rows[L.lang] = best;
      ensemble_scores[L.lang] = rows.total();
      best_scores[L.lang] = best.total();
    }
    per_language[L.lang] = entry;
  }
  if (!scored.empty()) {
    result.scores_file = folder.scores_path().string();
    folder.write_scores(kDefaultBenchmark, scored,
                        fmt::format("xlfuse ensemble: task {} split {} method {} of {} members", task.name,
                                    result.split, combiner.name, members.size()));
  }

  json members_json = json::array();
  for (size_t m = 0; m < members.size(); ++m) {
    const auto& meta = done.front().members[m].meta;
    auto dir = meta.extra.find("model_dir");
    members_json.push_back({{"name", members[m].name},
                            {"folder", members[m].folder},
                            {"weight", weights[m]},
                            {"model_hash", meta.model_hash},
                            {"model_dir", dir == meta.extra.end() ? "" : dir->second},
                            {"chain", member_chain(dir == meta.extra.end() ? "" : dir->second)},
                            {"english_dev", dev.ref.empty() ? json() : json(dev.member_scores[m])}});
  }
  json report{{"format", "xlfuse.ensemble"},
              {"format_version", 1},
              {"task", task.name},
              {"split", result.split},
              {"method", combiner.name},
              {"weights_from", to_string(options.weights)},
              {"members", members_json},
              {"english_dev", dev.ref.empty() ? json()
                                              : json{{"task", dev.ref.task}, {"split", dev.ref.split},
                                                     {"ensemble", english_dev_score}}},
              {"metric", metric},
              {"languages", per_language},
              {"oracle", oracle},
              {"bootstrap",
               {{"resamples", options.bootstrap.resamples},
                {"confidence", options.bootstrap.confidence},
                {"seed", options.bootstrap.seed}}}};
  if (!ensemble_rows.empty()) {
    double mean_e = 0, mean_b = 0;
    for (const auto& [l, v] : ensemble_scores) mean_e += v / static_cast<double>(ensemble_scores.size());
    for (const auto& [l, v] : best_scores) mean_b += v / static_cast<double>(best_scores.size());
    report["mean"] = {{"ensemble", mean_e},
                      {"best_member", mean_b},
                      {"delta", interval_json(paired_bootstrap_mean(ensemble_rows, best_rows, options.bootstrap))}};
    const WinTieLoss wtl = win_tie_loss(ensemble_scores, best_scores);
    report["win_tie_loss"] = {{"wins", wtl.wins}, {"ties", wtl.ties}, {"losses", wtl.losses}};
  }
  result.ensemble_file = (fs::path(options.out_dir) / "ensemble.json").string();
  io::write_file_atomic(result.ensemble_file, report.dump(2) + "\n");
  XLFUSE_LOG_INFO("[ensemble] {} {} of {} members over {} language(s) -> {}", task.name, combiner.name, members.size(),
                  result.languages.size(), options.out_dir);
  return result;
}

}  // namespace xlfuse::ensemble
