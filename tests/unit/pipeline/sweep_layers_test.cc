// sweep-layers helpers: the layer list syntax and the markdown table (the whole sweep runs in
// tests/cli/sweep_layers_cli_test.cc).
#include "xlfuse/pipeline/sweep_layers.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::pipeline {
namespace {

TEST(SweepLayersTest, ParsesLayerLists) {
  EXPECT_EQ(parse_layer_list("all", 4), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(parse_layer_list("3", 12), (std::vector<int64_t>{3}));
  EXPECT_EQ(parse_layer_list("8, 1,4,4", 12), (std::vector<int64_t>{1, 4, 8}));
  EXPECT_EQ(parse_layer_list("1,3-5,11", 12), (std::vector<int64_t>{1, 3, 4, 5, 11}));
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("12", 12), ConfigError,
                           "layer 12 is not a lower layer of a 12-layer model (expected 1..11)");
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("0,2", 12), ConfigError, "layer 0 is not a lower layer");
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("two", 12), ConfigError, "got \"two\" in \"two\"");
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("5-2", 12), ConfigError, "range \"5-2\" runs backwards");
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("", 12), ConfigError, "no layer in \"\"");
  XLFUSE_EXPECT_THROW_WITH(parse_layer_list("all", 1), ConfigError, "no layer");
}

TEST(SweepLayersTest, MarkdownAndJson) {
  SweepLayersResult r;
  r.metric = "accuracy";
  r.split = "dev";
  r.langs = {"en", "de"};
  SweepLayerRow a;
  a.layer = 4;
  a.scores = {{"en", 90.04}, {"de", 70.06}};
  a.average = 80.04;
  SweepLayerRow b;
  b.layer = 8;
  b.scores = {{"en", 91.0}};
  b.average = 91.0;
  SweepLayerRow c;
  c.layer = 9;
  c.average = std::numeric_limits<double>::quiet_NaN();
  r.rows = {a, b, c};
  const std::string md = sweep_markdown(r);
  EXPECT_NE(md.find("| layer | en | de | avg |\n|---:|---:|---:|---:|\n"), std::string::npos) << md;
  EXPECT_NE(md.find("| 4 | 90.0 | 70.1 | 80.0 |\n"), std::string::npos) << md;
  EXPECT_NE(md.find("| 8 | 91.0 | - | 91.0 |\n"), std::string::npos) << md;
  EXPECT_NE(md.find("| 9 | - | - | - |\n"), std::string::npos) << md;
  SweepLayersOptions o;
  o.task = "udpos";
  const auto j = sweep_to_json(r, o);
  EXPECT_EQ(j.at("fusion").at("kind"), "aif");
  EXPECT_EQ(j.at("rows").at(0).at("scores").at("de"), 70.06);
  EXPECT_TRUE(j.at("rows").at(2).at("average").is_null());
}

TEST(SweepLayersTest, ValidateNamesTheField) {
  SweepLayersOptions o;
  o.task = "udpos";
  o.init_dir = "i";
  o.data_dir = "d";
  o.out_dir = "o";
  EXPECT_NO_THROW(o.validate());
  o.fusion.kind = model::FusionKind::LastLayer;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "fusion: expected a kind that fuses one lower layer");
  o.fusion.kind = model::FusionKind::Aif;
  o.out_dir.clear();
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "out: expected an output folder");
}

}  // namespace
}  // namespace xlfuse::pipeline
