// SweepLayersOptions <-> canonical JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "options_json_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/pipeline/sweep_layers.h"

namespace xlfuse::pipeline {
namespace {

#define EXPECT_SAME(field) EXPECT_EQ(back.field, o.field) << #field

TEST(OptionsJsonTest, SweepLayersOptionsRoundTripEveryField) {
  SweepLayersOptions o;
  o.task = "panx";
  o.init_dir = "models/mbert";
  o.data_dir = "/data/xtreme";
  o.out_dir = "sweeps/panx";
  o.layers = {1, 4, 8};
  o.fusion.kind = model::FusionKind::Concat;
  o.fusion.layer = 3;
  o.fusion.reduction = 2;
  o.fusion.norm = model::FusionNorm::Layer;
  o.fusion.double_output = true;
  o.langs = "de,fr";
  o.split = "dev";
  o.epochs = 1;
  o.max_steps = 10;
  o.batch_size = 4;
  o.learning_rate = 1e-8;
  o.seed = 3;
  o.no_eval = true;
  o.resume = true;
  o.threads = 2;
  o.device = "cuda:0";
  o.progress = train::ProgressMode::Lines;
  const SweepLayersOptions back = test::expect_canonical_round_trip(o);
  EXPECT_SAME(task);
  EXPECT_SAME(init_dir);
  EXPECT_SAME(data_dir);
  EXPECT_SAME(out_dir);
  EXPECT_SAME(layers);
  EXPECT_SAME(fusion.kind);
  EXPECT_SAME(fusion.layer);
  EXPECT_SAME(fusion.reduction);
  EXPECT_SAME(fusion.norm);
  EXPECT_SAME(fusion.double_output);
  EXPECT_SAME(langs);
  EXPECT_SAME(split);
  EXPECT_SAME(epochs);
  EXPECT_SAME(max_steps);
  EXPECT_SAME(batch_size);
  EXPECT_SAME(learning_rate);
  EXPECT_SAME(seed);
  EXPECT_SAME(no_eval);
  EXPECT_SAME(resume);
  EXPECT_SAME(threads);
  EXPECT_SAME(device);
  EXPECT_SAME(progress);
}

TEST(OptionsJsonTest, SweepLayersOptionsKeepTheAifDefaultAndRefuseBadValues) {
  SweepLayersOptions o;
  from_json(nlohmann::json::parse(R"({"layers": [2, 5], "fusion": {"reduction": 8}})"), &o, "");
  EXPECT_EQ(o.layers, (std::vector<int64_t>{2, 5}));
  EXPECT_EQ(o.fusion.kind, model::FusionKind::Aif) << "the sweep's own default kind survives a partial fusion";
  EXPECT_EQ(o.fusion.reduction, 8);
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"layers": "1,4,8"})"), &o, "sweep"), ConfigError,
                           "sweep.layers: expected an array of integers, found string \"1,4,8\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"layers": [1, 2.5]})"), &o, "sweep"), ConfigError,
                           "sweep.layers[1]: expected an integer, found number 2.5");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"fusion": {"kind": "dlfa"}})"), &o, "sweep"),
                           ConfigError, "sweep.fusion.kind: expected one of");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"layer", 3}}, &o, "sweep"), ConfigError,
                           "sweep.layer: unknown key");
}

}  // namespace
}  // namespace xlfuse::pipeline
