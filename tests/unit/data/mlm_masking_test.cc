#include "xlfuse/data/mlm_masking.h"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/feature.h"

namespace xlfuse::data {
namespace {

// mBERT's specials: [PAD]=0 [UNK]=100 [CLS]=101 [SEP]=102 [MASK]=103.
MlmMaskingOptions mbert_like() {
  MlmMaskingOptions o;
  o.mask_id = 103;
  o.vocab_size = 1000;
  o.special_ids = {0, 100, 101, 102, 103};
  return o;
}

// n ids, none special: 200 + i % 700.
std::vector<int32_t> plain_ids(size_t n) {
  std::vector<int32_t> ids(n);
  for (size_t i = 0; i < n; ++i) ids[i] = static_cast<int32_t>(200 + i % 700);
  return ids;
}

TEST(MlmMaskingTest, RateAndEightyTenTenSplitOnALargeInput) {
  const auto options = mbert_like();
  const auto original = plain_ids(200000);
  auto ids = original;
  const auto labels = mask_tokens(ids, options, 42, 7);
  ASSERT_EQ(labels.size(), ids.size());
  int64_t chosen = 0, masked = 0, random = 0, kept = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (labels[i] == kIgnoreIndex) {
      EXPECT_EQ(ids[i], original[i]) << "an unchosen position changed at " << i;
      continue;
    }
    ++chosen;
    EXPECT_EQ(labels[i], original[i]) << "the label is the original id";
    if (ids[i] == options.mask_id) {
      ++masked;
    } else if (ids[i] == original[i]) {
      ++kept;  // (a random draw equal to the original is counted here: 1/995 of the random ones)
    } else {
      ++random;
      EXPECT_GE(ids[i], 0);
      EXPECT_LT(ids[i], options.vocab_size);
      EXPECT_EQ(std::set<int32_t>(options.special_ids.begin(), options.special_ids.end()).count(ids[i]), 0u)
          << "a random replacement must not be a special id";
    }
  }
  const double n = static_cast<double>(ids.size());
  EXPECT_NEAR(chosen / n, 0.15, 0.005);
  EXPECT_NEAR(static_cast<double>(masked) / chosen, 0.8, 0.01);
  EXPECT_NEAR(static_cast<double>(random) / chosen, 0.1, 0.01);
  EXPECT_NEAR(static_cast<double>(kept) / chosen, 0.1, 0.01);
}

TEST(MlmMaskingTest, SpecialsAndPadsAreNeverChosen) {
  auto options = mbert_like();
  options.probability = 1.0;  // every maskable position is chosen
  std::vector<int32_t> ids = {101, 500, 600, 102, 700, 102, 0, 0, 0};
  const auto original = ids;
  const auto labels = mask_tokens(ids, options, 1, 2);
  for (size_t i : {0, 3, 5, 6, 7, 8}) {
    EXPECT_EQ(labels[i], kIgnoreIndex) << "position " << i;
    EXPECT_EQ(ids[i], original[i]) << "position " << i;
  }
  for (size_t i : {1, 2, 4}) EXPECT_EQ(labels[i], original[i]) << "position " << i;
}

TEST(MlmMaskingTest, SameSeedAndKeySameResultOtherKeyOrSeedDiffers) {
  const auto options = mbert_like();
  auto a = plain_ids(2000), b = plain_ids(2000), c = plain_ids(2000), d = plain_ids(2000);
  const auto la = mask_tokens(a, options, 42, 5);
  const auto lb = mask_tokens(b, options, 42, 5);
  const auto lc = mask_tokens(c, options, 42, 6);
  const auto ld = mask_tokens(d, options, 43, 5);
  EXPECT_EQ(a, b);
  EXPECT_EQ(la, lb);
  EXPECT_NE(la, lc);
  EXPECT_NE(a, c);
  EXPECT_NE(la, ld);
}

TEST(MlmMaskingTest, ZeroRandomFractionOnlyMasksOrKeeps) {
  auto options = mbert_like();
  options.mask_fraction = 1.0;
  options.random_fraction = 0.0;
  auto ids = plain_ids(5000);
  const auto original = ids;
  const auto labels = mask_tokens(ids, options, 3, 3);
  int64_t chosen = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (labels[i] == kIgnoreIndex) continue;
    ++chosen;
    EXPECT_EQ(ids[i], options.mask_id);
  }
  EXPECT_GT(chosen, 500);
}

void expect_bad(const MlmMaskingOptions& o, const std::string& field) {
  std::vector<int32_t> ids = {101, 500, 102};
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, field);
  XLFUSE_EXPECT_THROW_WITH(mask_tokens(ids, o, 1, 1), ConfigError, field);
}

TEST(MlmMaskingTest, BadOptionsAreConfigErrors) {
  EXPECT_NO_THROW(mbert_like().validate());
  auto o = mbert_like();
  o.probability = 0;
  expect_bad(o, "mlm.probability");
  o = mbert_like();
  o.probability = 1.5;
  expect_bad(o, "mlm.probability");
  o = mbert_like();
  o.mask_fraction = -0.1;
  expect_bad(o, "mlm.mask_fraction");
  o = mbert_like();
  o.random_fraction = 2;
  expect_bad(o, "mlm.random_fraction");
  o = mbert_like();
  o.mask_fraction = 0.7;
  o.random_fraction = 0.4;
  expect_bad(o, "mlm.mask_fraction + mlm.random_fraction");
  o = mbert_like();
  o.mask_id = -1;
  expect_bad(o, "mlm.mask_id");
  o = mbert_like();
  o.mask_id = 1000;
  expect_bad(o, "mlm.mask_id");
  o = mbert_like();
  o.vocab_size = 0;
  expect_bad(o, "mlm.vocab_size");
  o = mbert_like();
  o.special_ids.push_back(-3);
  expect_bad(o, "mlm.special_ids");
  o = mbert_like();
  o.vocab_size = 3;
  o.mask_id = 2;
  o.special_ids = {0, 1, 2};
  expect_bad(o, "mlm.special_ids");
  MlmMaskingOptions defaults;
  XLFUSE_EXPECT_THROW_WITH(defaults.validate(), ConfigError, "mlm.");
}

}  // namespace
}  // namespace xlfuse::data
