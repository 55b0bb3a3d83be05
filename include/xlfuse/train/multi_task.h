#pragma once
// Multi-task intermediate training (Phang et al. 2020): several English tasks, one shared encoder,
// one head per task; every optimiser update takes one batch of one task, the task drawn with
// probability proportional to its number of training examples (seeded, so resumable and
// deterministic). A masked_lm slot on plain text gives "continued MLM" during intermediate training.
#include <cstdint>
#include <string>
#include <vector>

#include "xlfuse/train/task_draw.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

struct MultiTaskSlot {
  // Registry task name (or "mlm" for a masked-LM slot); used in logs and metrics.jsonl.
  std::string task;
  // The slot's task model; every slot's model->bert must be the same module object.
  model::TaskModel model{nullptr};
  TrainData data;
};

// Task models of the given head kinds sharing one encoder `bert` (each head initialised under
// seed + slot index, HF's scheme). num_labels per slot as in make_task_model.
std::vector<model::TaskModel> make_shared_encoder_models(model::BertModel bert, const std::vector<model::HeadKind>& head_kinds,
                                                         const std::vector<int64_t>& num_labels,
                                                         const model::TaskModelOptions& options = {});


// Trains the slots together (see the file comment); options.epochs counts passes over the union
// of the slots' batches. Checkpoints hold every parameter of every slot and the task sampler's
// position. Throws ConfigError when the slots do not share one encoder or a slot has no data.
TrainSummary train_multi_task(std::vector<MultiTaskSlot>& slots, const TrainOptions& options);

}  // namespace xlfuse::train
