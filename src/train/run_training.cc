// run_training: English training data -> features -> task model from an encoder -> trainer ->
// model folder, with English-dev model selection. See run_training.h; several tasks at once go to
// run_multi_task.
#include "xlfuse/train/run_training.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/utils.h>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/train/run_multi_task.h"
#include "xlfuse/train/run_setup.h"
#include "xlfuse/train/task_defaults.h"
#include "xlfuse/train/task_settings.h"
#include "xlfuse/train/training_data.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::train {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, ',')) {
    cur.erase(0, cur.find_first_not_of(" \t"));
    cur.erase(cur.find_last_not_of(" \t") + 1);
    if (!cur.empty()) out.push_back(cur);
  }
  return out;
}

// The English dev split used for selection, when the task has a labelled one (else none: the
// final weights are kept, with a warning saying why).
std::optional<data::Dataset> read_dev_split(const RunTrainingOptions& options, const TaskTrainingDefaults& d) {
  if (options.no_eval || d.dev_split.empty()) return std::nullopt;
  try {
    data::Dataset ds = data::read_task(options.data_dir, d.dev_task, d.dev_split, d.dev_lang);
    if (ds.labelled) return ds;
    XLFUSE_LOG_WARN("[train] {} has no labels; no dev selection, the final weights are kept",
                    ds.files.empty() ? d.dev_task : ds.files.front());
  } catch (const IoError& e) {
    XLFUSE_LOG_WARN("[train] no English dev data for selection ({}); the final weights are kept", e.what());
  }
  return std::nullopt;
}

// OUT/snapshots/step-<step>/, then only the newest `keep` snapshots are left.
void write_snapshot(const RunSetup& setup, const model::TaskModel& model, const model::ModelInfo& info, int64_t step,
                    int64_t keep) {
  const std::filesystem::path root = setup.out / "snapshots";
  setup.write_model(root / fmt::format("step-{}", step), model, info);
  std::vector<std::pair<int64_t, std::filesystem::path>> all;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("step-", 0) != 0) continue;
    try {
      all.emplace_back(std::stoll(name.substr(5)), entry.path());
    } catch (const std::exception&) {
    }
  }
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i + static_cast<size_t>(keep) < all.size(); ++i) std::filesystem::remove_all(all[i].second);
}

}  // namespace

void RunTrainingOptions::validate() const {
  if (task.empty()) throw ConfigError("task: must not be empty");
  runtime::check_device_name(device);
  if (init_dir.empty()) throw ConfigError("init_dir: must not be empty");
  if (data_dir.empty()) throw ConfigError("data_dir: must not be empty");
  if (out_dir.empty()) throw ConfigError("out_dir: must not be empty");
  if (epochs < 0) throw ConfigError(fmt::format("epochs: expected >= 0 (0 = task default), got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (batch_size < 0) throw ConfigError(fmt::format("batch_size: expected >= 0 (0 = task default), got {}", batch_size));
  if (grad_accumulation < 0)
    throw ConfigError(fmt::format("grad_accumulation: expected >= 0 (0 = task default), got {}", grad_accumulation));
  if (learning_rate < 0.0)
    throw ConfigError(fmt::format("learning_rate: expected > 0 (0 = task default), got {}", learning_rate));
  if (!(warmup_ratio >= 0.0 && warmup_ratio < 1.0))
    throw ConfigError(fmt::format("warmup_ratio: expected in [0, 1), got {}", warmup_ratio));
  if (max_seq_length < 0) throw ConfigError(fmt::format("max_seq_length: expected >= 0, got {}", max_seq_length));
  if (max_grad_norm < 0.0) throw ConfigError(fmt::format("max_grad_norm: expected >= 0, got {}", max_grad_norm));
  if (eval_every < 0) throw ConfigError(fmt::format("eval_every: expected >= 0 (0 = task default), got {}", eval_every));
  if (save_every < 0) throw ConfigError(fmt::format("save_every: expected >= 0 (0 = task default), got {}", save_every));
  if (early_stopping_patience < 0)
    throw ConfigError(fmt::format("early_stopping_patience: expected >= 0, got {}", early_stopping_patience));
  if (stop_at_step < 0) throw ConfigError(fmt::format("stop_at_step: expected >= 0, got {}", stop_at_step));
  if (keep_snapshots < 0) throw ConfigError(fmt::format("keep_snapshots: expected >= 0, got {}", keep_snapshots));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
  if (early_stopping_patience > 0 && no_eval)
    throw ConfigError("early_stopping_patience: needs evaluation, but no_eval is set");
}

model::HeadKind head_kind_for_task(const std::string& task) { return task_training_defaults(task).head_kind; }

nlohmann::json resolved_training_args(const RunTrainingOptions& options, const std::string& task) {
  return to_json(resolve_task_settings(options, task), options);
}

RunTrainingResult run_training(const RunTrainingOptions& options) {
  options.validate();
  runtime::resolve_device(options.device);  // a GPU that is not there fails now, not after loading data
  const std::vector<std::string> tasks = split_commas(options.task);
  if (tasks.empty()) throw ConfigError(fmt::format("task: no task name in '{}'", options.task));
  // Several tasks, or one task plus continued MLM: one shared encoder, one head per slot.
  if (tasks.size() > 1 || !options.mlm_text.empty()) return run_multi_task(options, tasks);

  const auto start = Clock::now();
  RunTrainingResult result;
  TaskSettings r = resolve_task_settings(options, tasks.front());  // unknown / untrainable task -> error here
  const TaskTrainingDefaults& d = r.defaults;
  result.head_kind = d.head_kind;
  RunSetup setup = start_training_run({"train", options.init_dir, options.out_dir, options.resume || options.resume_if_present,
                                       options.lower_case,
                                       options.threads});
  const std::string config_path = (setup.init / "config.json").string();
  fit_to_model(&r, options, setup.config, config_path, static_cast<int>(setup.tokenizer->specials().count(true)));
  options.fusion.validate(setup.config);  // before any data is read

  // Data: the English training split and, for selection, the English dev split.
  TaskTrainingData slot = load_training_data(options.data_dir, r, *setup.tokenizer);
  result.features = static_cast<int64_t>(slot.data.features.size());
  const std::optional<data::Dataset> dev = read_dev_split(options, d);
  setup.record.timings["data_s"] = seconds_since(start);

  // Model: the init folder's encoder under a freshly initialised head (and representation).
  model::TaskModelOptions model_options;
  model_options.seed = r.seed;
  torch::manual_seed(r.seed);  // a representation with weights initialises from torch's generator
  model_options.representation = model::make_representation(options.fusion, setup.config);
  model::TaskModel task_model = model::make_task_model(d.head_kind, setup.config, slot.num_labels, model_options);
  const std::string weights = (setup.init / "model.safetensors").string();
  const model::LoadReport load = model::load_task_encoder(task_model, io::SafetensorsFile::open(weights));
  XLFUSE_LOG_INFO("[train] encoder from {}: {} tensors", weights, load.loaded);

  nlohmann::json chain = setup.parent_chain;
  chain.push_back(d.task);
  const TrainOptions train_options = make_train_options(options, r, setup.out, setup.pad_id, dev.has_value());
  const nlohmann::json args = to_json(r, options);
  setup.create_output();
  nlohmann::json record_config = args;
  record_config["task_defaults"] = to_json(d);
  setup.write_record(record_config, r.seed);

  // What xlfuse.json says of the model; `extra` grows as the run goes.
  auto info_with = [&](const nlohmann::json& more) {
    model::ModelInfo info;
    info.task = d.task;
    info.head_kind = d.head_kind;
    info.labels = slot.labels;
    info.fusion = options.fusion;
    info.seed = r.seed;
    info.max_seq_length = r.max_seq_length;
    info.extra = {{"training_args", args},     {"task_defaults", to_json(d)},   {"chain", chain},
                  {"train_task", d.train_task}, {"train_split", d.train_split}, {"train_lang", d.train_lang},
                  {"features", result.features}};
    info.extra.update(more);
    return info;
  };
  const nlohmann::json dev_where = {{"task", d.dev_task}, {"split", d.dev_split}, {"lang", d.dev_lang}};

  // Dev selection: score with the reporting metric, write every new best at once.
  predict::EvaluateOptions eval_options;
  eval_options.max_seq_length = r.max_seq_length;
  eval_options.batch_size = 32;  // XTREME's eval batch
  eval_options.precision = train_options.precision;
  eval_options.device = train_options.device;
  EvalFn eval;
  NewBestFn on_new_best;
  if (dev) {
    result.dev_metric = data::task_info(d.dev_task).metric;
    eval = [&](model::TaskModel& m) {
      const predict::Evaluation e =
          predict::evaluate_model(m, d.dev_task, *dev, *setup.tokenizer, eval_options, evaluation_shard());
      result.dev_metric = e.metric;
      return e.value;
    };
    on_new_best = [&](model::TaskModel& m, int64_t step, double metric) {
      setup.write_model(setup.out, m,
                        info_with({{"best_metric", metric},
                                   {"best_step", step},
                                   {"dev_metric", result.dev_metric},
                                   {"dev", dev_where},
                                   {"global_step", step}}));
      XLFUSE_LOG_INFO("[train] step {}: new best {} {:.4f}; wrote {}", step, result.dev_metric, metric,
                      setup.out.string());
    };
  }

  // Snapshots: every checkpoint's weights as a model folder, the last keep_snapshots kept.
  LoopHooks hooks;
  if (options.keep_snapshots > 0)
    hooks.after_save = [&](const std::string&, int64_t step) {
      write_snapshot(setup, task_model, info_with({{"global_step", step}, {"snapshot_of", setup.out.string()}}), step,
                     options.keep_snapshots);
    };

  const auto train_start = Clock::now();
  result.summary = train_task_model(task_model, slot.data, train_options, eval, on_new_best, hooks);
  setup.record.timings["train_s"] = seconds_since(train_start);

  nlohmann::json end = {{"global_step", result.summary.global_step},
                        {"total_steps", result.summary.total_steps},
                        {"final_loss", result.summary.final_loss},
                        {"stopped_early", result.summary.stopped_early},
                        {"resumed_from", result.summary.resumed_from}};
  const bool finished = result.summary.global_step >= result.summary.total_steps || result.summary.stopped_early;
  if (dev && result.summary.has_best) {
    end.update({{"best_metric", result.summary.best_metric},
                {"best_step", result.summary.best_step},
                {"dev_metric", result.dev_metric},
                {"dev", dev_where}});
    // The weights in OUT are the best's; only the description gains the run's end.
    if (distributed::is_writer() && std::filesystem::exists(setup.out / "model.safetensors")) {
      model::ModelInfo info = info_with(end);
      info.parent = options.init_dir;
      info.lower_case = options.lower_case;
      model::write_model_info(setup.out.string(), info);
    }
  } else if (finished || options.stop_at_step == 0) {
    setup.write_model(setup.out, task_model, info_with(end));
  }

  result.seconds = seconds_since(start);
  setup.record.timings["total_s"] = result.seconds;
  setup.record.results = to_json(result.summary);
  setup.record.results["features"] = result.features;
  setup.record.results["dev_metric"] = result.dev_metric;
  if (distributed::is_writer()) write_run_record((setup.out / "run.json").string(), setup.record);
  return result;
}

}  // namespace xlfuse::train
