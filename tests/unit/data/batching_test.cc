#include "xlfuse/data/batching.h"

#include <algorithm>
#include <set>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {

Feature make_feature(int length, int32_t first_id) {
  Feature f;
  for (int i = 0; i < length; ++i) {
    f.input_ids.push_back(first_id + i);
    f.type_ids.push_back(i >= length / 2 ? 1 : 0);
  }
  f.label = length % 3;
  return f;
}

std::vector<int64_t> lengths_of(int n) {
  std::vector<int64_t> lengths;
  for (int i = 0; i < n; ++i) lengths.push_back(5 + (i * 37) % 60);
  return lengths;
}

TEST(BatchingTest, CollatePadsToLongestItemNotToMaximum) {
  std::vector<Feature> features = {make_feature(3, 10), make_feature(5, 20), make_feature(2, 30)};
  Batch b = collate(features, {0, 2}, /*pad_id=*/0);
  EXPECT_EQ(b.rows, 2);
  EXPECT_EQ(b.width, 3);
  EXPECT_EQ(b.input_ids, (std::vector<int64_t>{10, 11, 12, 30, 31, 0}));
  EXPECT_EQ(b.attention_mask, (std::vector<int64_t>{1, 1, 1, 1, 1, 0}));
  EXPECT_EQ(b.type_ids, (std::vector<int64_t>{0, 1, 1, 0, 1, 0}));
  EXPECT_EQ(b.labels, (std::vector<int64_t>{0, 2}));
  EXPECT_EQ(b.real_tokens, 5);
  EXPECT_TRUE(b.token_labels.empty());
}

TEST(BatchingTest, CollateFillsIgnoreIndexInPaddedTokenLabels) {
  std::vector<Feature> features = {make_feature(2, 1), make_feature(3, 1)};
  features[0].token_labels = {kIgnoreIndex, 4};
  features[1].token_labels = {kIgnoreIndex, 5, 6};
  Batch b = collate(features, {0, 1}, 0);
  EXPECT_EQ(b.token_labels, (std::vector<int64_t>{kIgnoreIndex, 4, kIgnoreIndex, kIgnoreIndex, 5, 6}));
}

TEST(BatchingTest, CollateRejectsBadIndexAndInconsistentFeature) {
  std::vector<Feature> features = {make_feature(2, 1)};
  XLFUSE_EXPECT_THROW_WITH(collate(features, {1}, 0), std::invalid_argument, "out of range");
  features[0].type_ids.pop_back();
  XLFUSE_EXPECT_THROW_WITH(collate(features, {0}, 0), std::invalid_argument, "1 type ids for 2 input ids");
}

TEST(BatchingTest, EveryFeatureAppearsExactlyOnce) {
  auto lengths = lengths_of(103);
  for (bool shuffle : {false, true})
    for (bool bucket : {false, true}) {
      SamplerOptions o;
      o.batch_size = 8;
      o.shuffle = shuffle;
      o.bucket_by_length = bucket;
      o.bucket_window_batches = 3;
      auto batches = make_batches(lengths, o);
      std::vector<int64_t> all;
      for (auto& b : batches) all.insert(all.end(), b.begin(), b.end());
      std::sort(all.begin(), all.end());
      ASSERT_EQ(all.size(), 103u);
      for (int64_t i = 0; i < 103; ++i) EXPECT_EQ(all[i], i);
      EXPECT_EQ(batches.size(), 13u);
    }
}

TEST(BatchingTest, SameSeedSameBatchesOtherSeedOrEpochDiffers) {
  auto lengths = lengths_of(200);
  SamplerOptions o;
  o.batch_size = 16;
  o.shuffle = true;
  auto a = make_batches(lengths, o, 0);
  EXPECT_EQ(a, make_batches(lengths, o, 0));
  EXPECT_NE(a, make_batches(lengths, o, 1));
  o.seed = 7;
  EXPECT_NE(a, make_batches(lengths, o, 0));
}

TEST(BatchingTest, BucketingReducesPadding) {
  auto lengths = lengths_of(512);
  auto padded_cells = [&](const std::vector<std::vector<int64_t>>& batches) {
    int64_t cells = 0;
    for (auto& b : batches) {
      int64_t longest = 0;
      for (int64_t i : b) longest = std::max(longest, lengths[i]);
      cells += longest * static_cast<int64_t>(b.size());
    }
    return cells;
  };
  SamplerOptions o;
  o.batch_size = 32;
  o.shuffle = true;
  o.bucket_by_length = false;
  int64_t plain = padded_cells(make_batches(lengths, o));
  o.bucket_by_length = true;
  o.bucket_window_batches = 16;  // the whole set in one window
  int64_t bucketed = padded_cells(make_batches(lengths, o));
  int64_t real = 0;
  for (auto l : lengths) real += l;
  EXPECT_LT(bucketed, plain);
  // Within one sorted window every batch's lengths are contiguous in sorted order.
  EXPECT_LT(bucketed - real, (plain - real) / 4);
}

TEST(BatchingTest, InferenceOrderIsLongestFirstAndStable) {
  std::vector<int64_t> lengths = {3, 9, 3, 9, 5};
  SamplerOptions o;
  o.batch_size = 2;
  auto batches = make_batches(lengths, o);
  ASSERT_EQ(batches.size(), 3u);
  EXPECT_EQ(batches[0], (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(batches[1], (std::vector<int64_t>{4, 0}));
  EXPECT_EQ(batches[2], (std::vector<int64_t>{2}));
  o.drop_last = true;
  EXPECT_EQ(make_batches(lengths, o).size(), 2u);
}

TEST(BatchingTest, GroupsAreNeverSplit) {
  std::vector<int64_t> lengths = lengths_of(40);  // 10 groups of 4 choices
  SamplerOptions o;
  o.batch_size = 3;
  o.shuffle = true;
  auto batches = make_group_batches(lengths, 4, o);
  size_t total = 0;
  for (auto& b : batches) {
    ASSERT_EQ(b.size() % 4, 0u);
    for (size_t i = 0; i < b.size(); i += 4)
      for (int k = 0; k < 4; ++k) EXPECT_EQ(b[i + k], b[i] + k);
    total += b.size();
  }
  EXPECT_EQ(total, 40u);
  XLFUSE_EXPECT_THROW_WITH(make_group_batches({1, 2, 3}, 2, o), std::invalid_argument, "groups of 2");
}

TEST(BatchingTest, BadOptionsAreRejected) {
  SamplerOptions o;
  o.batch_size = 0;
  XLFUSE_EXPECT_THROW_WITH(make_batches({1}, o), ConfigError, "batch_size must be positive");
}

}  // namespace
}  // namespace xlfuse::data
