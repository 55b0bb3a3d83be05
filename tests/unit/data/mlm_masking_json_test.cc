// MlmMaskingOptions <-> canonical JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "options_json_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/mlm_masking.h"

namespace xlfuse::data {
namespace {

TEST(MlmMaskingJsonTest, RoundTripsEveryField) {
  MlmMaskingOptions o;
  o.probability = 0.1;
  o.mask_fraction = 1.0 / 3.0;
  o.random_fraction = 1e-8;
  o.mask_id = 103;
  o.vocab_size = 119547;
  o.special_ids = {0, 100, 101, 102, 103};
  const MlmMaskingOptions back = test::expect_canonical_round_trip(o);
  EXPECT_EQ(back.probability, o.probability);
  EXPECT_EQ(back.mask_fraction, o.mask_fraction);
  EXPECT_EQ(back.random_fraction, o.random_fraction);
  EXPECT_EQ(back.mask_id, o.mask_id);
  EXPECT_EQ(back.vocab_size, o.vocab_size);
  EXPECT_EQ(back.special_ids, o.special_ids);
}

TEST(MlmMaskingJsonTest, RefusesUnknownKeysAndWrongTypes) {
  MlmMaskingOptions o;
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"probabilty", 0.2}}, &o, "mlm"), ConfigError,
                           "mlm.probabilty: unknown key");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json::parse(R"({"special_ids": [0, 1.5]})"), &o, "mlm"), ConfigError,
                           "mlm.special_ids[1]: expected an integer, found number 1.5");
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"mask_id", 3000000000LL}}, &o, "mlm"), ConfigError,
                           "mlm.mask_id: expected an integer in [-2147483648, 2147483647]");
}

}  // namespace
}  // namespace xlfuse::data
