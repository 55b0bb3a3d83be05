// The study's DAG and every step's cache key. See study_plan.h.
//
// `call` of the kinds without an options struct of their own:
//   soup      {"greedy", "data_dir"} (of a pool) or {"snapshots_of"} (of a run's snapshots)
//   ensemble  {"task", "method", "weights", "langs", "split", "data_dir"}
//   search    {"task", "langs", "split", "data_dir"}
//   sweep     {"task", "init_dir", "fusion"}
//   report    {"study_dir"}
#include "xlfuse/pipeline/study_plan.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/fingerprint.h"
#include "xlfuse/core/version.h"
#include "xlfuse/data/parallel_blocks.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/predict/predict.h"
#include "xlfuse/train/task_defaults.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/train/training_data.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

const EnumTable<StepKind>& step_kind_names() {
  static const EnumTable<StepKind> t{{StepKind::Pretrain, "pretrain"}, {StepKind::TrainIntermediate, "train-intermediate"},
                                     {StepKind::TrainTarget, "train-target"}, {StepKind::Soup, "soup"},
                                     {StepKind::Predict, "predict"}, {StepKind::Ensemble, "ensemble"},
                                     {StepKind::Search, "search"}, {StepKind::Sweep, "sweep"},
                                     {StepKind::Report, "report"}};
  return t;
}

std::string to_string(StepKind kind) { return enum_name(step_kind_names(), kind); }

bool is_training(StepKind kind) {
  return kind == StepKind::Pretrain || kind == StepKind::TrainIntermediate || kind == StepKind::TrainTarget;
}

std::string output_name(StepKind kind) {
  switch (kind) {
    case StepKind::Pretrain:
    case StepKind::TrainIntermediate:
    case StepKind::TrainTarget:
    case StepKind::Soup: return "model";
    case StepKind::Predict: return "predictions";
    case StepKind::Ensemble: return "ensemble";
    case StepKind::Search: return "search";
    case StepKind::Sweep: return "sweep";
    case StepKind::Report: return "report";
  }
  return "out";
}

size_t StudyPlan::count(StepKind kind) const {
  return static_cast<size_t>(std::count_if(steps.begin(), steps.end(), [&](const PlannedStep& s) { return s.kind == kind; }));
}

const PlannedStep* StudyPlan::find(StepKind kind, const std::string& label) const {
  for (const auto& s : steps)
    if (s.kind == kind && s.label == label) return &s;
  return nullptr;
}

std::string step_key(const json& definition) {
  Fnv1a64 h;
  h.update(definition.dump());
  return h.hex();
}

namespace {

constexpr size_t npos = PlannedStep::npos;

std::string seed_name(int64_t seed) { return seed < 0 ? "seed-default" : fmt::format("seed{}", seed); }

bool is_trainable(const std::string& task) {
  static const std::vector<std::string> tasks = train::trainable_tasks();
  return std::find(tasks.begin(), tasks.end(), task) != tasks.end();
}

io::RawOutputKind output_kind(const data::TaskInfo& task) {
  switch (task.kind) {
    case data::TaskKind::Classification: return io::RawOutputKind::Classification;
    case data::TaskKind::MultipleChoice: return io::RawOutputKind::MultipleChoice;
    case data::TaskKind::Tagging: return io::RawOutputKind::Tagging;
    case data::TaskKind::Qa: return io::RawOutputKind::Qa;
    case data::TaskKind::Retrieval: return io::RawOutputKind::Embeddings;
  }
  return io::RawOutputKind::Classification;
}

const ensemble::CombinerEntry* find_combiner(const std::string& name, io::RawOutputKind kind) {
  for (const auto& c : ensemble::all_combiners())
    if (c.name == name && c.kinds.count(kind)) return &c;
  return nullptr;
}

bool has_data(const fs::path& data_dir, const data::DataRef& ref) {
  for (const auto& f : data::available(data_dir, data::task_info(ref.task)))
    if (f.split == ref.split && f.lang == ref.lang) return true;
  return false;
}

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= list.size()) {
    const size_t end = std::min(list.find(',', begin), list.size());
    std::string item = list.substr(begin, end - begin);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    begin = end + 1;
  }
  return out;
}

std::vector<std::string> file_names(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(fs::path(p).filename().string());
  return out;
}

// A model of a target task that pools combine.
struct Variant {
  size_t intermediate = 0;
  // Index into StudyFile::fusions and the seed; -1 / unset for a training-free task.
  int fusion = -1;
  bool seeded = false;
  int64_t seed = 0;
  size_t train = npos;
  size_t predict = npos;
};

// A group of variants that an ensemble, a search or a soup combines.
struct Pool {
  std::string name;  // "by-intermediate.last_layer.seed1"
  std::vector<std::pair<std::string, size_t>> members;  // member name, variant index
};

class PlanBuilder {
 public:
  PlanBuilder(const StudyFile& study, InputFingerprints& fingerprints) : s_(study), fp_(fingerprints) {
    plan_.name = study.name;
    plan_.out_dir = fs::absolute(study.out_dir).lexically_normal();
    plan_.study_dir = plan_.out_dir / "study";
    plan_.stale_dir = plan_.out_dir / "stale";
    plan_.runner_dir = plan_.out_dir / ".runner";
  }

  StudyPlan build() {
    check_encoder();
    encoder_fp_ = fp_.model_folder(s_.encoder);
    for (size_t i = 0; i < s_.intermediates.size(); ++i) parents_.push_back(add_intermediate(s_.intermediates[i]));
    for (const auto& target : s_.targets) add_target(target);
    add_report();
    return std::move(plan_);
  }

 private:
  // Adds `step` (definition and call filled) unless a step with the same key exists; its index.
  size_t add(PlannedStep step) {
    step.definition["kind"] = to_string(step.kind);
    step.definition["label"] = step.label;
    step.definition["xlfuse_version"] = version();
    step.key = step_key(step.definition);
    if (auto it = by_key_.find(step.key); it != by_key_.end()) return it->second;
    const std::string folder = step.label + "-" + step.key;
    step.folder = step.kind == StepKind::Report ? plan_.out_dir / "reports" / folder
                                                : plan_.study_dir / to_string(step.kind) / folder;
    std::sort(step.deps.begin(), step.deps.end());
    step.deps.erase(std::unique(step.deps.begin(), step.deps.end()), step.deps.end());
    plan_.steps.push_back(std::move(step));
    by_key_[plan_.steps.back().key] = plan_.steps.size() - 1;
    return plan_.steps.size() - 1;
  }

  void problem(const std::string& what) {
    if (std::find(plan_.problems.begin(), plan_.problems.end(), what) == plan_.problems.end())
      plan_.problems.push_back(what);
  }
  void note(const std::string& what) {
    if (std::find(plan_.notes.begin(), plan_.notes.end(), what) == plan_.notes.end()) plan_.notes.push_back(what);
  }

  void check_encoder() {
    for (const char* f : {"config.json", "model.safetensors"})
      if (!fs::is_regular_file(fs::path(s_.encoder) / f))
        problem(fmt::format("encoder: {} not found", (fs::path(s_.encoder) / f).string()));
    if (!fs::is_regular_file(fs::path(s_.encoder) / text::kWordPieceVocabFile) &&
        !fs::is_regular_file(fs::path(s_.encoder) / text::kSentencePieceModelFile))
      problem(fmt::format("encoder: {} has no tokenizer ({} or {})", s_.encoder, text::kWordPieceVocabFile,
                          text::kSentencePieceModelFile));
  }

  void check_text_files(const std::vector<std::string>& files, const std::string& who) {
    for (const auto& f : files)
      if (!fs::is_regular_file(f)) problem(fmt::format("{}: text file {} not found", who, f));
  }

  void check_training_data(const std::string& data_dir, const std::string& task, const std::string& who) {
    try {
      train::check_training_data(data_dir, task);
    } catch (const std::exception& e) {
      problem(fmt::format("{}: {}", who, e.what()));
    }
  }

  // Fingerprints of the data a training of `tasks` reads (training and English dev splits).
  json training_data(const std::string& data_dir, const std::vector<std::string>& tasks) {
    json out = json::object();
    for (const auto& t : tasks) {
      const train::TaskTrainingDefaults d = train::task_training_defaults(t);
      for (const auto& read : {d.train_task, d.dev_task})
        if (!read.empty()) out[read] = fp_.task_data(data_dir, read);
    }
    return out;
  }

  // Text files by name and content (in order: the order is the order they are read in), so that
  // moving them elsewhere keeps the key.
  json text_fingerprints(const std::vector<std::string>& files) {
    json out = json::array();
    for (const auto& f : files) out.push_back({fs::path(f).filename().string(), fp_.file(f)});
    return out;
  }

  // {"step": key} of a model made in the study, {"encoder": fingerprint} for the encoder.
  json model_input(size_t step) const {
    return step == npos ? json{{"encoder", encoder_fp_}} : json{{"step", plan_.steps[step].key}};
  }
  std::string model_dir(size_t step) const {
    return step == npos ? s_.encoder : plan_.steps[step].output_dir().string();
  }

  static json keyed(train::RunTrainingOptions o) {
    o.init_dir = o.data_dir = o.out_dir = "";
    o.resume = o.resume_if_present = false;
    o.stop_at_step = 0;
    o.threads = 0;
    o.progress = train::ProgressMode::Auto;
    o.mlm_text = file_names(o.mlm_text);  // their contents are inputs
    return to_json(o);
  }

  size_t add_intermediate(const IntermediateSpec& spec) {
    if (spec.kind == IntermediateKind::None) return npos;
    PlannedStep step;
    step.label = spec.name;
    const std::string who = fmt::format("intermediate \"{}\" ({})", spec.name, spec.where);
    if (spec.kind == IntermediateKind::Pretrain) {
      step.kind = StepKind::Pretrain;
      train::RunPretrainingOptions o = spec.pretraining;
      check_text_files(o.text_files, who);
      json text = text_fingerprints(o.text_files);
      // Parallel text: both files of each pair, by name and content, in order.
      std::vector<std::string> parallel_names;
      for (const auto& pair_spec : o.parallel_files) {
        const auto [a, b] = data::parse_parallel_spec(pair_spec);
        check_text_files({a, b}, who);
        text.push_back({"parallel", text_fingerprints({a, b})});
        parallel_names.push_back(fs::path(a).filename().string() + ":" + fs::path(b).filename().string());
      }
      o.init_dir = s_.encoder;
      step.call = to_json(o);
      o.init_dir = o.out_dir = "";
      o.resume = o.resume_if_present = false;
      o.threads = 0;
      o.progress = train::ProgressMode::Auto;
      o.text_files = file_names(o.text_files);
      o.parallel_files = parallel_names;
      step.definition = {{"options", to_json(o)}, {"inputs", {{"init", model_input(npos)}, {"text", text}}}};
      return add(std::move(step));
    }
    step.kind = StepKind::TrainIntermediate;
    train::RunTrainingOptions o = spec.training;
    const std::vector<std::string> tasks = split_commas(o.task);
    for (const auto& t : tasks) check_training_data(spec.data_dir, t, who);
    check_text_files(o.mlm_text, who);
    json inputs = {{"init", model_input(npos)}, {"data", training_data(spec.data_dir, tasks)}};
    if (!o.mlm_text.empty())
      inputs["mlm_text"] = text_fingerprints(o.mlm_text);
    step.definition = {{"options", keyed(o)}, {"inputs", inputs}};
    o.init_dir = s_.encoder;
    o.data_dir = spec.data_dir;
    step.call = to_json(o);
    return add(std::move(step));
  }

  size_t add_target_training(const TargetSpec& target, size_t intermediate, const model::FusionOptions& fusion,
                             int64_t seed) {
    PlannedStep step;
    step.kind = StepKind::TrainTarget;
    step.label = fmt::format("{}.{}.{}.{}", target.task, s_.intermediates[intermediate].name,
                             fusion_variant_name(fusion), seed_name(seed));
    train::RunTrainingOptions o = target.training;
    o.fusion = fusion;
    o.seed = seed;
    o.keep_snapshots = s_.soups.snapshots;
    step.model = parents_[intermediate];
    if (step.model != npos) step.deps.push_back(step.model);
    step.definition = {{"options", keyed(o)},
                       {"inputs", {{"init", model_input(step.model)}, {"data", training_data(s_.data_dir, {target.task})}}}};
    o.init_dir = model_dir(step.model);
    o.data_dir = s_.data_dir;
    step.call = to_json(o);
    return add(std::move(step));
  }

  size_t add_predict(const std::string& task, size_t model, const std::string& label) {
    PlannedStep step;
    step.kind = StepKind::Predict;
    step.label = label;
    step.model = model;
    if (model != npos) step.deps.push_back(model);
    predict::PredictOptions p;
    p.task = task;
    p.langs = s_.langs;
    p.split = s_.split;
    p.benchmark = s_.benchmark;
    p.evaluate = s_.evaluate;
    json data = {{task, fp_.task_data(s_.data_dir, task)}};
    json dev = nullptr;
    const data::DataRef ref = data::english_dev(task);
    if (!ref.empty() && has_data(s_.data_dir, ref)) {
      dev = {{"task", ref.task}, {"split", ref.split}, {"lang", ref.lang}};
      data[ref.task] = fp_.task_data(s_.data_dir, ref.task);
    }
    step.definition = {{"options", to_json(p)},
                       {"english_dev", dev},
                       {"inputs", {{"model", model_input(model)}, {"data", data}}}};
    p.model_dir = model_dir(model);
    p.data_dir = s_.data_dir;
    // Every model of a task predicts the same data: checked once per task.
    if (predictions_checked_.insert(task).second) {
      p.out_dir = "-";  // the executor's
      try {
        const predict::PredictionPlan pp = predict::plan_prediction(p);
        std::vector<std::string> langs;
        for (const auto& m : pp.missing) langs.push_back(m.substr(0, m.find(' ')));
        if (!langs.empty())
          note(fmt::format("predict {}: {} language(s) not in the data folder, left out: {}", task, langs.size(),
                           fmt::join(langs, ", ")));
      } catch (const std::exception& e) {
        problem(fmt::format("predict {}: {}", task, e.what()));
      }
      p.out_dir = "";
    }
    step.call = to_json(p);
    step.call["english_dev"] = dev;
    return add(std::move(step));
  }

  size_t add_snapshot_soup(size_t train) {
    PlannedStep step;
    step.kind = StepKind::Soup;
    step.label = plan_.steps[train].label + ".snapshots";
    step.model = train;
    step.deps = {train};
    step.definition = {{"options", {{"snapshots", s_.soups.snapshots}}}, {"inputs", {{"run", plan_.steps[train].key}}}};
    step.call = {{"snapshots_of", plan_.steps[train].output_dir().string()}};
    return add(std::move(step));
  }

  json member_keys(const std::vector<std::pair<std::string, size_t>>& members) const {
    json out = json::array();
    for (const auto& [name, step] : members) out.push_back({{"name", name}, {"key", plan_.steps[step].key}});
    return out;
  }

  std::vector<Pool> pools(PoolKind kind, const std::vector<Variant>& variants, const std::string& task) const {
    std::map<std::string, Pool> groups;
    for (size_t v = 0; v < variants.size(); ++v) {
      const Variant& x = variants[v];
      const std::string inter = s_.intermediates[x.intermediate].name;
      const std::string fusion = x.fusion >= 0 ? fusion_variant_name(s_.fusions[static_cast<size_t>(x.fusion)]) : "";
      std::string group, member;
      switch (kind) {
        case PoolKind::Intermediate:
          group = x.seeded ? fmt::format("by-intermediate.{}.{}", fusion, seed_name(x.seed)) : "by-intermediate";
          member = inter;
          break;
        case PoolKind::Seeds:
          if (!x.seeded) continue;
          group = fmt::format("by-seed.{}.{}", inter, fusion);
          member = seed_name(x.seed);
          break;
        case PoolKind::All:
          group = "all";
          member = x.seeded ? fmt::format("{}.{}.{}", inter, fusion, seed_name(x.seed)) : inter;
          break;
      }
      Pool& p = groups[group];
      p.name = task + "." + group;
      p.members.emplace_back(member, v);
    }
    std::vector<Pool> out;
    for (auto& [name, p] : groups)
      if (p.members.size() >= 2) out.push_back(std::move(p));
    return out;
  }

  void add_combinations(const TargetSpec& target, const std::vector<Variant>& variants, bool dev_predicted) {
    const data::TaskInfo& task = data::task_info(target.task);
    const data::DataRef dev = data::english_dev(target.task);
    bool needs_dev = false;
    auto predictions_of = [&](const Pool& p) {
      std::vector<std::pair<std::string, size_t>> m;
      for (const auto& [name, v] : p.members) m.emplace_back(name, variants[v].predict);
      return m;
    };
    for (PoolKind kind : s_.ensembles.pools) {
      for (const Pool& pool : pools(kind, variants, target.task)) {
        const auto members = predictions_of(pool);
        for (const auto& method : s_.ensembles.methods) {
          const ensemble::CombinerEntry* c = find_combiner(method, output_kind(task));
          if (c == nullptr) {
            note(fmt::format("ensembles: {} does not combine {} outputs; left out for {}", method,
                             io::to_string(output_kind(task)), target.task));
            continue;
          }
          for (ensemble::WeightSource w : s_.ensembles.weights) {
            if (c->needs_weights && w == ensemble::WeightSource::Uniform) {
              note(fmt::format("ensembles: {} needs weights other than uniform; {} with uniform left out", method, method));
              continue;
            }
            if (w != ensemble::WeightSource::Uniform && dev.empty()) {
              note(fmt::format("ensembles: {} weights need English dev data, which {} has none of; left out for {}",
                               ensemble::to_string(w), target.task, target.task));
              continue;
            }
            needs_dev = needs_dev || !dev.empty();
            PlannedStep step;
            step.kind = StepKind::Ensemble;
            step.label = fmt::format("{}.{}.{}", pool.name, method, ensemble::to_string(w));
            step.members = members;
            for (const auto& [name, i] : members) step.deps.push_back(i);
            const json options = {{"task", target.task}, {"method", method}, {"weights", ensemble::to_string(w)},
                                  {"langs", s_.langs}, {"split", s_.split}};
            step.definition = {{"options", options}, {"inputs", {{"members", member_keys(members)}}}};
            step.call = options;
            step.call["data_dir"] = s_.data_dir;
            add(std::move(step));
          }
        }
        if (s_.ensembles.search) {
          if (members.size() > 12) {
            note(fmt::format("search: {} has {} members (at most 12 are searched); left out", pool.name, members.size()));
          } else {
            needs_dev = needs_dev || !dev.empty();
            PlannedStep step;
            step.kind = StepKind::Search;
            step.label = pool.name;
            step.members = members;
            for (const auto& [name, i] : members) step.deps.push_back(i);
            const json options = {{"task", target.task}, {"langs", s_.langs}, {"split", s_.split}};
            step.definition = {{"options", options}, {"inputs", {{"members", member_keys(members)}}}};
            step.call = options;
            step.call["data_dir"] = s_.data_dir;
            add(std::move(step));
          }
        }
      }
    }
    if (!s_.soups.methods.empty() && is_trainable(target.task)) {
      for (PoolKind kind : s_.soups.pools) {
        for (const Pool& pool : pools(kind, variants, target.task)) {
          std::vector<std::pair<std::string, size_t>> ingredients;
          std::set<int> fusions;
          for (const auto& [name, v] : pool.members) {
            const Variant& x = variants[v];
            // A continued-MLM model starts from another pretrained checkpoint: soups refuse it.
            if (s_.intermediates[x.intermediate].kind == IntermediateKind::Pretrain) {
              note(fmt::format("soups: models trained from the continued-MLM intermediate \"{}\" start from another "
                               "checkpoint than the encoder; left out of soups",
                               s_.intermediates[x.intermediate].name));
              continue;
            }
            ingredients.emplace_back(name, x.train);
            fusions.insert(x.fusion);
          }
          if (ingredients.size() < 2) continue;
          if (fusions.size() > 1) {
            note(fmt::format("soups: {} mixes fusion variants, which cannot be averaged; left out", pool.name));
            continue;
          }
          for (const auto& method : s_.soups.methods) {
            const bool greedy = method == "greedy";
            if (greedy && dev.empty()) {
              note(fmt::format("soups: greedy soups need English dev data, which {} has none of", target.task));
              continue;
            }
            needs_dev = needs_dev || greedy;
            PlannedStep step;
            step.kind = StepKind::Soup;
            step.label = fmt::format("{}.soup-{}", pool.name, method);
            step.members = ingredients;
            for (const auto& [name, i] : ingredients) step.deps.push_back(i);
            step.definition = {{"options", {{"method", method}}},
                               {"inputs", {{"members", member_keys(ingredients)},
                                           {"data", greedy ? json(fp_.task_data(s_.data_dir, dev.task)) : json()}}}};
            step.call = {{"greedy", greedy}, {"data_dir", s_.data_dir}};
            const size_t soup = add(std::move(step));
            add_predict(target.task, soup, plan_.steps[soup].label);
          }
        }
      }
    }
    if (needs_dev && !dev_predicted)
      problem(fmt::format("{}: the ensembles and greedy soups choose on its English dev data ({} {}-{}), which the "
                          "data folder {} does not have (expected {})",
                          target.task, dev.task, dev.split, dev.lang, s_.data_dir,
                          fmt::join(data::expected_paths(data::task_info(dev.task), dev.split, dev.lang), " or ")));
  }

  void add_sweep(const TargetSpec& target) {
    const SweepSpec& sw = s_.sweep;
    if (!sw.enabled || std::find(sw.tasks.begin(), sw.tasks.end(), target.task) == sw.tasks.end()) return;
    if (sw.layers.empty()) {
      problem("sweep: the encoder's layers are unknown (its config.json is missing), so \"every lower layer\" is too");
      return;
    }
    for (const auto& inter_name : sw.intermediates) {
      size_t inter = 0;
      while (s_.intermediates[inter].name != inter_name) ++inter;
      for (int64_t seed : sw.seeds) {
        PlannedStep step;
        step.kind = StepKind::Sweep;
        step.label = fmt::format("{}.{}.{}.{}", target.task, inter_name, to_string(sw.fusion.kind), seed_name(seed));
        for (int64_t layer : sw.layers) {
          model::FusionOptions f = sw.fusion;
          f.layer = layer;
          const size_t train = add_target_training(target, inter, f, seed);
          const size_t predict = add_predict(target.task, train, plan_.steps[train].label);
          step.members.emplace_back(fmt::format("layer-{}", layer), predict);
          step.deps.push_back(predict);
        }
        model::FusionOptions f = sw.fusion;
        f.layer = 0;
        const json options = {{"task", target.task}, {"fusion", model::to_json(f)}, {"layers", sw.layers}};
        step.definition = {{"options", options}, {"inputs", {{"members", member_keys(step.members)}}}};
        step.call = {{"task", target.task}, {"init_dir", model_dir(parents_[inter])}, {"fusion", model::to_json(f)}};
        add(std::move(step));
      }
    }
  }

  void add_target(const TargetSpec& target) {
    const bool trains = is_trainable(target.task);
    if (trains) check_training_data(s_.data_dir, target.task, "target " + target.task);
    const data::DataRef dev = data::english_dev(target.task);
    const bool dev_predicted = !dev.empty() && has_data(s_.data_dir, dev);
    std::vector<Variant> variants;
    for (size_t i = 0; i < s_.intermediates.size(); ++i) {
      const IntermediateSpec& inter = s_.intermediates[i];
      if (!trains) {
        Variant v;
        v.intermediate = i;
        v.predict = add_predict(target.task, parents_[i], fmt::format("{}.{}", target.task, inter.name));
        variants.push_back(v);
        continue;
      }
      for (size_t f = 0; f < s_.fusions.size(); ++f)
        for (int64_t seed : s_.seeds) {
          Variant v;
          v.intermediate = i;
          v.fusion = static_cast<int>(f);
          v.seeded = true;
          v.seed = seed;
          v.train = add_target_training(target, i, s_.fusions[f], seed);
          v.predict = add_predict(target.task, v.train, plan_.steps[v.train].label);
          variants.push_back(v);
          if (s_.soups.snapshots >= 2) {
            const size_t soup = add_snapshot_soup(v.train);
            add_predict(target.task, soup, plan_.steps[soup].label);
          }
        }
    }
    add_sweep(target);
    add_combinations(target, variants, dev_predicted);
  }

  void add_report() {
    PlannedStep step;
    step.kind = StepKind::Report;
    step.label = "report";
    json keys = json::array();
    for (size_t i = 0; i < plan_.steps.size(); ++i) {
      step.deps.push_back(i);
      keys.push_back(plan_.steps[i].key);
    }
    step.definition = {{"inputs", {{"steps", keys}}}};
    step.call = {{"study_dir", plan_.study_dir.string()}};
    add(std::move(step));
  }

  const StudyFile& s_;
  InputFingerprints& fp_;
  StudyPlan plan_;
  std::string encoder_fp_;
  std::vector<size_t> parents_;  // per intermediate: its step, npos for "none"
  std::set<std::string> predictions_checked_;  // tasks whose prediction data was checked
  std::map<std::string, size_t> by_key_;
};

}  // namespace

StudyPlan make_study_plan(const StudyFile& study, InputFingerprints& fingerprints) {
  return PlanBuilder(study, fingerprints).build();
}

}  // namespace xlfuse::pipeline
