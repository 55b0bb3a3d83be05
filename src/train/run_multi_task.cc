// Multi-task intermediate training from the command line's options. See run_multi_task.h.
#include "xlfuse/train/run_multi_task.h"

#include <chrono>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/train/multi_task.h"
#include "xlfuse/train/run_setup.h"
#include "xlfuse/train/task_settings.h"
#include "xlfuse/train/training_data.h"

namespace xlfuse::train {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// One encoder, loaded from --init, that every head shares (built with a pooler when a head pools).
model::BertModel shared_encoder(const RunSetup& setup, const std::vector<TaskTrainingData>& slots,
                                const model::TaskModelOptions& options) {
  bool pools = false;
  for (const auto& s : slots) pools = pools || model::find_head(s.head_kind).uses_pooler;
  model::TaskModel carrier = model::make_task_model(
      pools ? model::HeadKind::SequenceClassification : model::HeadKind::TokenClassification, setup.config, 2, options);
  const std::string weights = (setup.init / "model.safetensors").string();
  const model::LoadReport load = model::load_task_encoder(carrier, io::SafetensorsFile::open(weights));
  XLFUSE_LOG_INFO("[train] shared encoder from {}: {} tensors", weights, load.loaded);
  return carrier->bert;
}

}  // namespace

RunTrainingResult run_multi_task(const RunTrainingOptions& options, const std::vector<std::string>& tasks) {
  const auto start = Clock::now();
  RunTrainingResult result;
  if (options.keep_snapshots > 0)
    throw ConfigError("keep_snapshots: snapshots are kept for single-task runs only (one model to average)");
  if (options.fusion.kind != model::FusionKind::LastLayer)
    throw ConfigError(fmt::format("fusion: multi-task training shares one encoder output; expected last_layer, "
                                  "got '{}'",
                                  options.fusion.kind));
  std::set<std::string> seen;
  for (const auto& t : tasks)
    if (!seen.insert(t).second) throw ConfigError(fmt::format("task: '{}' is listed twice in '{}'", t, options.task));

  // The first task's defaults drive the shared schedule; each slot keeps its own sequence length.
  std::vector<TaskSettings> settings;
  for (const auto& t : tasks) settings.push_back(resolve_task_settings(options, t));
  result.head_kind = settings.front().defaults.head_kind;
  RunSetup setup = start_training_run({"train", options.init_dir, options.out_dir, options.resume || options.resume_if_present,
                                       options.lower_case,
                                       options.threads});
  for (auto& r : settings) fit_to_model(&r, options, setup.config, (setup.init / "config.json").string(),
                                         static_cast<int>(setup.tokenizer->specials().count(true)));
  const TaskSettings& first = settings.front();

  std::vector<TaskTrainingData> slots_data;
  for (const auto& r : settings) slots_data.push_back(load_training_data(options.data_dir, r, *setup.tokenizer));
  if (!options.mlm_text.empty())
    slots_data.push_back(mlm_training_data(options.mlm_text, *setup.tokenizer, first.max_seq_length));
  for (const auto& s : slots_data) result.features += static_cast<int64_t>(s.data.features.size());

  model::TaskModelOptions model_options;
  model_options.seed = first.seed;
  std::vector<model::HeadKind> kinds;
  std::vector<int64_t> num_labels;
  for (const auto& s : slots_data) {
    kinds.push_back(s.head_kind);
    num_labels.push_back(s.num_labels);
  }
  const std::vector<model::TaskModel> models =
      make_shared_encoder_models(shared_encoder(setup, slots_data, model_options), kinds, num_labels, model_options);
  std::vector<MultiTaskSlot> slots;
  for (size_t i = 0; i < slots_data.size(); ++i) slots.push_back({slots_data[i].task, models[i], slots_data[i].data});

  RunTrainingOptions shared = options;
  shared.no_eval = true;  // no single dev metric for several tasks: the final weights are kept
  TrainOptions train_options = make_train_options(shared, first, setup.out, setup.pad_id, false);
  train_options.mlm.mask_id = setup.tokenizer->specials().mask;
  train_options.mlm.vocab_size = setup.config.vocab_size;
  train_options.mlm.special_ids = setup.tokenizer->specials().ids();
  setup.create_output();

  nlohmann::json args = {{"shared", to_json(first, shared)}, {"tasks", nlohmann::json::array()}};
  for (const auto& r : settings) args["tasks"].push_back(to_json(r, shared));
  setup.write_record(args, first.seed);

  const auto train_start = Clock::now();
  result.summary = train_multi_task(slots, train_options);
  setup.record.timings["train_s"] = seconds_since(train_start);

  std::string joined;
  nlohmann::json slot_list = nlohmann::json::array();
  for (const auto& s : slots) {
    joined += (joined.empty() ? "" : "+") + s.task;
    slot_list.push_back({{"task", s.task}, {"head_kind", to_string(s.model->head_kind())}, {"folder", "heads/" + s.task}});
  }
  nlohmann::json chain = setup.parent_chain;
  chain.push_back(joined);
  const nlohmann::json extra = {{"training_args", args},
                                {"tasks", slot_list},
                                {"chain", chain},
                                {"global_step", result.summary.global_step},
                                {"total_steps", result.summary.total_steps},
                                {"final_loss", result.summary.final_loss},
                                {"features", result.features}};
  auto info_of = [&](size_t i, const std::string& task) {
    model::ModelInfo info;
    info.task = task;
    info.head_kind = slots_data[i].head_kind;
    info.labels = slots_data[i].labels;
    info.seed = first.seed;
    info.max_seq_length = i < settings.size() ? settings[i].max_seq_length : first.max_seq_length;
    info.extra = extra;
    return info;
  };
  const bool finished = result.summary.global_step >= result.summary.total_steps;
  if (finished || options.stop_at_step == 0) {
    for (size_t i = 0; i < slots.size(); ++i) {
      model::ModelInfo info = info_of(i, slots[i].task);
      info.extra["multi_task"] = joined;
      setup.write_model(setup.out / "heads" / slots[i].task, slots[i].model, info);
    }
    // OUT itself: the first task's model, described as the multi-task run.
    setup.write_model(setup.out, slots[0].model, info_of(0, joined));
  }

  result.seconds = seconds_since(start);
  setup.record.timings["total_s"] = result.seconds;
  setup.record.results = to_json(result.summary);
  setup.record.results["features"] = result.features;
  if (distributed::is_writer()) write_run_record((setup.out / "run.json").string(), setup.record);
  return result;
}

}  // namespace xlfuse::train
