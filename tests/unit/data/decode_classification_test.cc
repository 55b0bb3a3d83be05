#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/data/decode.h"

namespace xlfuse::data {
namespace {

TEST(DecodeClassificationTest, ArgmaxToLabelFirstOnTies) {
  const std::vector<std::string> labels = {"contradiction", "entailment", "neutral"};
  const auto got = decode_classification({{0.1f, 2.0f, -1.0f}, {3.0f, 3.0f, 1.0f}, {-5.0f, -6.0f, -4.5f}}, labels);
  EXPECT_EQ(got, (std::vector<std::string>{"entailment", "contradiction", "neutral"}));
  XLFUSE_EXPECT_THROW_WITH(decode_classification({{1.0f, 2.0f}}, labels), std::invalid_argument,
                           "row 0 has 2 logits, expected 3");
  EXPECT_THROW(argmax(nullptr, 0), std::invalid_argument);
}

TEST(DecodeClassificationTest, MultipleChoiceGroupsRowsByExample) {
  std::vector<Feature> f(6);
  for (size_t i = 0; i < f.size(); ++i) {
    f[i].example_index = static_cast<int64_t>(i / 2);
    f[i].choice = static_cast<int32_t>(i % 2);
  }
  std::swap(f[2], f[3]);  // order of rows does not matter
  const std::vector<float> scores = {0.5f, 0.7f, /*ex1 c1*/ -1.0f, /*ex1 c0*/ 2.0f, 1.0f, 1.0f};
  EXPECT_EQ(decode_multiple_choice(f, scores, 3), (std::vector<int32_t>{1, 0, 0}));
  XLFUSE_EXPECT_THROW_WITH(decode_multiple_choice(f, scores, 4), std::invalid_argument, "example 3 has no rows");
  XLFUSE_EXPECT_THROW_WITH(decode_multiple_choice(f, {1.0f}, 3), std::invalid_argument, "6 features but 1 scores");
  f[1].choice = 0;
  XLFUSE_EXPECT_THROW_WITH(decode_multiple_choice(f, scores, 3), std::invalid_argument, "choice 0 twice");
}

}  // namespace
}  // namespace xlfuse::data
