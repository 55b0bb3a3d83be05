// TrainingLoop: resume, update, evaluate, save. See training_loop.h.
#include "xlfuse/train/training_loop.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/runtime/device.h"
#include "xlfuse/train/batch_shard.h"
#include "xlfuse/train/gradient_reducer.h"
#include "xlfuse/train/task_draw.h"

namespace xlfuse::train {
namespace {

using nlohmann::json;

// Progress keys of TrainProgress::extra.
constexpr const char* kEvalsWithoutImprovement = "evals_without_improvement";
constexpr const char* kStoppedEarly = "stopped_early";
constexpr const char* kTaskDraws = "task_draws";

bool better(double a, double b, bool greater) { return greater ? a > b : a < b; }

int64_t extra_int(const TrainProgress& p, const std::string& key, int64_t fallback) {
  auto it = p.extra.find(key);
  if (it == p.extra.end()) return fallback;
  try {
    return std::stoll(it->second);
  } catch (const std::exception&) {
    throw CheckpointError(fmt::format("progress.extra.{}: expected an integer, got \"{}\"", key, it->second));
  }
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Optimiser updates per pass over every slot's batches.
int64_t updates_per_epoch(const std::vector<LoopSlot>& slots, int64_t grad_accumulation) {
  int64_t n = 0;
  for (const auto& s : slots) n += (s.batches->batches_per_epoch() + grad_accumulation - 1) / grad_accumulation;
  return n;
}

// The parameters plus every buffer (BatchNorm running statistics of a fusion representation), so
// that a resumed run continues exactly.
std::vector<NamedTensor> checkpoint_state(const std::vector<LoopSlot>& slots, const std::vector<NamedTensor>& params) {
  std::vector<NamedTensor> state = params;
  std::unordered_set<const void*> seen;
  const bool multi = slots.size() > 1;
  for (const auto& s : slots) {
    for (const auto& b : s.model->named_buffers()) {
      if (!b.value().defined() || !seen.insert(b.value().unsafeGetTensorImpl()).second) continue;
      state.emplace_back("buffers." + (multi ? s.task + "." : std::string()) + b.key(), b.value());
    }
  }
  return state;
}

AdamWOptions adamw_options(const TrainOptions& o) {
  AdamWOptions adam;
  adam.learning_rate = o.learning_rate;
  adam.weight_decay = o.weight_decay;
  return adam;
}

// Rank 0 writes metrics.jsonl and shows progress; the other ranks of a data-parallel run neither.
TrainOptions for_this_rank(TrainOptions o) {
  if (!distributed::is_writer()) {
    o.metrics_path.clear();
    o.progress = ProgressMode::Off;
  }
  return o;
}

ScheduleOptions schedule_options(const TrainOptions& o) {
  ScheduleOptions s;
  s.warmup_steps = o.warmup_steps;
  s.warmup_ratio = o.warmup_ratio;
  return s;
}

}  // namespace

std::vector<NamedTensor> unique_named_parameters(model::TaskModel& model) {
  std::vector<NamedTensor> out;
  std::unordered_set<const void*> seen;
  for (const auto& p : model->named_parameters()) {
    if (!seen.insert(p.value().unsafeGetTensorImpl()).second) continue;
    out.emplace_back(p.key(), p.value());
  }
  return out;
}

TrainingLoop::TrainingLoop(std::vector<LoopSlot>& slots, const std::vector<NamedTensor>& params,
                           const TrainOptions& options, EvalFn eval, NewBestFn on_new_best, LoopHooks hooks)
    : slots_(slots),
      options_(for_this_rank(options)),
      eval_(std::move(eval)),
      on_new_best_(std::move(on_new_best)),
      hooks_(std::move(hooks)),
      multi_(slots.size() > 1),
      per_epoch_(updates_per_epoch(slots, options.grad_accumulation)),
      total_(options.max_steps > 0 ? options.max_steps : options.epochs * per_epoch_),
      stop_(options.stop_at_step > 0 ? std::min(options.stop_at_step, total_) : total_),
      state_(checkpoint_state(slots, params)),
      optimizer_(params, adamw_options(options)),
      schedule_(options.learning_rate, total_, schedule_options(options)),
      reporter_(options_.progress, options.log_every),
      call_start_(Clock::now()) {
  for (const auto& s : slots_) slot_examples_.push_back(s.batches->examples());
  device_ = runtime::resolve_device(options.device);
  for (const auto& p : params)
    if (p.second.device() != device_)
      throw ConfigError(fmt::format("device: parameter '{}' is on {}, the run asks for {}; move the model first",
                                    p.first, p.second.device().str(), device_.str()));
  checkpoint_.keep_last = options.keep_last;
  summary_.total_steps = total_;
  summary_.final_loss = std::numeric_limits<double>::quiet_NaN();
  world_ = distributed::World::current();
  if (world_ != nullptr) {
    if (options.batch_size % world_->size() != 0)
      throw ConfigError(fmt::format("batch_size: {} processes share each batch, so it must be a multiple of {}; got "
                                    "{} (--batch-size is the global batch, the same whatever the number of processes)",
                                    world_->size(), world_->size(), options.batch_size));
    if (!device_.is_cpu())
      throw ConfigError(fmt::format("device: data-parallel training runs on Gloo, which reduces CPU tensors; got {} "
                                    "(NCCL needs a CUDA build of libtorch)",
                                    device_.str()));
    for (const auto& s : slots_)
      if (s.batches->kind() == model::HeadKind::DualEncoder) shard_batch({}, s.batches->kind(), 0, 1);  // refuses
    reducer_ = std::make_unique<GradientReducer>(optimizer_, *world_);
    XLFUSE_LOG_INFO("[train] data parallel: rank {} of {}, {} rows per rank per batch, {} gradient buckets, at most "
                    "{:.1f} MB all-reduced per update",
                    world_->rank(), world_->size(), options.batch_size / world_->size(), reducer_->buckets(),
                    static_cast<double>(reducer_->bytes_per_update()) / 1e6);
  }
}

TrainingLoop::~TrainingLoop() = default;

void TrainingLoop::resume() {
  bool resumed = false;
  if (options_.resume || options_.resume_if_present) {
    const std::string dir = latest_checkpoint(options_.checkpoint_dir);
    if (!dir.empty()) {
      progress_ = load_train_state(dir, state_, optimizer_, schedule_, /*restore_rng=*/true);
      summary_.resumed_from = dir;
      resumed = true;
    } else if (options_.resume) {
      throw CheckpointError(fmt::format("resume: there is no checkpoint in {} to continue from; run without --resume "
                                        "to start afresh (or pass --resume-if-present)",
                                        options_.checkpoint_dir));
    } else {
      XLFUSE_LOG_INFO("[train] no checkpoint in {}; starting a fresh run", options_.checkpoint_dir);
    }
  }
  if (!resumed) torch::manual_seed(options_.seed);  // CPU and every CUDA generator
  // Data parallel: rank 0 keeps the single-process dropout stream; the others draw their own.
  if (world_ != nullptr && world_->rank() > 0)
    torch::manual_seed(mix64(mix64(options_.seed + kGoldenGamma * static_cast<uint64_t>(world_->rank())) +
                             static_cast<uint64_t>(progress_.global_step)));
  // The checkpoint holds the CPU generator's state only: a GPU's dropout generator is reseeded from
  // the seed and the step, so a resumed CUDA run is reproducible, though not bitwise equal to an
  // uninterrupted one (a CPU run is).
  if (resumed && device_.is_cuda())
    torch::cuda::manual_seed_all(options_.seed + static_cast<uint64_t>(progress_.global_step));
  // metrics.jsonl: one record per step; what a crashed run wrote after its checkpoint is dropped.
  metrics_.open(options_.metrics_path, progress_.global_step);
  if (multi_) {
    for (size_t s = 0; s < slots_.size(); ++s) {
      slots_[s].epoch = extra_int(progress_, fmt::format("slot{}.epoch", s), 0);
      slots_[s].batch_in_epoch = extra_int(progress_, fmt::format("slot{}.batch_in_epoch", s), 0);
    }
  } else {
    slots_[0].epoch = progress_.epoch;
    slots_[0].batch_in_epoch = progress_.batch_in_epoch;
  }
  if (world_ != nullptr) sync_ranks();
  task_draws_ = extra_int(progress_, kTaskDraws, progress_.global_step);
  stale_evals_ = extra_int(progress_, kEvalsWithoutImprovement, 0);
  stopped_early_ = extra_int(progress_, kStoppedEarly, 0) != 0;
  if (stopped_early_)
    XLFUSE_LOG_INFO("[train] the run stopped early at step {} ({} evaluations without improvement); nothing to do",
                    progress_.global_step, stale_evals_);
}

void TrainingLoop::sync_progress() {
  if (multi_) {
    for (size_t s = 0; s < slots_.size(); ++s) {
      progress_.extra[fmt::format("slot{}.epoch", s)] = std::to_string(slots_[s].epoch);
      progress_.extra[fmt::format("slot{}.batch_in_epoch", s)] = std::to_string(slots_[s].batch_in_epoch);
    }
    progress_.extra[kTaskDraws] = std::to_string(task_draws_);
    // Informational: passes over the union of the slots' batches.
    progress_.epoch = per_epoch_ > 0 ? progress_.global_step / per_epoch_ : 0;
    progress_.batch_in_epoch = 0;
  } else {
    progress_.epoch = slots_[0].epoch;
    progress_.batch_in_epoch = slots_[0].batch_in_epoch;
  }
  progress_.extra[kEvalsWithoutImprovement] = std::to_string(stale_evals_);
  progress_.extra[kStoppedEarly] = stopped_early_ ? "1" : "0";
}

void TrainingLoop::sync_ranks() {
  // The same step everywhere, or a rank read another checkpoint (a folder not shared by all).
  auto steps = torch::tensor({progress_.global_step, -progress_.global_step}, torch::kInt64);
  world_->all_reduce_max(steps, "resume check");
  const int64_t newest = steps[0].item<int64_t>(), oldest = -steps[1].item<int64_t>();
  if (newest != oldest)
    throw DistributedError(fmt::format("rank {}: the ranks resumed different steps ({} to {}; this rank {}): every "
                                       "rank must see the same checkpoint folder {} (a filesystem shared by all)",
                                       world_->rank(), oldest, newest, progress_.global_step,
                                       options_.checkpoint_dir));
  for (const auto& g : optimizer_.groups()) {
    world_->broadcast(g.params, 0, "weights from rank 0");
    world_->broadcast(g.exp_avg, 0, "optimiser state from rank 0");
    world_->broadcast(g.exp_avg_sq, 0, "optimiser state from rank 0");
  }
  for (auto& t : state_)
    if (t.first.rfind("buffers.", 0) == 0) world_->broadcast(t.second, 0, "buffers from rank 0");
}

double TrainingLoop::micro_batch(LoopSlot& slot, const PreparedBatch& batch, double scale, bool last) {
  model::TaskInputs inputs = batch.inputs;
  double share = 1.0;
  if (world_ != nullptr) {
    BatchShard shard = shard_batch(batch.inputs, slot.batches->kind(), world_->rank(), world_->size());
    share = shard.share();
    if (shard.rows == 0 || shard.weight == 0) return 0.0;  // no loss here; finish() still reduces
    inputs = std::move(shard.inputs);
  }
  torch::Tensor loss;
  {
    model::AutocastGuard autocast(options_.precision);  // forward + loss; backward follows the recorded dtypes
    loss = slot.model->forward(model::to_device(inputs, device_)).loss;
  }
  if (!loss.defined()) throw ConfigError(fmt::format("head: \"{}\" returned no loss", slot.batches->kind()));
  if (last && reducer_) reducer_->prepare_for_backward(loss);
  (loss * (scale * share)).backward();
  return loss.item<double>() * scale * share;
}

void TrainingLoop::freeze_other_heads(size_t drawn) {
  if (!multi_) return;
  std::vector<std::string> frozen;
  for (size_t s = 0; s < slots_.size(); ++s)
    if (s != drawn) frozen.insert(frozen.end(), slots_[s].own_parameters.begin(), slots_[s].own_parameters.end());
  optimizer_.set_frozen(frozen);
}

double TrainingLoop::step() {
  const auto update_start = Clock::now();
  const size_t si = multi_ ? draw_task(slot_examples_, options_.seed, task_draws_++) : 0;
  LoopSlot& slot = slots_[si];
  const int64_t nb = slot.batches->batches_per_epoch();
  if (slot.batch_in_epoch >= nb) {
    ++slot.epoch;
    slot.batch_in_epoch = 0;
  }
  const int64_t begin = slot.batch_in_epoch;
  const int64_t end = std::min(begin + options_.grad_accumulation, nb);
  const double scale = 1.0 / static_cast<double>(end - begin);
  double loss_sum = 0.0;
  std::vector<PreparedBatch> batches;
  for (int64_t b = begin; b < end; ++b) batches.push_back(slot.batches->prepare(slot.epoch, b));
  if (reducer_) {
    // The word-embedding rows these batches use (all rows under a tied masked-LM decoder).
    std::vector<torch::Tensor> ids;
    for (const auto& batch : batches)
      if (batch.has_targets && slot.batches->kind() != model::HeadKind::MaskedLm) ids.push_back(batch.inputs.input_ids.reshape({-1}));
    reducer_->set_rows(ids.empty() ? torch::Tensor() : torch::cat(ids));
  }
  for (int64_t b = begin; b < end; ++b) {
    const PreparedBatch& batch = batches[static_cast<size_t>(b - begin)];
    if (!batch.has_targets) {
      XLFUSE_LOG_DEBUG("[train] step {}: batch {} of epoch {} has no masked position; skipped",
                       progress_.global_step + 1, b, slot.epoch);
      continue;
    }
    loss_sum += micro_batch(slot, batch, scale, b + 1 == end);
    call_examples_ += batch.examples;
    window_examples_ += batch.examples;
    call_tokens_ += batch.real_tokens;
    window_tokens_ += batch.real_tokens;
  }
  slot.batch_in_epoch = end;
  if (reducer_) {
    const auto reduce_start = Clock::now();
    reducer_->finish();
    reduced_bytes_ += reducer_->last_update_bytes();
    auto total = torch::tensor({loss_sum}, torch::kFloat64);
    world_->all_reduce_sum(total, "loss all-reduce");
    loss_sum = total.item<double>();
    reduce_wait_seconds_ += seconds_since(reduce_start);
  }
  if (hooks_.after_backward) hooks_.after_backward(optimizer_);
  const double norm =
      options_.max_grad_norm > 0 ? optimizer_.clip_grad_norm(options_.max_grad_norm) : optimizer_.grad_norm();
  const double lr = schedule_.current_lr();
  optimizer_.set_learning_rate(lr);
  // Heads of the slots not drawn keep their weights and moments (no gradient this update).
  freeze_other_heads(si);
  optimizer_.step();
  schedule_.advance();
  optimizer_.zero_grad();
  ++progress_.global_step;
  ++steps_this_call_;
  summary_.final_loss = loss_sum;
  if (!std::isfinite(loss_sum)) {
    reporter_.clear();
    XLFUSE_LOG_WARN("[train] step {}: non-finite loss {}", progress_.global_step, loss_sum);
  }
  report_update(slot, loss_sum, lr, norm, seconds_since(update_start));
  return loss_sum;
}

void TrainingLoop::report_update(const LoopSlot& slot, double loss, double lr, double grad_norm, double seconds) {
  train_seconds_ += seconds;
  window_seconds_ += seconds;
  window_loss_ += loss;
  ++window_updates_;
  auto& task_loss = window_task_loss_[slot.task];
  task_loss.first += loss;
  ++task_loss.second;

  ProgressStats stats;
  stats.step = progress_.global_step;
  stats.total = total_;
  stats.epoch = multi_ ? progress_.global_step / std::max<int64_t>(1, per_epoch_) : slot.epoch;
  stats.loss = loss;
  stats.lr = lr;
  stats.examples_per_second = train_seconds_ > 0 ? static_cast<double>(call_examples_) / train_seconds_ : 0.0;
  stats.tokens_per_second = train_seconds_ > 0 ? static_cast<double>(call_tokens_) / train_seconds_ : 0.0;
  stats.elapsed_seconds = seconds_since(call_start_);
  stats.steps_this_call = steps_this_call_;
  reporter_.update(stats);

  const bool last = progress_.global_step == total_;
  if (options_.log_every <= 0 || (progress_.global_step % options_.log_every != 0 && !last)) return;
  json line{{"step", progress_.global_step},
            {"epoch", stats.epoch},
            {"loss", window_loss_ / static_cast<double>(window_updates_)},
            {"lr", lr},
            {"grad_norm", grad_norm},
            {"examples_per_s", window_seconds_ > 0 ? static_cast<double>(window_examples_) / window_seconds_ : 0.0},
            {"tokens_per_s", window_seconds_ > 0 ? static_cast<double>(window_tokens_) / window_seconds_ : 0.0},
            {"elapsed_s", stats.elapsed_seconds}};
  if (multi_) {
    line["task"] = slot.task;
    json per_task = json::object();
    for (const auto& [task, v] : window_task_loss_) per_task[task] = v.first / static_cast<double>(v.second);
    line["task_losses"] = per_task;
  }
  metrics_.write(line);
  window_loss_ = 0;
  window_updates_ = 0;
  window_seconds_ = 0;
  window_examples_ = 0;
  window_tokens_ = 0;
  window_task_loss_.clear();
}

void TrainingLoop::evaluate() {
  if (!eval_) return;
  auto& m = slots_[0].model;
  m->train(false);
  const double metric = eval_(m);
  const bool improved = !progress_.has_best || better(metric, progress_.best_metric, options_.greater_is_better);
  if (improved) {
    progress_.has_best = true;
    progress_.best_metric = metric;
    progress_.best_step = progress_.global_step;
    stale_evals_ = 0;
  } else {
    ++stale_evals_;
  }
  reporter_.clear();
  XLFUSE_LOG_INFO("[train] step {} eval metric {:.4f} (best {:.4f} at step {}{})", progress_.global_step, metric,
                  progress_.best_metric, progress_.best_step,
                  improved ? ", new best" : fmt::format(", {} without improvement", stale_evals_));
  metrics_.write(json{{"step", progress_.global_step},
                      {"eval_metric", metric},
                      {"best_metric", progress_.best_metric},
                      {"best_step", progress_.best_step}});
  if (improved && on_new_best_) on_new_best_(m, progress_.global_step, metric);
  m->train(true);
  if (options_.early_stopping_patience > 0 && stale_evals_ >= options_.early_stopping_patience &&
      progress_.global_step < total_) {
    stopped_early_ = true;
    XLFUSE_LOG_INFO("[train] early stopping at step {}: {} evaluations without a better metric", progress_.global_step,
                    stale_evals_);
  }
}

void TrainingLoop::save() {
  if (options_.checkpoint_dir.empty() || !distributed::is_writer()) return;
  sync_progress();
  reporter_.clear();
  summary_.last_checkpoint =
      save_train_state(options_.checkpoint_dir, state_, optimizer_, schedule_, progress_, checkpoint_);
  if (hooks_.after_save) hooks_.after_save(summary_.last_checkpoint, progress_.global_step);
}

TrainSummary TrainingLoop::run() {
  resume();
  std::vector<bool> was_training;
  for (auto& s : slots_) was_training.push_back(s.model->is_training());
  for (auto& s : slots_) s.model->train(true);
  optimizer_.zero_grad();

  while (!finished()) {
    step();
    const bool last = progress_.global_step == total_;
    const bool periodic = options_.eval_every > 0 && progress_.global_step % options_.eval_every == 0;
    if (periodic || last) evaluate();
    if (periodic || last || progress_.global_step == stop_ || stopped_early_) save();
  }
  reporter_.finish();
  if (reducer_ && steps_this_call_ > 0)
    XLFUSE_LOG_INFO("[train] data parallel: {:.2f} MB of gradients all-reduced per update on average ({} updates); "
                    "{:.3f} s per update waiting for the reductions after backward",
                    static_cast<double>(reduced_bytes_) / 1e6 / static_cast<double>(steps_this_call_), steps_this_call_,
                    reduce_wait_seconds_ / static_cast<double>(steps_this_call_));

  for (size_t s = 0; s < slots_.size(); ++s) slots_[s].model->train(was_training[s]);
  summary_.global_step = progress_.global_step;
  summary_.has_best = progress_.has_best;
  summary_.best_metric = progress_.best_metric;
  summary_.best_step = progress_.best_step;
  summary_.stopped_early = stopped_early_;
  summary_.tokens_per_second = train_seconds_ > 0 ? static_cast<double>(call_tokens_) / train_seconds_ : 0.0;
  summary_.examples_per_second = train_seconds_ > 0 ? static_cast<double>(call_examples_) / train_seconds_ : 0.0;
  return summary_;
}

}  // namespace xlfuse::train
