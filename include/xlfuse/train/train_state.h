#pragma once
// Resumable training state: everything needed to continue a run bit for bit (model parameters,
// AdamW moments and step, schedule position, torch's CPU generator, sampler epoch and position,
// global step, best metric), saved into <root>/checkpoint-<global_step>/:
//   model.safetensors      the parameters (F32, names as given)
//   optimizer.safetensors  "<group>.exp_avg", "<group>.exp_avg_sq" (flat, F32)
//   state.json             scalars, parameter-group names, schedule, RNG state (hex)
//   MANIFEST.json          written last: size and 64-bit content hash of every other file
// The files are written into a temporary sibling directory that is renamed into place only when
// complete, so a crash leaves the previous checkpoints untouched; loading refuses a directory
// without a valid manifest (interrupted copy, truncated or altered file) with a CheckpointError.
// A root directory belongs to one run: stale temporary directories in it are removed on save.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/schedule.h"

namespace xlfuse::train {

// Where training stands (scalars only).
struct TrainProgress {
  // Optimiser updates done.
  int64_t global_step = 0;
  // Sampler epoch in progress (batches are a function of seed and epoch).
  int64_t epoch = 0;
  // Batches of `epoch` already consumed; a resumed run skips them.
  int64_t batch_in_epoch = 0;
  // Whether best_metric holds a value.
  bool has_best = false;
  // Best development metric so far (model selection), and the step it was reached at.
  double best_metric = 0.0;
  int64_t best_step = -1;
  // Free-form strings the trainer wants back (stage name, run id ...).
  std::map<std::string, std::string> extra;
};

struct CheckpointOptions {
  // Complete checkpoints kept under the root (the oldest are deleted after a successful save);
  // 0 keeps all.
  int64_t keep_last = 2;
  // Save torch's default CPU generator state (dropout masks) so that a resumed run draws the same
  // random numbers.
  bool save_rng = true;
  // Called after each file is written into the temporary directory, with the file name (tests use
  // it to simulate a crash between files). An exception aborts the save.
  std::function<void(const std::string& file)> after_file_hook;
  void validate() const;  // throws ConfigError naming the field
};

// Name of the directory of the checkpoint at `global_step`: "checkpoint-<global_step>".
std::string checkpoint_dir_name(int64_t global_step);

// Saves a checkpoint as <root>/checkpoint-<progress.global_step> (replacing one of the same step)
// and returns its path. Throws IoError (with the cause) when anything fails; the root then holds
// what it held before.
std::string save_train_state(const std::string& root, const std::vector<NamedTensor>& model_params,
                             const AdamW& optimizer, const LrSchedule& schedule, const TrainProgress& progress,
                             const CheckpointOptions& options = {});

// Checks the manifest of a checkpoint directory (present, well formed, every file with its size and
// hash). Throws CheckpointError saying what is wrong.
void verify_checkpoint(const std::string& dir);

// Restores a checkpoint into existing objects built like the saved ones (same parameter names and
// shapes, same optimiser groups, same schedule settings) and returns the progress. Everything is
// validated before anything is changed. `restore_rng`: also restore torch's CPU generator.
TrainProgress load_train_state(const std::string& dir, const std::vector<NamedTensor>& model_params,
                               AdamW& optimizer, LrSchedule& schedule, bool restore_rng = true);

// Complete checkpoints (valid manifest) under `root`, oldest step first; incomplete ones are
// skipped with a warning. Empty if the root does not exist.
std::vector<std::string> list_checkpoints(const std::string& root);
// The newest complete checkpoint under `root`, or "" if there is none.
std::string latest_checkpoint(const std::string& root);

}  // namespace xlfuse::train
