#include "xlfuse/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "training_loop.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/train/multi_task.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/progress.h"
#include "xlfuse/train/schedule.h"
#include "xlfuse/train/train_state.h"

namespace xlfuse::train {

void TrainOptions::validate() const {
  if (epochs < 0) throw ConfigError(fmt::format("epochs: expected >= 0, got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (max_steps == 0 && epochs == 0)
    throw ConfigError("epochs: expected > 0 when max_steps is 0, got 0");
  if (stop_at_step < 0) throw ConfigError(fmt::format("stop_at_step: expected >= 0, got {}", stop_at_step));
  if (batch_size <= 0) throw ConfigError(fmt::format("batch_size: expected > 0, got {}", batch_size));
  if (grad_accumulation <= 0)
    throw ConfigError(fmt::format("grad_accumulation: expected > 0, got {}", grad_accumulation));
  if (!(learning_rate > 0) || !std::isfinite(learning_rate))
    throw ConfigError(fmt::format("learning_rate: expected a finite value > 0, got {}", learning_rate));
  if (!(weight_decay >= 0) || !std::isfinite(weight_decay))
    throw ConfigError(fmt::format("weight_decay: expected a finite value >= 0, got {}", weight_decay));
  if (warmup_steps < 0) throw ConfigError(fmt::format("warmup_steps: expected >= 0, got {}", warmup_steps));
  if (!(warmup_ratio >= 0 && warmup_ratio <= 1))
    throw ConfigError(fmt::format("warmup_ratio: expected a value in [0, 1], got {}", warmup_ratio));
  if (!(max_grad_norm >= 0) || !std::isfinite(max_grad_norm))
    throw ConfigError(fmt::format("max_grad_norm: expected a finite value >= 0, got {}", max_grad_norm));
  if (bucket_window_batches <= 0)
    throw ConfigError(fmt::format("bucket_window_batches: expected > 0, got {}", bucket_window_batches));
  if (eval_every < 0) throw ConfigError(fmt::format("eval_every: expected >= 0, got {}", eval_every));
  if (log_every < 0) throw ConfigError(fmt::format("log_every: expected >= 0, got {}", log_every));
  if (keep_last < 0) throw ConfigError(fmt::format("keep_last: expected >= 0, got {}", keep_last));
  if (resume && checkpoint_dir.empty()) throw ConfigError("checkpoint_dir: resume needs a checkpoint directory");
  if (early_stopping_patience < 0)
    throw ConfigError(fmt::format("early_stopping_patience: expected >= 0, got {}", early_stopping_patience));
  if (precision != model::Precision::Float32 && precision != model::Precision::BFloat16)
    throw ConfigError(fmt::format("precision: expected fp32 or bf16, got {}", static_cast<int>(precision)));
  // mlm is checked by the trainer when the head is masked_lm (vocab_size may come from the model).
}

namespace detail {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// Progress keys of TrainProgress::extra.
constexpr const char* kEvalsWithoutImprovement = "evals_without_improvement";
constexpr const char* kStoppedEarly = "stopped_early";
constexpr const char* kTaskDraws = "task_draws";

bool better(double a, double b, bool greater) { return greater ? a > b : a < b; }

// The masking key of row `row` of batch `index` of `epoch`: distinct for every triple.
uint64_t masking_key(int64_t epoch, int64_t index, int64_t row) {
  return mix64(mix64(mix64(static_cast<uint64_t>(epoch) + kGoldenGamma) + static_cast<uint64_t>(index)) +
               static_cast<uint64_t>(row));
}

int64_t extra_int(const TrainProgress& p, const std::string& key, int64_t fallback) {
  auto it = p.extra.find(key);
  if (it == p.extra.end()) return fallback;
  try {
    return std::stoll(it->second);
  } catch (const std::exception&) {
    throw CheckpointError(fmt::format("progress.extra.{}: expected an integer, got \"{}\"", key, it->second));
  }
}

// Appends JSON lines to metrics.jsonl, one flushed line at a time.
class MetricsWriter {
 public:
  explicit MetricsWriter(const std::string& path) : path_(path) {
    if (path_.empty()) return;
    const auto parent = std::filesystem::path(path_).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    out_.open(path_, std::ios::app);
    if (!out_) throw IoError(fmt::format("metrics_path: cannot open {} for appending", path_));
  }
  void write(const json& line) {
    if (path_.empty()) return;
    out_ << line.dump() << '\n';
    out_.flush();
    if (!out_) throw IoError(fmt::format("writing {} failed", path_));
  }

 private:
  std::string path_;
  std::ofstream out_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
TaskBatches::TaskBatches(model::HeadKind kind, const TrainData& data, const TrainOptions& options,
                         uint64_t sampler_seed, const io::BertConfig& config)
    : kind_(kind), entry_(model::find_head(kind)), data_(data), pad_id_(options.pad_id), seed_(sampler_seed) {
  using model::HeadKind;
  const auto& features = data.features;
  if (features.empty()) throw std::invalid_argument("train_task_model: no training features");
  if (kind != HeadKind::MultipleChoice && data.choices != 0)
    throw ConfigError(fmt::format("TrainData::choices: only multiple_choice uses it; expected 0 for {}, got {}", kind,
                                  data.choices));
  if (kind != HeadKind::DualEncoder && !data.candidates.empty())
    throw ConfigError(fmt::format("TrainData::candidates: only dual_encoder uses them; got {} for {}",
                                  data.candidates.size(), kind));

  lengths_.reserve(features.size());
  for (const auto& f : features) lengths_.push_back(static_cast<int64_t>(f.length()));
  examples_ = static_cast<int64_t>(features.size());

  if (kind == HeadKind::TokenClassification) {
    bool any = false;
    for (const auto& f : features) any |= !f.token_labels.empty();
    if (!any) throw std::invalid_argument("token_classification: no feature has token labels");
  } else if (kind == HeadKind::MultipleChoice) {
    if (data.choices <= 1)
      throw ConfigError(fmt::format("TrainData::choices: multiple_choice needs the number of choices per example "
                                    "(> 1), got {}",
                                    data.choices));
    group_ = data.choices;
    if (features.size() % static_cast<size_t>(group_) != 0)
      throw std::invalid_argument(fmt::format("multiple_choice: {} features are not a whole number of examples of {} "
                                              "choices",
                                              features.size(), group_));
    for (size_t g = 0; g < features.size(); g += static_cast<size_t>(group_)) {
      const auto& first = features[g];
      if (first.label < 0 || first.label >= group_)
        throw std::invalid_argument(fmt::format("multiple_choice: feature {} (example {}): label {} is not a choice "
                                                "index in [0, {})",
                                                g, first.example_index, first.label, group_));
      for (int64_t k = 1; k < group_; ++k) {
        const auto& f = features[g + static_cast<size_t>(k)];
        if (f.example_index != first.example_index || f.label != first.label)
          throw std::invalid_argument(fmt::format(
              "multiple_choice: feature {} (example {}, label {}) does not belong with feature {} (example {}, label "
              "{}): each example needs {} consecutive features",
              g + static_cast<size_t>(k), f.example_index, f.label, g, first.example_index, first.label, group_));
      }
    }
    examples_ = static_cast<int64_t>(features.size()) / group_;
  } else if (kind == HeadKind::DualEncoder) {
    if (data.candidates.size() != features.size())
      throw std::invalid_argument(fmt::format("dual_encoder: expected one candidate per query ({}), got {}",
                                              features.size(), data.candidates.size()));
    for (size_t i = 0; i < features.size(); ++i)
      lengths_[i] = std::max<int64_t>(lengths_[i], static_cast<int64_t>(data.candidates[i].length()));
  } else if (kind == HeadKind::MaskedLm) {
    mlm_ = options.mlm;
    if (mlm_.vocab_size == 0) mlm_.vocab_size = config.vocab_size;  // the model's vocabulary by default
    if (mlm_.vocab_size > config.vocab_size)
      throw ConfigError(fmt::format("mlm.vocab_size: expected <= the model's vocab_size {}, got {}", config.vocab_size,
                                    mlm_.vocab_size));
    mlm_.validate();
  }

  sampler_.batch_size = options.batch_size;
  sampler_.shuffle = true;
  sampler_.bucket_by_length = true;
  sampler_.bucket_window_batches = options.bucket_window_batches;
  sampler_.seed = sampler_seed;
  sampler_.validate();
  batches_per_epoch_ = static_cast<int64_t>(batches(0).size());
}

const std::vector<std::vector<int64_t>>& TaskBatches::batches(int64_t epoch) {
  if (cached_epoch_ != epoch) {
    cached_ = group_ > 1 ? data::make_group_batches(lengths_, group_, sampler_, static_cast<uint64_t>(epoch))
                         : data::make_batches(lengths_, sampler_, static_cast<uint64_t>(epoch));
    cached_epoch_ = epoch;
  }
  return cached_;
}

PreparedBatch TaskBatches::prepare(int64_t epoch, int64_t index) {
  const auto& all = batches(epoch);
  if (index < 0 || index >= static_cast<int64_t>(all.size()))
    throw std::out_of_range(fmt::format("batch {} of epoch {}: the epoch has {} batches", index, epoch, all.size()));
  const auto& rows = all[static_cast<size_t>(index)];
  data::Batch batch = data::collate(data_.features, rows, pad_id_);
  PreparedBatch out;
  out.examples = batch.rows / group_;
  out.real_tokens = batch.real_tokens;

  if (kind_ == model::HeadKind::MaskedLm) {
    // Each row's real tokens are masked (pads never are), keyed by where the batch is in the run;
    // the targets go where the head's collation takes them (token_labels).
    batch.token_labels.assign(static_cast<size_t>(batch.rows * batch.width), data::kIgnoreIndex);
    int64_t chosen = 0;
    for (int64_t r = 0; r < batch.rows; ++r) {
      const auto& f = data_.features[static_cast<size_t>(rows[static_cast<size_t>(r)])];
      std::vector<int32_t> ids = f.input_ids;
      const auto row_labels = data::mask_tokens(ids, mlm_, seed_, masking_key(epoch, index, r));
      const size_t base = static_cast<size_t>(r * batch.width);
      for (size_t t = 0; t < ids.size(); ++t) {
        batch.input_ids[base + t] = ids[t];
        batch.token_labels[base + t] = row_labels[t];
        chosen += row_labels[t] != data::kIgnoreIndex;
      }
    }
    out.has_targets = chosen > 0;
  }

  std::optional<data::Batch> candidates;
  if (kind_ == model::HeadKind::DualEncoder) {
    // The positive candidates at the same indices.
    candidates = data::collate(data_.candidates, rows, pad_id_);
    out.real_tokens += candidates->real_tokens;
  }
  out.inputs = entry_.collate({batch, group_, candidates ? &*candidates : nullptr, /*with_targets=*/true});
  return out;
}

std::vector<NamedTensor> unique_named_parameters(model::TaskModel& model) {
  std::vector<NamedTensor> out;
  std::unordered_set<const void*> seen;
  for (const auto& p : model->named_parameters()) {
    if (!seen.insert(p.value().unsafeGetTensorImpl()).second) continue;
    out.emplace_back(p.key(), p.value());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
TrainSummary run_training_loop(std::vector<LoopSlot>& slots, const std::vector<NamedTensor>& params,
                               const TrainOptions& options, const EvalFn& eval, const NewBestFn& on_new_best) {
  const auto call_start = Clock::now();
  auto seconds_since = [](Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
  };
  const bool multi = slots.size() > 1;
  const int64_t ga = options.grad_accumulation;

  int64_t per_epoch = 0;
  std::vector<int64_t> slot_examples;  // task draw weights
  for (const auto& s : slots) {
    per_epoch += (s.batches->batches_per_epoch() + ga - 1) / ga;
    slot_examples.push_back(s.batches->examples());
  }
  const int64_t total = options.max_steps > 0 ? options.max_steps : options.epochs * per_epoch;

  // What a checkpoint holds: the parameters plus every buffer (BatchNorm running statistics of a
  // fusion representation), so that a resumed run continues exactly.
  std::vector<NamedTensor> state = params;
  {
    std::unordered_set<const void*> seen;
    for (const auto& s : slots) {
      for (const auto& b : s.model->named_buffers()) {
        if (!b.value().defined() || !seen.insert(b.value().unsafeGetTensorImpl()).second) continue;
        state.emplace_back("buffers." + (multi ? s.task + "." : std::string()) + b.key(), b.value());
      }
    }
  }

  AdamWOptions adam;
  adam.learning_rate = options.learning_rate;
  adam.weight_decay = options.weight_decay;
  AdamW optimizer(params, adam);
  ScheduleOptions sched_opts;
  sched_opts.warmup_steps = options.warmup_steps;
  sched_opts.warmup_ratio = options.warmup_ratio;
  LrSchedule schedule(options.learning_rate, total, sched_opts);
  CheckpointOptions ckpt;
  ckpt.keep_last = options.keep_last;

  // Where each slot's own parameters live in the flat buffers (multi-task freezing).
  struct Span {
    size_t group;
    int64_t offset, numel;
  };
  std::vector<std::vector<Span>> own_spans(slots.size());
  if (multi) {
    std::map<std::string, Span> where;
    const auto& groups = optimizer.groups();
    for (size_t g = 0; g < groups.size(); ++g)
      for (size_t i = 0; i < groups[g].names.size(); ++i)
        where[groups[g].names[i]] = Span{g, groups[g].offsets[i], groups[g].numels[i]};
    for (size_t s = 0; s < slots.size(); ++s)
      for (const auto& name : slots[s].own_parameters) {
        auto it = where.find(name);
        if (it != where.end()) own_spans[s].push_back(it->second);
      }
  }

  TrainSummary summary;
  summary.total_steps = total;
  summary.final_loss = std::numeric_limits<double>::quiet_NaN();
  TrainProgress progress;
  bool resumed = false;
  if (options.resume) {
    const std::string dir = latest_checkpoint(options.checkpoint_dir);
    if (!dir.empty()) {
      progress = load_train_state(dir, state, optimizer, schedule, /*restore_rng=*/true);
      summary.resumed_from = dir;
      resumed = true;
    } else {
      XLFUSE_LOG_INFO("[train] no checkpoint in {}; starting a fresh run", options.checkpoint_dir);
    }
  }
  if (!resumed) torch::manual_seed(options.seed);
  if (multi) {
    for (size_t s = 0; s < slots.size(); ++s) {
      slots[s].epoch = extra_int(progress, fmt::format("slot{}.epoch", s), 0);
      slots[s].batch_in_epoch = extra_int(progress, fmt::format("slot{}.batch_in_epoch", s), 0);
    }
  } else {
    slots[0].epoch = progress.epoch;
    slots[0].batch_in_epoch = progress.batch_in_epoch;
  }
  int64_t task_draws = extra_int(progress, kTaskDraws, progress.global_step);
  int64_t stale_evals = extra_int(progress, kEvalsWithoutImprovement, 0);
  bool stopped_early = extra_int(progress, kStoppedEarly, 0) != 0;

  auto sync_progress = [&]() {
    if (multi) {
      for (size_t s = 0; s < slots.size(); ++s) {
        progress.extra[fmt::format("slot{}.epoch", s)] = std::to_string(slots[s].epoch);
        progress.extra[fmt::format("slot{}.batch_in_epoch", s)] = std::to_string(slots[s].batch_in_epoch);
      }
      progress.extra[kTaskDraws] = std::to_string(task_draws);
      // Informational: passes over the union of the slots' batches.
      progress.epoch = per_epoch > 0 ? progress.global_step / per_epoch : 0;
      progress.batch_in_epoch = 0;
    } else {
      progress.epoch = slots[0].epoch;
      progress.batch_in_epoch = slots[0].batch_in_epoch;
    }
    progress.extra[kEvalsWithoutImprovement] = std::to_string(stale_evals);
    progress.extra[kStoppedEarly] = stopped_early ? "1" : "0";
  };

  MetricsWriter metrics(options.metrics_path);
  ProgressReporter reporter(options.progress, options.log_every);
  const int64_t stop = options.stop_at_step > 0 ? std::min(options.stop_at_step, total) : total;
  if (stopped_early)
    XLFUSE_LOG_INFO("[train] the run stopped early at step {} ({} evaluations without improvement); nothing to do",
                    progress.global_step, stale_evals);

  std::vector<bool> was_training;
  for (auto& s : slots) was_training.push_back(s.model->is_training());
  for (auto& s : slots) s.model->train(true);
  optimizer.zero_grad();

  auto run_eval = [&]() {
    if (!eval) return;
    auto& m = slots[0].model;
    m->train(false);
    const double metric = eval(m);
    const bool improved = !progress.has_best || better(metric, progress.best_metric, options.greater_is_better);
    if (improved) {
      progress.has_best = true;
      progress.best_metric = metric;
      progress.best_step = progress.global_step;
      stale_evals = 0;
    } else {
      ++stale_evals;
    }
    reporter.clear();
    XLFUSE_LOG_INFO("[train] step {} eval metric {:.4f} (best {:.4f} at step {}{})", progress.global_step, metric,
                    progress.best_metric, progress.best_step,
                    improved ? ", new best" : fmt::format(", {} without improvement", stale_evals));
    metrics.write(json{{"step", progress.global_step},
                       {"eval_metric", metric},
                       {"best_metric", progress.best_metric},
                       {"best_step", progress.best_step}});
    if (improved && on_new_best) on_new_best(m, progress.global_step, metric);
    m->train(true);
    if (options.early_stopping_patience > 0 && stale_evals >= options.early_stopping_patience &&
        progress.global_step < total) {
      stopped_early = true;
      XLFUSE_LOG_INFO("[train] early stopping at step {}: {} evaluations without a better metric",
                      progress.global_step, stale_evals);
    }
  };
  auto save = [&]() {
    if (options.checkpoint_dir.empty()) return;
    sync_progress();
    reporter.clear();
    summary.last_checkpoint = save_train_state(options.checkpoint_dir, state, optimizer, schedule, progress, ckpt);
  };

  // Throughput: this call's training time only (evaluation and checkpoints excluded).
  double train_seconds = 0, window_seconds = 0;
  int64_t call_examples = 0, call_tokens = 0, window_examples = 0, window_tokens = 0, steps_this_call = 0;
  double window_loss = 0;
  int64_t window_updates = 0;
  std::map<std::string, std::pair<double, int64_t>> window_task_loss;
  std::vector<std::vector<float>> frozen;  // scratch for multi-task freezing

  while (!stopped_early && progress.global_step < stop) {
    const auto update_start = Clock::now();
    size_t si = 0;
    if (multi) si = draw_task(slot_examples, options.seed, task_draws++);
    LoopSlot& slot = slots[si];
    const int64_t nb = slot.batches->batches_per_epoch();
    if (slot.batch_in_epoch >= nb) {
      ++slot.epoch;
      slot.batch_in_epoch = 0;
    }
    const int64_t begin = slot.batch_in_epoch;
    const int64_t end = std::min(begin + ga, nb);
    const double scale = 1.0 / static_cast<double>(end - begin);
    double loss_sum = 0.0;
    for (int64_t b = begin; b < end; ++b) {
      PreparedBatch batch = slot.batches->prepare(slot.epoch, b);
      if (!batch.has_targets) {
        XLFUSE_LOG_DEBUG("[train] step {}: batch {} of epoch {} has no masked position; skipped",
                         progress.global_step + 1, b, slot.epoch);
        continue;
      }
      torch::Tensor loss;
      {
        model::AutocastGuard autocast(options.precision);  // forward + loss; backward follows the recorded dtypes
        auto out = slot.model->forward(batch.inputs);
        loss = out.loss;
      }
      if (!loss.defined()) throw ConfigError(fmt::format("head: \"{}\" returned no loss", slot.batches->kind()));
      (loss * scale).backward();
      loss_sum += loss.item<double>() * scale;
      call_examples += batch.examples;
      window_examples += batch.examples;
      call_tokens += batch.real_tokens;
      window_tokens += batch.real_tokens;
    }
    slot.batch_in_epoch = end;
    const double norm =
        options.max_grad_norm > 0 ? optimizer.clip_grad_norm(options.max_grad_norm) : optimizer.grad_norm();
    const double lr = schedule.current_lr();
    optimizer.set_learning_rate(lr);
    if (multi) {
      // Heads of the slots not drawn keep their weights and moments (no gradient this update).
      frozen.clear();
      for (size_t s = 0; s < slots.size(); ++s) {
        if (s == si) continue;
        for (const auto& span : own_spans[s]) {
          const auto& g = optimizer.groups()[span.group];
          for (const auto* t : {&g.params, &g.exp_avg, &g.exp_avg_sq}) {
            auto slice = t->narrow(0, span.offset, span.numel);
            frozen.emplace_back(slice.data_ptr<float>(), slice.data_ptr<float>() + span.numel);
          }
        }
      }
      optimizer.step();
      size_t k = 0;
      for (size_t s = 0; s < slots.size(); ++s) {
        if (s == si) continue;
        for (const auto& span : own_spans[s]) {
          const auto& g = optimizer.groups()[span.group];
          for (const auto* t : {&g.params, &g.exp_avg, &g.exp_avg_sq}) {
            auto slice = t->narrow(0, span.offset, span.numel);
            std::copy(frozen[k].begin(), frozen[k].end(), slice.data_ptr<float>());
            ++k;
          }
        }
      }
    } else {
      optimizer.step();
    }
    schedule.advance();
    optimizer.zero_grad();
    ++progress.global_step;
    ++steps_this_call;
    summary.final_loss = loss_sum;
    const double dt = seconds_since(update_start);
    train_seconds += dt;
    window_seconds += dt;
    window_loss += loss_sum;
    ++window_updates;
    auto& tl = window_task_loss[slot.task];
    tl.first += loss_sum;
    ++tl.second;
    if (!std::isfinite(loss_sum)) {
      reporter.clear();
      XLFUSE_LOG_WARN("[train] step {}: non-finite loss {}", progress.global_step, loss_sum);
    }

    ProgressStats stats;
    stats.step = progress.global_step;
    stats.total = total;
    stats.epoch = multi ? progress.global_step / std::max<int64_t>(1, per_epoch) : slot.epoch;
    stats.loss = loss_sum;
    stats.lr = lr;
    stats.examples_per_second = train_seconds > 0 ? static_cast<double>(call_examples) / train_seconds : 0.0;
    stats.tokens_per_second = train_seconds > 0 ? static_cast<double>(call_tokens) / train_seconds : 0.0;
    stats.elapsed_seconds = seconds_since(call_start);
    stats.steps_this_call = steps_this_call;
    reporter.update(stats);

    const bool last = progress.global_step == total;
    if (options.log_every > 0 && (progress.global_step % options.log_every == 0 || last)) {
      json line{{"step", progress.global_step},
                {"epoch", stats.epoch},
                {"loss", window_loss / static_cast<double>(window_updates)},
                {"lr", lr},
                {"grad_norm", norm},
                {"examples_per_s", window_seconds > 0 ? static_cast<double>(window_examples) / window_seconds : 0.0},
                {"tokens_per_s", window_seconds > 0 ? static_cast<double>(window_tokens) / window_seconds : 0.0},
                {"elapsed_s", stats.elapsed_seconds}};
      if (multi) {
        line["task"] = slot.task;
        json per_task = json::object();
        for (const auto& [task, v] : window_task_loss) per_task[task] = v.first / static_cast<double>(v.second);
        line["task_losses"] = per_task;
      }
      metrics.write(line);
      window_loss = 0;
      window_updates = 0;
      window_seconds = 0;
      window_examples = 0;
      window_tokens = 0;
      window_task_loss.clear();
    }

    const bool periodic = options.eval_every > 0 && progress.global_step % options.eval_every == 0;
    if (periodic || last) run_eval();
    if (periodic || last || progress.global_step == stop || stopped_early) save();
  }
  reporter.finish();

  for (size_t s = 0; s < slots.size(); ++s) slots[s].model->train(was_training[s]);
  summary.global_step = progress.global_step;
  summary.has_best = progress.has_best;
  summary.best_metric = progress.best_metric;
  summary.best_step = progress.best_step;
  summary.stopped_early = stopped_early;
  summary.tokens_per_second = train_seconds > 0 ? static_cast<double>(call_tokens) / train_seconds : 0.0;
  summary.examples_per_second = train_seconds > 0 ? static_cast<double>(call_examples) / train_seconds : 0.0;
  return summary;
}

}  // namespace detail

TrainSummary train_task_model(model::TaskModel& model, const TrainData& train, const TrainOptions& options,
                              const EvalFn& eval, const NewBestFn& on_new_best) {
  options.validate();
  std::vector<detail::LoopSlot> slots(1);
  slots[0].task = to_string(model->head_kind());
  slots[0].model = model;
  slots[0].batches =
      std::make_unique<detail::TaskBatches>(model->head_kind(), train, options, options.seed, model->config());
  // masked_lm's decoder is the word-embedding matrix: a tie must reach the optimiser once.
  const auto params = detail::unique_named_parameters(model);
  return detail::run_training_loop(slots, params, options, eval, on_new_best);
}

TrainSummary train_task_model(model::TaskModel& model, const std::vector<data::Feature>& train,
                              const TrainOptions& options, const EvalFn& eval) {
  TrainData data;
  data.features = train;
  return train_task_model(model, data, options, eval);
}

}  // namespace xlfuse::train
