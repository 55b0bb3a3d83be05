// PredictOptions (with EvaluateOptions) and EmbedOptions <-> canonical JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "options_json_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/predict/embed.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/predict/predict.h"

namespace xlfuse::predict {
namespace {

#define EXPECT_SAME(field) EXPECT_EQ(back.field, o.field) << #field

TEST(OptionsJsonTest, PredictOptionsRoundTripEveryField) {
  PredictOptions o;
  o.model_dir = "runs/udpos";
  o.task = "udpos";
  o.langs = "de,fi";
  o.split = "test";
  o.data_dir = "/data/xtreme";
  o.out_dir = "preds";
  o.benchmark = Benchmark::Xtreme;
  o.evaluate.max_seq_length = 256;
  o.evaluate.batch_size = 64;
  o.evaluate.precision = model::Precision::BFloat16;
  o.evaluate.device = "cuda:1";
  o.evaluate.retrieval_layer = -1;
  o.threads = 3;
  const PredictOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(model_dir);
  EXPECT_SAME(task);
  EXPECT_SAME(langs);
  EXPECT_SAME(split);
  EXPECT_SAME(data_dir);
  EXPECT_SAME(out_dir);
  EXPECT_SAME(benchmark);
  EXPECT_SAME(evaluate.max_seq_length);
  EXPECT_SAME(evaluate.batch_size);
  EXPECT_SAME(evaluate.precision);
  EXPECT_SAME(evaluate.retrieval_layer);
  EXPECT_SAME(threads);
  EXPECT_SAME(evaluate.device);
}

TEST(OptionsJsonTest, PredictOptionsRefuseUnknownKeysAndWrongTypes) {
  PredictOptions o;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"lang", "de"}}, &o, "predict"), ConfigError,
                           "predict.lang: unknown key; the known keys of predict are: benchmark, data_dir, evaluate, "
                           "langs, model_dir, out_dir, split, task, threads");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"evaluate": {"batch_size": "32"}})"), &o, "predict"),
                           ConfigError, "predict.evaluate.batch_size: expected an integer, found string \"32\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"evaluate": {"precision": "fp8"}})"), &o, ""),
                           ConfigError, "evaluate.precision: expected one of fp32, bf16, found \"fp8\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"evaluate": {"layer": 8}})"), &o, ""), ConfigError,
                           "evaluate.layer: unknown key");
}

TEST(OptionsJsonTest, EmbedOptionsRoundTripEveryField) {
  EmbedOptions o;
  o.model_dir = "models/mbert";
  o.input = "sentences.txt";
  o.output = "emb.safetensors";
  o.layer = 8;
  o.pooling = Pooling::Cls;
  o.batch_size = 128;
  o.max_length = 64;
  o.threads = 1;
  o.lower_case = true;
  o.device = "cuda";
  const EmbedOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(model_dir);
  EXPECT_SAME(input);
  EXPECT_SAME(output);
  EXPECT_SAME(layer);
  EXPECT_SAME(pooling);
  EXPECT_SAME(batch_size);
  EXPECT_SAME(max_length);
  EXPECT_SAME(threads);
  EXPECT_SAME(lower_case);
  EXPECT_SAME(device);
}

TEST(OptionsJsonTest, EmbedOptionsRefuseUnknownKeysAndWrongTypes) {
  EmbedOptions o;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"pool", "cls"}}, &o, "embed"), ConfigError,
                           "embed.pool: unknown key");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"pooling", "max"}}, &o, "embed"), ConfigError,
                           "embed.pooling: expected one of mean, cls, found \"max\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"layer", true}}, &o, "embed"), ConfigError,
                           "embed.layer: expected an integer, found boolean true");
}

}  // namespace
}  // namespace xlfuse::predict
