// TrainOptions, RunTrainingOptions and RunPretrainingOptions <-> canonical JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "options_json_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/train/run_pretraining.h"
#include "xlfuse/train/run_training.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {
namespace {

#define EXPECT_SAME(field) EXPECT_EQ(back.field, o.field) << #field

TEST(OptionsJsonTest, TrainOptionsRoundTripEveryField) {
  TrainOptions o;
  o.epochs = 5;
  o.max_steps = 1000;
  o.stop_at_step = 300;
  o.batch_size = 16;
  o.grad_accumulation = 4;
  o.learning_rate = 2e-5;
  o.weight_decay = 0.1;
  o.warmup_steps = 7;
  o.warmup_ratio = 0.06;
  o.max_grad_norm = 1e-8;
  o.seed = 18446744073709551615ULL;  // the largest seed survives
  o.bucket_window_batches = 3;
  o.pad_id = 1;
  o.eval_every = 100;
  o.log_every = 0;
  o.greater_is_better = false;
  o.checkpoint_dir = "runs/x/checkpoints";
  o.keep_last = 0;
  o.resume = true;
  o.resume_if_present = true;
  o.early_stopping_patience = 2;
  o.metrics_path = "runs/x/metrics.jsonl";
  o.progress = ProgressMode::Lines;
  o.precision = model::Precision::BFloat16;
  o.device = "cuda:1";
  o.mlm.probability = 0.2;
  o.mlm.mask_fraction = 0.7;
  o.mlm.random_fraction = 0.15;
  o.mlm.mask_id = 4;
  o.mlm.vocab_size = 100;
  o.mlm.special_ids = {0, 1, 2, 3, 4};
  const TrainOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(epochs);
  EXPECT_SAME(max_steps);
  EXPECT_SAME(stop_at_step);
  EXPECT_SAME(batch_size);
  EXPECT_SAME(grad_accumulation);
  EXPECT_SAME(learning_rate);
  EXPECT_SAME(weight_decay);
  EXPECT_SAME(warmup_steps);
  EXPECT_SAME(warmup_ratio);
  EXPECT_SAME(max_grad_norm);
  EXPECT_SAME(seed);
  EXPECT_SAME(bucket_window_batches);
  EXPECT_SAME(pad_id);
  EXPECT_SAME(eval_every);
  EXPECT_SAME(log_every);
  EXPECT_SAME(greater_is_better);
  EXPECT_SAME(checkpoint_dir);
  EXPECT_SAME(keep_last);
  EXPECT_SAME(resume);
  EXPECT_SAME(resume_if_present);
  EXPECT_SAME(early_stopping_patience);
  EXPECT_SAME(metrics_path);
  EXPECT_SAME(progress);
  EXPECT_SAME(precision);
  EXPECT_SAME(device);
  EXPECT_SAME(mlm.probability);
  EXPECT_SAME(mlm.mask_fraction);
  EXPECT_SAME(mlm.random_fraction);
  EXPECT_SAME(mlm.mask_id);
  EXPECT_SAME(mlm.vocab_size);
  EXPECT_SAME(mlm.special_ids);
}

TEST(OptionsJsonTest, TrainOptionsWriteEnumsByNameAndRefuseBadValues) {
  TrainOptions o;
  o.precision = model::Precision::BFloat16;
  o.device = "cuda:1";
  EXPECT_EQ(to_json(o).at("precision"), "bf16");
  EXPECT_EQ(to_json(o).at("progress"), "auto");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"precision", "fp16"}}, &o, "training"), ConfigError,
                           "training.precision: expected one of fp32, bf16, found \"fp16\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"lerning_rate", 1e-4}}, &o, ""), ConfigError,
                           "lerning_rate: unknown key; the known keys are: batch_size,");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"mlm": {"mask_id": "103"}})"), &o, "training"),
                           ConfigError, "training.mlm.mask_id: expected an integer, found string \"103\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"seed", -1}}, &o, ""), ConfigError,
                           "seed: expected a non-negative integer, found number -1");
}

RunTrainingOptions run_training_sample() {
  RunTrainingOptions o;
  o.task = "mnli,squad";
  o.init_dir = "models/mbert";
  o.data_dir = "/data/xtreme";
  o.out_dir = "runs/mnli";
  o.seed = 7;
  o.epochs = 2;
  o.max_steps = 50;
  o.batch_size = 8;
  o.grad_accumulation = 2;
  o.learning_rate = 2e-5;
  o.weight_decay = 0.01;
  o.warmup_steps = 0;
  o.warmup_ratio = 0.1;
  o.max_seq_length = 256;
  o.max_grad_norm = 0.5;
  o.eval_every = 25;
  o.no_eval = true;
  o.save_every = 10;
  o.early_stopping_patience = 3;
  o.lower_case = true;
  o.resume = true;
  o.resume_if_present = true;
  o.stop_at_step = 20;
  o.keep_snapshots = 3;
  o.threads = 4;
  o.precision = model::Precision::BFloat16;
  o.device = "cuda:1";
  o.progress = ProgressMode::Off;
  o.mlm_text = {"wiki.en.txt", "wiki.de.txt"};
  o.fusion.kind = model::FusionKind::Aif;
  o.fusion.layer = 6;
  o.fusion.reduction = 8;
  o.fusion.norm = model::FusionNorm::Layer;
  o.fusion.double_output = true;
  return o;
}

TEST(OptionsJsonTest, RunTrainingOptionsRoundTripEveryField) {
  const RunTrainingOptions o = run_training_sample();
  const RunTrainingOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(task);
  EXPECT_SAME(init_dir);
  EXPECT_SAME(data_dir);
  EXPECT_SAME(out_dir);
  EXPECT_SAME(seed);
  EXPECT_SAME(epochs);
  EXPECT_SAME(max_steps);
  EXPECT_SAME(batch_size);
  EXPECT_SAME(grad_accumulation);
  EXPECT_SAME(learning_rate);
  EXPECT_SAME(weight_decay);
  EXPECT_SAME(warmup_steps);
  EXPECT_SAME(warmup_ratio);
  EXPECT_SAME(max_seq_length);
  EXPECT_SAME(max_grad_norm);
  EXPECT_SAME(eval_every);
  EXPECT_SAME(no_eval);
  EXPECT_SAME(save_every);
  EXPECT_SAME(early_stopping_patience);
  EXPECT_SAME(lower_case);
  EXPECT_SAME(resume);
  EXPECT_SAME(resume_if_present);
  EXPECT_SAME(stop_at_step);
  EXPECT_SAME(keep_snapshots);
  EXPECT_SAME(threads);
  EXPECT_SAME(precision);
  EXPECT_SAME(device);
  EXPECT_SAME(progress);
  EXPECT_SAME(mlm_text);
  EXPECT_SAME(fusion.kind);
  EXPECT_SAME(fusion.layer);
  EXPECT_SAME(fusion.reduction);
  EXPECT_SAME(fusion.norm);
  EXPECT_SAME(fusion.double_output);
}

TEST(OptionsJsonTest, RunTrainingOptionsDoublesAreExact) {
  for (double lr : {2e-5, 0.1, 1e-8, 3e-5, 1.0 / 3.0}) {
    RunTrainingOptions o;
    o.learning_rate = lr;
    const std::string text = to_json(o).dump(2);
    RunTrainingOptions back;
    from_json(nlohmann::json::parse(text), &back, "");
    EXPECT_EQ(back.learning_rate, lr) << text;
    EXPECT_EQ(to_json(back).dump(2), text);
  }
}

TEST(OptionsJsonTest, RunTrainingOptionsOverlayOnlyTheKeysGiven) {
  RunTrainingOptions o;
  o.task = "udpos";
  from_json(nlohmann::json::parse(R"({"learning_rate": 3e-5, "fusion": {"kind": "sum", "layer": 4}})"), &o, "");
  EXPECT_EQ(o.task, "udpos");
  EXPECT_EQ(o.learning_rate, 3e-5);
  EXPECT_EQ(o.fusion.kind, model::FusionKind::Sum);
  EXPECT_EQ(o.fusion.layer, 4);
  EXPECT_EQ(o.fusion.reduction, 4);
  EXPECT_EQ(o.weight_decay, -1.0);
}

TEST(OptionsJsonTest, RunTrainingOptionsRefuseUnknownKeysAndWrongTypesNamingThePath) {
  RunTrainingOptions o;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"lerning_rate", 1e-4}}, &o, "training"), ConfigError,
                           "training.lerning_rate: unknown key; the known keys of training are: batch_size,");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"fusion": {"layer": "6"}})"), &o, "training"),
                           ConfigError, "training.fusion.layer: expected an integer, found string \"6\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"fusion": {"kind": "aif", "lyer": 6}})"), &o, ""),
                           ConfigError, "fusion.lyer: unknown key");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"max_steps", 1.5}}, &o, ""), ConfigError,
                           "max_steps: expected an integer, found number 1.5");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"mlm_text", "a.txt"}}, &o, ""), ConfigError,
                           "mlm_text: expected an array of strings, found string \"a.txt\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"threads", 1e10}}, &o, ""), ConfigError,
                           "threads: expected an integer");
}

TEST(OptionsJsonTest, RunPretrainingOptionsRoundTripEveryField) {
  RunPretrainingOptions o;
  o.text_files = {"a.txt", "b.txt"};
  o.parallel_files = {"x.en:x.de", "y.en:y.zh"};
  o.init_dir = "models/mbert";
  o.config_path = "fresh/config.json";
  o.vocab_path = "fresh/vocab.txt";
  o.out_dir = "runs/pre";
  o.max_seq_length = 64;
  o.epochs = 3;
  o.max_steps = 60;
  o.batch_size = 8;
  o.grad_accumulation = 2;
  o.learning_rate = 5e-4;
  o.weight_decay = 0.0;
  o.warmup_ratio = 0.1;
  o.mlm_probability = 0.2;
  o.seed = 1;
  o.save_every = 0;
  o.resume = true;
  o.resume_if_present = true;
  o.lower_case = true;
  o.threads = 2;
  o.precision = model::Precision::BFloat16;
  o.device = "cuda:1";
  o.progress = ProgressMode::Bar;
  const RunPretrainingOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(text_files);
  EXPECT_SAME(parallel_files);
  EXPECT_SAME(init_dir);
  EXPECT_SAME(config_path);
  EXPECT_SAME(vocab_path);
  EXPECT_SAME(out_dir);
  EXPECT_SAME(max_seq_length);
  EXPECT_SAME(epochs);
  EXPECT_SAME(max_steps);
  EXPECT_SAME(batch_size);
  EXPECT_SAME(grad_accumulation);
  EXPECT_SAME(learning_rate);
  EXPECT_SAME(weight_decay);
  EXPECT_SAME(warmup_ratio);
  EXPECT_SAME(mlm_probability);
  EXPECT_SAME(seed);
  EXPECT_SAME(save_every);
  EXPECT_SAME(resume);
  EXPECT_SAME(resume_if_present);
  EXPECT_SAME(lower_case);
  EXPECT_SAME(threads);
  EXPECT_SAME(precision);
  EXPECT_SAME(device);
  EXPECT_SAME(progress);
}

TEST(OptionsJsonTest, RunPretrainingOptionsRefuseUnknownKeysAndWrongTypes) {
  RunPretrainingOptions o;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"text", {"a.txt"}}}, &o, "pretraining"), ConfigError,
                           "pretraining.text: unknown key");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"resume", "yes"}}, &o, "pretraining"), ConfigError,
                           "pretraining.resume: expected a boolean, found string \"yes\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"progress", "fancy"}}, &o, ""), ConfigError,
                           "progress: expected one of auto, bar, lines, off, found \"fancy\"");
}

}  // namespace
}  // namespace xlfuse::train
