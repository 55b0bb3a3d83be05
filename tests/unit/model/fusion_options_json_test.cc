// FusionOptions <-> canonical JSON, and xlfuse.json's reader refusing unknown keys.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "options_json_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/fusion/fusion_options.h"

namespace xlfuse::model {
namespace {

TEST(FusionOptionsJsonTest, RoundTripsEveryField) {
  FusionOptions f;
  f.kind = FusionKind::Iaff;
  f.layer = 6;
  f.reduction = 16;
  f.norm = FusionNorm::Layer;
  f.double_output = true;
  const FusionOptions back = test::expect_canonical_round_trip(f);
  EXPECT_EQ(back.kind, f.kind);
  EXPECT_EQ(back.layer, f.layer);
  EXPECT_EQ(back.reduction, f.reduction);
  EXPECT_EQ(back.norm, f.norm);
  EXPECT_EQ(back.double_output, f.double_output);
  EXPECT_EQ(fusion_to_json(f), to_json(f));
}

TEST(FusionOptionsJsonTest, XlfuseJsonOfTodayStillLoads) {
  // What write_model_info stores under "fusion" today: exactly these five keys.
  const auto j = nlohmann::json::parse(
      R"({"double_output": false, "kind": "aif", "layer": 6, "norm": "batch", "reduction": 4})");
  const FusionOptions f = fusion_from_json(j);
  EXPECT_EQ(f.kind, FusionKind::Aif);
  EXPECT_EQ(f.layer, 6);
  EXPECT_EQ(fusion_to_json(f), j);
}

TEST(FusionOptionsJsonTest, RefusesUnknownKeysAndWrongTypesNamingThePath) {
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"kind", "aif"}, {"layr", 6}}), FormatError,
                           "fusion.layr: unknown key; the known keys of fusion are: double_output, kind, layer, norm, "
                           "reduction");
  FusionOptions f;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"layer", "6"}}, &f, "training.fusion"), ConfigError,
                           "training.fusion.layer: expected an integer, found string \"6\"");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"reduction", -1.5}}, &f, "fusion"), ConfigError,
                           "fusion.reduction: expected an integer, found number -1.5");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"kind", "dlfa"}}, &f, "fusion"), ConfigError,
                           "fusion.kind: expected one of aif, concat, iaff, last_layer, lower_layer, scalar_mix, sum, "
                           "found \"dlfa\"");
  EXPECT_EQ(f.kind, FusionKind::LastLayer) << "a failed read leaves the kind alone";
}

}  // namespace
}  // namespace xlfuse::model
