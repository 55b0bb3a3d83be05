#include "xlfuse/train/multi_task.h"

#include <map>
#include <set>
#include <unordered_set>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/train/training_loop.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::train {

std::vector<model::TaskModel> make_shared_encoder_models(model::BertModel bert, const std::vector<model::HeadKind>& head_kinds,
                                                         const std::vector<int64_t>& num_labels,
                                                         const model::TaskModelOptions& options) {
  if (bert.is_empty()) throw std::invalid_argument("make_shared_encoder_models: the encoder is missing");
  if (head_kinds.empty()) throw ConfigError("head_kinds: expected at least one head, got none");
  if (num_labels.size() != head_kinds.size())
    throw ConfigError(fmt::format("num_labels: expected one per head ({}), got {}", head_kinds.size(),
                                  num_labels.size()));
  options.validate();
  const io::BertConfig& config = bert->config();
  std::vector<model::TaskModel> models;
  for (size_t i = 0; i < head_kinds.size(); ++i) {
    const model::HeadEntry& entry = model::find_head(head_kinds[i]);
    // A shared representation (e.g. layer fusion) is shared by every slot; the default has no weights.
    auto representation =
        options.representation ? options.representation : model::make_default_representation(config);
    model::HeadContext context{config, num_labels[i], options.head, representation->output_size(), bert};
    std::shared_ptr<model::TaskHeadImpl> head = entry.create(context);
    // HF's initialisation of a new head, each under its own seed so adding a slot does not change
    // the others.
    torch::manual_seed(options.seed + i);
    head->init_weights(config.initializer_range);
    models.emplace_back(bert, head, representation);
  }
  return models;
}

TrainSummary train_multi_task(std::vector<MultiTaskSlot>& slots, const TrainOptions& options) {
  options.validate();
  if (slots.empty()) throw ConfigError("slots: expected at least one task, got none");
  std::vector<LoopSlot> loop(slots.size());
  std::vector<NamedTensor> params;
  std::unordered_set<const void*> seen;
  std::set<std::string> tasks;
  const model::BertModelImpl* encoder = nullptr;
  for (size_t s = 0; s < slots.size(); ++s) {
    auto& slot = slots[s];
    if (slot.model.is_empty()) throw ConfigError(fmt::format("slots[{}] ({}): the model is missing", s, slot.task));
    if (slot.task.empty()) throw ConfigError(fmt::format("slots[{}].task: expected a task name, got \"\"", s));
    if (!tasks.insert(slot.task).second)
      throw ConfigError(fmt::format("slots[{}].task: \"{}\" appears twice; task names must be unique", s, slot.task));
    if (encoder == nullptr) encoder = slot.model->bert.get();
    if (slot.model->bert.get() != encoder)
      throw ConfigError(fmt::format("slots[{}] ({}): its encoder is not the one of slots[0] ({}); build the slots with "
                                    "make_shared_encoder_models",
                                    s, slot.task, slots[0].task));
    if (slot.data.features.empty())
      throw ConfigError(fmt::format("slots[{}] ({}): no training features", s, slot.task));
    loop[s].task = slot.task;
    loop[s].model = slot.model;
    try {
      // Each slot's sampler (and MLM masking) under its own seed.
      loop[s].batches = std::make_unique<TaskBatches>(slot.model->head_kind(), slot.data, options,
                                                             options.seed + s, slot.model->config());
    } catch (const ConfigError& e) {
      throw ConfigError(fmt::format("slots[{}] ({}): {}", s, slot.task, e.what()));
    } catch (const std::invalid_argument& e) {
      throw ConfigError(fmt::format("slots[{}] ({}): {}", s, slot.task, e.what()));
    }
  }
  // Every model on the device before the optimiser binds the parameters (the shared encoder moves once).
  const torch::Device device = runtime::resolve_device(options.device);
  for (auto& slot : slots) slot.model->to(device);
  // How many slots use each parameter: shared ones (the encoder, a shared representation) keep
  // their names; a slot's own ones (its head) go under "<task>.".
  std::map<const void*, int> users;
  for (auto& slot : slots)
    for (const auto& p : unique_named_parameters(slot.model)) ++users[p.second.unsafeGetTensorImpl()];
  for (size_t s = 0; s < slots.size(); ++s) {
    for (const auto& p : unique_named_parameters(slots[s].model)) {
      const void* impl = p.second.unsafeGetTensorImpl();
      if (!seen.insert(impl).second) continue;
      const bool shared = users[impl] > 1 || p.first.rfind("bert.", 0) == 0;
      std::string name = shared ? p.first : fmt::format("{}.{}", slots[s].task, p.first);
      if (!shared) loop[s].own_parameters.push_back(name);
      params.emplace_back(std::move(name), p.second);
    }
  }
  std::string plan;
  for (const auto& l : loop)
    plan += fmt::format("{}{} ({}, {} examples)", plan.empty() ? "" : ", ", l.task, l.batches->kind(),
                        l.batches->examples());
  XLFUSE_LOG_INFO("[train] multi-task training of {} slots on one encoder: {}", loop.size(), plan);
  TrainingLoop training(loop, params, options);
  return training.run();
}

}  // namespace xlfuse::train
