// Early stopping, the new-best callback and metrics.jsonl of the trainer.
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "real_data_utils.h"
#include "test_utils.h"
#include "train_test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/train/train_state.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {
namespace {

using train_testing::bitwise_equal;

// 16 synthetic features of lengths 5..12 (ids 5..49), label = first token parity.
std::vector<data::Feature> features() {
  std::mt19937 gen(99);
  std::vector<data::Feature> out;
  for (int i = 0; i < 16; ++i) {
    data::Feature f;
    f.input_ids.push_back(2);
    for (int j = 0; j < 3 + i % 8; ++j) f.input_ids.push_back(static_cast<int32_t>(5 + gen() % 45));
    f.input_ids.push_back(3);
    f.type_ids.assign(f.input_ids.size(), 0);
    f.label = f.input_ids[1] % 2;
    out.push_back(std::move(f));
  }
  return out;
}

model::TaskModel model(double dropout = 0.1) {
  return real_data::tiny_model("sequence_classification", 50, 2, dropout);
}

TrainOptions options() {
  TrainOptions o;
  o.batch_size = 4;  // 4 batches per epoch
  o.max_steps = 12;
  o.learning_rate = 1e-3;
  o.seed = 3;
  o.log_every = 0;
  o.progress = train::ProgressMode::Off;
  o.eval_every = 1;
  return o;
}

// Metrics by evaluation number, whatever the model: 0.5, 0.6 (best), then no better.
struct ScriptedEval {
  std::vector<double> script = {0.5, 0.6, 0.55, 0.6, 0.58, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9};
  size_t next = 0;
  EvalFn fn() {
    return [this](model::TaskModel&) { return script.at(next++); };
  }
};

TEST(TrainerEarlyStopping, StopsAfterPatienceEvaluationsWithoutImprovement) {
  auto m = model();
  auto o = options();
  o.early_stopping_patience = 3;
  ScriptedEval eval;
  std::vector<std::pair<int64_t, double>> bests;
  const auto s = train_task_model(m, TrainData{features(), {}, 0}, o, eval.fn(),
                                  [&](model::TaskModel& mm, int64_t step, double metric) {
                                    EXPECT_FALSE(mm->is_training()) << "called right after the evaluation";
                                    bests.emplace_back(step, metric);
                                  });
  // Evaluations at steps 1..5: 0.5 (best), 0.6 (best), 0.55, 0.6 (not better), 0.58 -> 3 stale.
  EXPECT_TRUE(s.stopped_early);
  EXPECT_EQ(s.global_step, 5);
  EXPECT_EQ(s.total_steps, 12);
  EXPECT_EQ(eval.next, 5u);
  EXPECT_EQ(s.best_step, 2);
  EXPECT_DOUBLE_EQ(s.best_metric, 0.6);
  ASSERT_EQ(bests.size(), 2u);
  EXPECT_EQ(bests[0], std::make_pair(int64_t{1}, 0.5));
  EXPECT_EQ(bests[1], std::make_pair(int64_t{2}, 0.6));

  // Without patience the run goes to the end.
  auto m2 = model();
  o.early_stopping_patience = 0;
  ScriptedEval eval2;
  const auto s2 = train_task_model(m2, TrainData{features(), {}, 0}, o, eval2.fn());
  EXPECT_FALSE(s2.stopped_early);
  EXPECT_EQ(s2.global_step, 12);
}

TEST(TrainerEarlyStopping, ResumeKeepsTheCounter) {
  auto o = options();
  o.early_stopping_patience = 3;
  auto full = model();
  ScriptedEval e1;
  const auto s_full = train_task_model(full, TrainData{features(), {}, 0}, o, e1.fn());
  ASSERT_TRUE(s_full.stopped_early);

  test::TempDir dir;
  o.checkpoint_dir = (dir / "ckpt").string();
  o.keep_last = 0;
  auto part = model();
  auto first = o;
  first.stop_at_step = 4;  // two stale evaluations so far
  ScriptedEval e2;
  const auto s1 = train_task_model(part, TrainData{features(), {}, 0}, first, e2.fn());
  EXPECT_FALSE(s1.stopped_early);
  EXPECT_EQ(s1.global_step, 4);

  torch::manual_seed(5);
  auto resumed = model();
  auto second = o;
  second.resume = true;
  ScriptedEval e3;
  e3.next = e2.next;  // the evaluations continue where the first process left them
  const auto s2 = train_task_model(resumed, TrainData{features(), {}, 0}, second, e3.fn());
  EXPECT_TRUE(s2.stopped_early) << "a counter restarted at 0 would run to step 7";
  EXPECT_EQ(s2.global_step, s_full.global_step);
  EXPECT_EQ(s2.best_step, s_full.best_step);
  EXPECT_TRUE(bitwise_equal(real_data::params_of(full), real_data::params_of(resumed)));

  // Resuming a run that stopped early does nothing more.
  auto again = model();
  ScriptedEval e4;
  const auto s3 = train_task_model(again, TrainData{features(), {}, 0}, second, e4.fn());
  EXPECT_TRUE(s3.stopped_early);
  EXPECT_EQ(s3.global_step, s_full.global_step);
  EXPECT_EQ(e4.next, 0u);
}

std::vector<nlohmann::json> read_lines(const std::string& path) {
  std::vector<nlohmann::json> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));  // throws on a bad line
  return out;
}

TEST(TrainerMetrics, JsonlLinesHaveTheFieldsAndResumeAppends) {
  test::TempDir dir;
  auto o = options();
  o.log_every = 2;
  o.eval_every = 3;
  o.metrics_path = (dir / "run" / "metrics.jsonl").string();
  o.checkpoint_dir = (dir / "ckpt").string();
  o.stop_at_step = 6;
  auto m = model();
  ScriptedEval eval;
  train_task_model(m, TrainData{features(), {}, 0}, o, eval.fn());
  auto lines = read_lines(o.metrics_path);
  // Updates 2, 4, 6 and evaluations at 3, 6.
  ASSERT_EQ(lines.size(), 5u);
  int updates = 0, evals = 0;
  for (const auto& l : lines) {
    if (l.contains("eval_metric")) {
      ++evals;
      for (const char* k : {"step", "eval_metric", "best_metric", "best_step"}) EXPECT_TRUE(l.contains(k)) << l;
    } else {
      ++updates;
      for (const char* k : {"step", "epoch", "loss", "lr", "grad_norm", "examples_per_s", "tokens_per_s", "elapsed_s"})
        EXPECT_TRUE(l.contains(k)) << k << " missing in " << l;
      EXPECT_EQ(l["step"].get<int64_t>() % 2, 0);
      EXPECT_TRUE(std::isfinite(l["loss"].get<double>()));
      EXPECT_GT(l["examples_per_s"].get<double>(), 0);
      EXPECT_GT(l["tokens_per_s"].get<double>(), l["examples_per_s"].get<double>());
      EXPECT_GT(l["lr"].get<double>(), 0);
    }
  }
  EXPECT_EQ(updates, 3);
  EXPECT_EQ(evals, 2);
  EXPECT_EQ(lines[1]["step"], 3);
  EXPECT_DOUBLE_EQ(lines[1]["eval_metric"].get<double>(), 0.5);

  auto resumed = model();
  auto second = o;
  second.resume = true;
  second.stop_at_step = 0;
  ScriptedEval e2;
  e2.next = eval.next;
  train_task_model(resumed, TrainData{features(), {}, 0}, second, e2.fn());
  const auto all = read_lines(o.metrics_path);
  // Appended: updates 8, 10, 12 and evaluations 9, 12.
  ASSERT_EQ(all.size(), 10u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(all[i], lines[i]);
  EXPECT_EQ(all.back()["step"], 12);
  EXPECT_TRUE(all.back().contains("eval_metric"));
  EXPECT_EQ(all.back()["best_metric"].get<double>(), 0.6);
}

TEST(TrainerOptions, ValidatesTheNewFields) {
  TrainOptions o;
  XLFUSE_EXPECT_THROW_WITH(parse_progress_mode("fancy"), ConfigError, "progress");
  o.early_stopping_patience = -1;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "early_stopping_patience");
  for (const char* p : {"auto", "bar", "lines", "off"}) {
    o = TrainOptions{};
    o.progress = parse_progress_mode(p);
    EXPECT_NO_THROW(o.validate()) << p;
  }
}

}  // namespace
}  // namespace xlfuse::train
