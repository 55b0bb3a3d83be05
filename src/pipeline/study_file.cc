// The study file: TOML -> StudyFile, every key and value checked with its line. See study_file.h
// and docs/study.md.
#include "xlfuse/pipeline/study_file.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/json_fields.h"
#include "xlfuse/data/parallel_blocks.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/pipeline/toml_document.h"
#include "xlfuse/train/task_defaults.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

std::string to_string(IntermediateKind kind) {
  switch (kind) {
    case IntermediateKind::None: return "none";
    case IntermediateKind::Train: return "train";
    case IntermediateKind::Pretrain: return "pretrain";
  }
  return "?";
}

const EnumTable<PoolKind>& pool_kind_names() {
  static const EnumTable<PoolKind> t{{PoolKind::Intermediate, "intermediate"}, {PoolKind::Seeds, "seeds"},
                                     {PoolKind::All, "all"}};
  return t;
}
std::string to_string(PoolKind kind) { return enum_name(pool_kind_names(), kind); }

const IntermediateSpec* StudyFile::find_intermediate(const std::string& wanted) const {
  for (const auto& i : intermediates)
    if (i.name == wanted) return &i;
  return nullptr;
}

std::string fusion_variant_name(const model::FusionOptions& f) {
  const model::FusionOptions defaults;
  std::string name = to_string(f.kind);
  if (f.layer > 0) name += fmt::format("-l{}", f.layer);
  const bool attentional = f.kind == model::FusionKind::Aif || f.kind == model::FusionKind::Iaff;
  if (attentional && f.reduction != defaults.reduction) name += fmt::format("-r{}", f.reduction);
  if (attentional && f.norm != defaults.norm) name += "-" + to_string(f.norm) + "norm";
  if (attentional && f.double_output) name += "-x2";
  return name;
}

namespace {

// Keys of the runner's own, which a study file may not set inside library options.
const std::set<std::string>& runner_keys() {
  static const std::set<std::string> keys = {"init_dir", "out_dir", "resume", "resume_if_present", "stop_at_step",
                                             "threads", "progress", "config_path", "vocab_path"};
  return keys;
}

std::string comma_list(const std::vector<std::string>& names) { return fmt::format("{}", fmt::join(names, ", ")); }

// Reads the study's tables with the document's positions in every message.
class StudyReader {
 public:
  StudyReader(const TomlDocument& doc, fs::path base_dir) : doc_(doc), base_(std::move(base_dir)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw ConfigError(fmt::format("{}: {}: {}", doc_.where(path), path, message));
  }

  // A ConfigError of an options struct's from_json: its message starts with the key path it is
  // about, which gives the line.
  [[noreturn]] void rethrow_located(const ConfigError& e) const {
    const std::string message = e.what();
    const std::string path = message.substr(0, message.find(": "));
    throw ConfigError(fmt::format("{}: {}", doc_.where(path), message));
  }

  // A ConfigError of an options struct's validate(): its message starts with a field name relative
  // to `path`.
  [[noreturn]] void rethrow_relative(const std::string& path, const ConfigError& e) const {
    const std::string message = e.what();
    const std::string field = message.substr(0, message.find(": "));
    const std::string full = join_path(path, field);
    throw ConfigError(fmt::format("{}: {}.{}", doc_.where(full), path, message));
  }

  const json& table(const json& parent, const std::string& parent_path, const std::string& key) const {
    const json& t = parent.at(key);
    if (!t.is_object()) fail(join_path(parent_path, key), fmt::format("expected a table, found {}", describe_json_value(t)));
    return t;
  }

  void allow_keys(const json& table, const std::string& path, const std::vector<std::string>& allowed) const {
    for (const auto& [key, value] : table.items())
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
        fail(join_path(path, key), fmt::format("unknown key; expected one of: {}", comma_list(allowed)));
  }

  // Keys the runner sets itself are refused with the reason.
  void refuse_runner_keys(const json& table, const std::string& path, const std::set<std::string>& extra = {}) const {
    for (const auto& [key, value] : table.items()) {
      if (runner_keys().count(key))
        fail(join_path(path, key), "set by the runner (every step has its own folder, and resumes by itself); remove it");
      if (extra.count(key)) fail(join_path(path, key), extra_reason(key));
    }
  }

  std::string string(const json& value, const std::string& path) const {
    if (!value.is_string()) fail(path, fmt::format("expected a string, found {}", describe_json_value(value)));
    return value.get<std::string>();
  }

  std::string nonempty_string(const json& value, const std::string& path) const {
    std::string s = string(value, path);
    if (s.empty()) fail(path, "expected a non-empty string, found \"\"");
    return s;
  }

  bool boolean(const json& value, const std::string& path) const {
    if (!value.is_boolean()) fail(path, fmt::format("expected a boolean, found {}", describe_json_value(value)));
    return value.get<bool>();
  }

  int64_t integer(const json& value, const std::string& path, int64_t min) const {
    if (!value.is_number_integer())
      fail(path, fmt::format("expected an integer >= {}, found {}", min, describe_json_value(value)));
    const int64_t v = value.get<int64_t>();
    if (v < min) fail(path, fmt::format("expected an integer >= {}, found {}", min, v));
    return v;
  }

  std::vector<std::string> strings(const json& value, const std::string& path, bool allow_empty = false) const {
    if (!value.is_array()) fail(path, fmt::format("expected an array of strings, found {}", describe_json_value(value)));
    if (value.empty() && !allow_empty) fail(path, "expected a non-empty array of strings, found []");
    std::vector<std::string> out;
    for (size_t i = 0; i < value.size(); ++i) out.push_back(nonempty_string(value[i], fmt::format("{}[{}]", path, i)));
    return out;
  }

  std::vector<int64_t> integers(const json& value, const std::string& path, int64_t min, bool allow_empty) const {
    if (!value.is_array()) fail(path, fmt::format("expected an array of integers, found {}", describe_json_value(value)));
    if (value.empty() && !allow_empty) fail(path, "expected a non-empty array of integers, found []");
    std::vector<int64_t> out;
    std::set<int64_t> seen;
    for (size_t i = 0; i < value.size(); ++i) {
      const std::string p = fmt::format("{}[{}]", path, i);
      out.push_back(integer(value[i], p, min));
      if (!seen.insert(out.back()).second) fail(p, fmt::format("{} is given twice", out.back()));
    }
    return out;
  }

  // A path from the file: absolute, or relative to the study file's folder.
  std::string path_value(const json& value, const std::string& path) const {
    return absolute_path(nonempty_string(value, path));
  }
  std::string absolute_path(const std::string& text) const {
    const fs::path p(text);
    return (p.is_absolute() ? p : base_ / p).lexically_normal().string();
  }

  void check_task(const std::string& task, const std::string& path) const {
    try {
      data::task_info(task);
    } catch (const std::invalid_argument& e) {
      fail(path, e.what());
    }
  }

  void check_trainable(const std::string& task, const std::string& path) const {
    check_task(task, path);
    const auto trainable = train::trainable_tasks();
    if (std::find(trainable.begin(), trainable.end(), task) == trainable.end())
      fail(path, fmt::format("task '{}' is not trained (training-free retrieval); expected one of: {}", task,
                             comma_list(trainable)));
  }

  template <typename Options>
  void read_options(const json& table, const std::string& path, Options* options) const {
    try {
      from_json(table, options, path);
    } catch (const ConfigError& e) {
      rethrow_located(e);
    }
  }

  const TomlDocument& doc() const { return doc_; }

 private:
  static std::string extra_reason(const std::string& key) {
    if (key == "task") return "set by [targets] tasks; remove it";
    if (key == "fusion") return "set by [[fusion]] (and [sweep]); remove it";
    if (key == "seed") return "set by [study] seeds; remove it";
    if (key == "keep_snapshots") return "set by [soups] snapshots; remove it";
    if (key == "data_dir") return "the study's [study] data_dir is used; remove it";
    if (key == "mlm_text") return "target runs have no MLM slot (continued MLM is an [[intermediate]]); remove it";
    return "not allowed here";
  }

  const TomlDocument& doc_;
  fs::path base_;
};

// Keys of an options struct's canonical JSON.
template <typename Options>
std::vector<std::string> option_keys(const Options& defaults) {
  std::vector<std::string> keys;
  const json all = to_json(defaults);  // items() must not outlive the object it iterates
  for (const auto& [key, value] : all.items()) keys.push_back(key);
  return keys;
}

void read_study_table(const StudyReader& r, const json& root, StudyFile* s, bool* benchmark_given) {
  if (!root.contains("study")) r.fail("study", "missing table [study] (encoder, data_dir, out_dir)");
  const json& t = r.table(root, "", "study");
  r.allow_keys(t, "study", {"name", "encoder", "data_dir", "out_dir", "benchmark", "seeds"});
  for (const char* required : {"encoder", "data_dir", "out_dir"})
    if (!t.contains(required)) r.fail("study", fmt::format("missing key \"{}\"", required));
  s->encoder = r.path_value(t.at("encoder"), "study.encoder");
  s->data_dir = r.path_value(t.at("data_dir"), "study.data_dir");
  s->out_dir = r.path_value(t.at("out_dir"), "study.out_dir");
  if (t.contains("name")) s->name = r.nonempty_string(t.at("name"), "study.name");
  if (t.contains("benchmark")) {
    try {
      s->benchmark = parse_benchmark(r.string(t.at("benchmark"), "study.benchmark"));
    } catch (const ConfigError& e) {
      r.fail("study.benchmark", e.what());
    }
    *benchmark_given = true;
  }
  if (t.contains("seeds")) s->seeds = r.integers(t.at("seeds"), "study.seeds", 0, false);
}

train::RunTrainingOptions read_target_training(const StudyReader& r, const json& t, const std::string& path,
                                               const train::RunTrainingOptions& base) {
  static const std::set<std::string> refused = {"task", "fusion", "seed", "keep_snapshots", "data_dir", "mlm_text"};
  r.refuse_runner_keys(t, path, refused);
  train::RunTrainingOptions o = base;
  r.read_options(t, path, &o);
  return o;
}

void read_targets(const StudyReader& r, const json& root, StudyFile* s, bool benchmark_given) {
  if (!root.contains("targets")) r.fail("targets", "missing table [targets] (tasks)");
  const json& t = r.table(root, "", "targets");
  r.allow_keys(t, "targets", {"tasks", "langs", "split", "train", "task", "evaluate"});
  if (!t.contains("tasks")) r.fail("targets", "missing key \"tasks\" (a benchmark name or a list of task names)");
  std::vector<std::string> tasks;
  const json& tv = t.at("tasks");
  if (tv.is_string()) {
    Benchmark b;
    try {
      b = parse_benchmark(tv.get<std::string>());
    } catch (const ConfigError& e) {
      r.fail("targets.tasks", fmt::format("expected a benchmark name or a list of task names; {}", e.what()));
    }
    tasks = data::benchmark_tasks(b);
    if (!benchmark_given) s->benchmark = b;
  } else if (tv.is_array()) {
    tasks = r.strings(tv, "targets.tasks");
    std::set<std::string> seen;
    for (size_t i = 0; i < tasks.size(); ++i) {
      const std::string p = fmt::format("targets.tasks[{}]", i);
      r.check_task(tasks[i], p);
      if (data::task_info(tasks[i]).intermediate)
        r.fail(p, fmt::format("'{}' is an intermediate task; expected a target task (one with target languages)", tasks[i]));
      if (!seen.insert(tasks[i]).second) r.fail(p, fmt::format("'{}' is given twice", tasks[i]));
    }
  } else {
    r.fail("targets.tasks", fmt::format("expected a benchmark name (xtreme, xtreme-r) or a list of task names, found {}",
                                        describe_json_value(tv)));
  }

  if (t.contains("langs")) {
    const json& l = t.at("langs");
    if (l.is_string() && l.get<std::string>() == "all") {
      s->langs = "all";
    } else if (l.is_array()) {
      s->langs = fmt::format("{}", fmt::join(r.strings(l, "targets.langs"), ","));
    } else {
      r.fail("targets.langs", fmt::format("expected \"all\" or a list of language codes, found {}", describe_json_value(l)));
    }
  }
  if (t.contains("split")) s->split = r.string(t.at("split"), "targets.split");
  if (t.contains("evaluate")) r.read_options(r.table(t, "targets", "evaluate"), "targets.evaluate", &s->evaluate);
  try {
    s->evaluate.validate();
  } catch (const ConfigError& e) {
    r.rethrow_relative("targets.evaluate", e);
  }

  train::RunTrainingOptions common;
  if (t.contains("train")) common = read_target_training(r, r.table(t, "targets", "train"), "targets.train", common);
  std::map<std::string, const json*> per_task;
  if (t.contains("task")) {
    const json& pt = r.table(t, "targets", "task");
    for (const auto& [task, options] : pt.items()) {
      const std::string p = join_path("targets.task", task);
      if (std::find(tasks.begin(), tasks.end(), task) == tasks.end())
        r.fail(p, fmt::format("'{}' is not one of the target tasks ({})", task, comma_list(tasks)));
      if (!options.is_object()) r.fail(p, fmt::format("expected a table, found {}", describe_json_value(options)));
      per_task[task] = &options;
    }
  }
  for (const auto& task : tasks) {
    TargetSpec target;
    target.task = task;
    const std::string p = per_task.count(task) ? join_path("targets.task", task) : "targets.train";
    target.training = per_task.count(task) ? read_target_training(r, *per_task.at(task), p, common) : common;
    target.training.task = task;
    train::RunTrainingOptions check = target.training;
    check.init_dir = check.data_dir = check.out_dir = "-";
    try {
      check.validate();
    } catch (const ConfigError& e) {
      r.rethrow_relative(p, e);
    }
    s->targets.push_back(std::move(target));
  }
}

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 64 || name[0] == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '+' || c == '.';
  });
}

IntermediateSpec read_intermediate(const StudyReader& r, const json& t, const std::string& path, const StudyFile& s) {
  if (!t.is_object()) r.fail(path, fmt::format("expected a table, found {}", describe_json_value(t)));
  IntermediateSpec spec;
  spec.where = r.doc().where(path);
  if (!t.contains("name")) r.fail(path, "missing key \"name\"");
  spec.name = r.nonempty_string(t.at("name"), join_path(path, "name"));
  if (!valid_name(spec.name))
    r.fail(join_path(path, "name"), fmt::format("expected letters, digits, '-', '_', '+' or '.' (it names folders), "
                                                "found \"{}\"",
                                                spec.name));
  spec.data_dir = t.contains("data_dir") ? r.path_value(t.at("data_dir"), join_path(path, "data_dir")) : s.data_dir;

  json rest = t;
  rest.erase("name");
  rest.erase("data_dir");
  if (spec.name == "none") {
    if (!rest.empty())
      r.fail(join_path(path, rest.begin().key()),
             "the intermediate \"none\" is the baseline (no intermediate training) and takes no options");
    return spec;
  }
  if (rest.contains("pretrain")) {
    spec.kind = IntermediateKind::Pretrain;
    if (rest.size() > 1)
      for (const auto& [key, value] : rest.items())
        if (key != "pretrain")
          r.fail(join_path(path, key), "a continued-MLM intermediate takes its options inside `pretrain`");
    const std::string pp = join_path(path, "pretrain");
    const json& pt = r.table(rest, path, "pretrain");
    r.refuse_runner_keys(pt, pp);
    r.allow_keys(pt, pp, option_keys(train::RunPretrainingOptions{}));
    json options = pt;
    options.erase("text_files");
    options.erase("parallel_files");
    r.read_options(options, pp, &spec.pretraining);
    if (!pt.contains("text_files") && !pt.contains("parallel_files"))
      r.fail(pp, "missing key \"text_files\" (the plain-text files to pretrain on) or \"parallel_files\" "
                 "(line-aligned \"A.txt:B.txt\" pairs for translation LM)");
    if (pt.contains("text_files")) {
      const auto files = r.strings(pt.at("text_files"), join_path(pp, "text_files"));
      for (size_t i = 0; i < files.size(); ++i) spec.pretraining.text_files.push_back(r.absolute_path(files[i]));
    }
    if (pt.contains("parallel_files")) {
      const std::string tp = join_path(pp, "parallel_files");
      const auto specs = r.strings(pt.at("parallel_files"), tp);
      for (size_t i = 0; i < specs.size(); ++i) {
        std::pair<std::string, std::string> files;
        try {
          files = data::parse_parallel_spec(specs[i]);
        } catch (const std::invalid_argument& e) {
          r.fail(fmt::format("{}[{}]", tp, i), e.what());
        }
        spec.pretraining.parallel_files.push_back(r.absolute_path(files.first) + ":" + r.absolute_path(files.second));
      }
    }
    train::RunPretrainingOptions check = spec.pretraining;
    check.init_dir = check.out_dir = "-";
    try {
      check.validate();
    } catch (const ConfigError& e) {
      r.rethrow_relative(pp, e);
    }
    return spec;
  }
  if (!rest.contains("task"))
    r.fail(path, fmt::format("intermediate \"{}\": expected \"task\" (intermediate training) or \"pretrain\" "
                             "(continued MLM); the baseline is named \"none\"",
                             spec.name));
  spec.kind = IntermediateKind::Train;
  r.refuse_runner_keys(rest, path, {"keep_snapshots"});
  std::vector<std::string> allowed = option_keys(train::RunTrainingOptions{});
  allowed.erase(std::remove_if(allowed.begin(), allowed.end(),
                               [](const std::string& k) { return runner_keys().count(k) || k == "keep_snapshots"; }),
                allowed.end());
  allowed.insert(allowed.begin(), {"name", "data_dir"});
  r.allow_keys(t, path, allowed);
  json options = rest;
  options.erase("mlm_text");
  r.read_options(options, path, &spec.training);
  if (rest.contains("mlm_text")) {
    const std::string mp = join_path(path, "mlm_text");
    const auto files = r.strings(rest.at("mlm_text"), mp);
    for (size_t i = 0; i < files.size(); ++i) spec.training.mlm_text.push_back(r.absolute_path(files[i]));
  }
  const std::string tp = join_path(path, "task");
  std::string list = spec.training.task;
  size_t begin = 0;
  std::set<std::string> seen;
  while (begin <= list.size()) {
    const size_t end = std::min(list.find(',', begin), list.size());
    std::string task = list.substr(begin, end - begin);
    task.erase(0, task.find_first_not_of(' '));
    task.erase(task.find_last_not_of(' ') + 1);
    if (task.empty()) r.fail(tp, fmt::format("expected task names separated by commas, found \"{}\"", list));
    r.check_trainable(task, tp);
    if (!seen.insert(task).second) r.fail(tp, fmt::format("'{}' is given twice", task));
    begin = end + 1;
  }
  train::RunTrainingOptions check = spec.training;
  check.init_dir = check.data_dir = check.out_dir = "-";
  try {
    check.validate();
  } catch (const ConfigError& e) {
    r.rethrow_relative(path, e);
  }
  return spec;
}

void read_intermediates(const StudyReader& r, const json& root, StudyFile* s) {
  if (!root.contains("intermediate")) {
    IntermediateSpec none;
    none.name = "none";
    none.data_dir = s->data_dir;
    s->intermediates.push_back(none);
    return;
  }
  const json& list = root.at("intermediate");
  if (!list.is_array() || list.empty())
    r.fail("intermediate", "expected one or more [[intermediate]] tables");
  std::set<std::string> names;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = fmt::format("intermediate[{}]", i);
    IntermediateSpec spec = read_intermediate(r, list[i], p, *s);
    if (!names.insert(spec.name).second) r.fail(join_path(p, "name"), fmt::format("\"{}\" is given twice", spec.name));
    s->intermediates.push_back(std::move(spec));
  }
}

// A fusion table; `layer_from_file` false for the sweep, whose layers come from `layers`.
model::FusionOptions read_fusion(const StudyReader& r, const json& t, const std::string& path,
                                 const io::BertConfig* config, bool layer_from_file) {
  if (!t.is_object()) r.fail(path, fmt::format("expected a table, found {}", describe_json_value(t)));
  if (!layer_from_file && t.contains("layer"))
    r.fail(join_path(path, "layer"), "the sweep's layers are given by [sweep] layers; remove it");
  model::FusionOptions f;
  if (!layer_from_file) f.kind = model::FusionKind::Aif;
  r.read_options(t, path, &f);
  if (config != nullptr && layer_from_file) {
    try {
      f.validate(*config);
    } catch (const ConfigError& e) {
      // "fusion layer: ..." names the key "layer".
      const std::string m = e.what();
      const size_t colon = m.find(": ");
      std::string key = m.substr(0, colon);
      if (key.rfind("fusion ", 0) == 0) key = key.substr(7);
      r.fail(join_path(path, key), colon == std::string::npos ? m : m.substr(colon + 2));
    }
  }
  return f;
}

void read_fusions(const StudyReader& r, const json& root, StudyFile* s, const io::BertConfig* config) {
  if (!root.contains("fusion")) {
    s->fusions.push_back(model::FusionOptions{});
    return;
  }
  const json& list = root.at("fusion");
  if (!list.is_array() || list.empty()) r.fail("fusion", "expected one or more [[fusion]] tables");
  std::set<std::string> names;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = fmt::format("fusion[{}]", i);
    s->fusions.push_back(read_fusion(r, list[i], p, config, true));
    if (!names.insert(fusion_variant_name(s->fusions.back())).second)
      r.fail(p, fmt::format("the fusion variant {} is given twice", fusion_variant_name(s->fusions.back())));
  }
}

std::vector<PoolKind> read_pools(const StudyReader& r, const json& value, const std::string& path) {
  std::vector<PoolKind> pools;
  const auto names = r.strings(value, path);
  for (size_t i = 0; i < names.size(); ++i) {
    try {
      pools.push_back(parse_enum(pool_kind_names(), names[i], "pool"));
    } catch (const ConfigError& e) {
      r.fail(fmt::format("{}[{}]", path, i), e.what());
    }
    if (std::count(pools.begin(), pools.end(), pools.back()) > 1)
      r.fail(fmt::format("{}[{}]", path, i), fmt::format("\"{}\" is given twice", names[i]));
  }
  return pools;
}

void read_sweep(const StudyReader& r, const json& root, StudyFile* s, const io::BertConfig* config) {
  if (!root.contains("sweep")) return;
  const json& t = r.table(root, "", "sweep");
  r.allow_keys(t, "sweep", {"tasks", "intermediate", "layers", "fusion", "seeds"});
  SweepSpec& sw = s->sweep;
  sw.enabled = true;
  if (t.contains("tasks")) {
    sw.tasks = r.strings(t.at("tasks"), "sweep.tasks");
    for (size_t i = 0; i < sw.tasks.size(); ++i) {
      const std::string p = fmt::format("sweep.tasks[{}]", i);
      const bool target = std::any_of(s->targets.begin(), s->targets.end(),
                                      [&](const TargetSpec& ts) { return ts.task == sw.tasks[i]; });
      if (!target) r.fail(p, fmt::format("'{}' is not one of the target tasks", sw.tasks[i]));
      r.check_trainable(sw.tasks[i], p);
    }
  } else {
    const auto trainable = train::trainable_tasks();
    for (const auto& ts : s->targets)
      if (std::find(trainable.begin(), trainable.end(), ts.task) != trainable.end()) sw.tasks.push_back(ts.task);
  }
  if (t.contains("intermediate")) {
    sw.intermediates = r.strings(t.at("intermediate"), "sweep.intermediate");
    for (size_t i = 0; i < sw.intermediates.size(); ++i)
      if (s->find_intermediate(sw.intermediates[i]) == nullptr)
        r.fail(fmt::format("sweep.intermediate[{}]", i),
               fmt::format("no [[intermediate]] is named \"{}\"", sw.intermediates[i]));
  } else {
    sw.intermediates = {s->find_intermediate("none") ? "none" : s->intermediates.front().name};
  }
  sw.fusion.kind = model::FusionKind::Aif;
  if (t.contains("fusion")) sw.fusion = read_fusion(r, t.at("fusion"), "sweep.fusion", config, false);
  if (sw.fusion.kind == model::FusionKind::LastLayer || sw.fusion.kind == model::FusionKind::ScalarMix)
    r.fail("sweep.fusion.kind", fmt::format("expected a kind that fuses one lower layer (aif, iaff, sum, concat, "
                                            "lower_layer), found \"{}\"",
                                            to_string(sw.fusion.kind)));
  if (t.contains("layers")) sw.layers = r.integers(t.at("layers"), "sweep.layers", 1, true);
  if (config != nullptr) {
    if (sw.layers.empty())
      for (int64_t l = 1; l < config->num_hidden_layers; ++l) sw.layers.push_back(l);
    for (size_t i = 0; i < sw.layers.size(); ++i)
      if (sw.layers[i] >= config->num_hidden_layers)
        r.fail(fmt::format("sweep.layers[{}]", i),
               fmt::format("layer {} is not a lower layer of the {}-layer encoder (expected 1..{})", sw.layers[i],
                           config->num_hidden_layers, config->num_hidden_layers - 1));
  }
  std::sort(sw.layers.begin(), sw.layers.end());
  sw.seeds = t.contains("seeds") ? r.integers(t.at("seeds"), "sweep.seeds", 0, false)
                                 : std::vector<int64_t>{s->seeds.front()};
}

void read_soups(const StudyReader& r, const json& root, StudyFile* s) {
  if (!root.contains("soups")) return;
  const json& t = r.table(root, "", "soups");
  r.allow_keys(t, "soups", {"methods", "pools", "snapshots"});
  if (t.contains("methods")) {
    s->soups.methods = r.strings(t.at("methods"), "soups.methods", true);
    for (size_t i = 0; i < s->soups.methods.size(); ++i) {
      const std::string& m = s->soups.methods[i];
      const std::string p = fmt::format("soups.methods[{}]", i);
      if (m != "uniform" && m != "greedy") r.fail(p, fmt::format("expected \"uniform\" or \"greedy\", found \"{}\"", m));
      if (std::count(s->soups.methods.begin(), s->soups.methods.end(), m) > 1)
        r.fail(p, fmt::format("\"{}\" is given twice", m));
    }
  }
  if (t.contains("pools")) s->soups.pools = read_pools(r, t.at("pools"), "soups.pools");
  if (t.contains("snapshots")) {
    s->soups.snapshots = r.integer(t.at("snapshots"), "soups.snapshots", 0);
    if (s->soups.snapshots == 1)
      r.fail("soups.snapshots", "expected 0 (off) or at least 2 checkpoints to average, found 1");
  }
}

void read_ensembles(const StudyReader& r, const json& root, StudyFile* s) {
  if (!root.contains("ensembles")) return;
  const json& t = r.table(root, "", "ensembles");
  r.allow_keys(t, "ensembles", {"methods", "weights", "pools", "search"});
  EnsembleSpec& e = s->ensembles;
  if (t.contains("methods")) {
    std::vector<std::string> known;
    for (const auto& c : ensemble::all_combiners())
      if (std::find(known.begin(), known.end(), c.name) == known.end()) known.push_back(c.name);
    e.methods = r.strings(t.at("methods"), "ensembles.methods");
    for (size_t i = 0; i < e.methods.size(); ++i) {
      const std::string p = fmt::format("ensembles.methods[{}]", i);
      if (std::find(known.begin(), known.end(), e.methods[i]) == known.end())
        r.fail(p, fmt::format("expected one of {}, found \"{}\"", comma_list(known), e.methods[i]));
      if (std::count(e.methods.begin(), e.methods.end(), e.methods[i]) > 1)
        r.fail(p, fmt::format("\"{}\" is given twice", e.methods[i]));
    }
  }
  if (t.contains("weights")) {
    e.weights.clear();
    const auto names = r.strings(t.at("weights"), "ensembles.weights");
    for (size_t i = 0; i < names.size(); ++i) {
      const std::string p = fmt::format("ensembles.weights[{}]", i);
      try {
        e.weights.push_back(ensemble::parse_weight_source(names[i]));
      } catch (const ConfigError& err) {
        r.fail(p, err.what());
      }
      if (std::count(e.weights.begin(), e.weights.end(), e.weights.back()) > 1)
        r.fail(p, fmt::format("\"{}\" is given twice", names[i]));
    }
  }
  if (t.contains("pools")) e.pools = read_pools(r, t.at("pools"), "ensembles.pools");
  if (t.contains("search")) e.search = r.boolean(t.at("search"), "ensembles.search");
}

}  // namespace

StudyFile parse_study(const std::string& text, const std::string& source_name, const fs::path& base_dir) {
  const TomlDocument doc = parse_toml_document(text, source_name);
  const StudyReader r(doc, fs::absolute(base_dir));
  r.allow_keys(doc.root, "", {"study", "targets", "intermediate", "fusion", "sweep", "soups", "ensembles"});
  StudyFile s;
  s.path = source_name;
  bool benchmark_given = false;
  read_study_table(r, doc.root, &s, &benchmark_given);
  if (s.name.empty()) s.name = fs::path(source_name).stem().string();
  // The encoder's config checks fusion layers against the model; a missing encoder is reported
  // by the plan (with every other missing input), not here.
  std::optional<io::BertConfig> config;
  const fs::path config_path = fs::path(s.encoder) / "config.json";
  if (fs::is_regular_file(config_path)) {
    try {
      config = io::read_bert_config(config_path.string());
    } catch (const std::exception& e) {
      r.fail("study.encoder", e.what());
    }
  }
  read_targets(r, doc.root, &s, benchmark_given);
  read_intermediates(r, doc.root, &s);
  read_fusions(r, doc.root, &s, config ? &*config : nullptr);
  read_sweep(r, doc.root, &s, config ? &*config : nullptr);
  read_soups(r, doc.root, &s);
  read_ensembles(r, doc.root, &s);
  return s;
}

StudyFile read_study_file(const std::string& path) {
  std::string text;
  try {
    text = io::read_file(path);
  } catch (const IoError& e) {
    throw IoError(fmt::format("cannot read the study file {}: {}", path, e.what()));
  }
  return parse_study(text, path, fs::absolute(path).parent_path());
}

}  // namespace xlfuse::pipeline
