#include "xlfuse/eval/accuracy.h"

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::eval {
namespace {

TEST(AccuracyTest, ExactStringsTimes100) {
  // 2 of 3 equal; "Neutral" != "neutral".
  EXPECT_NEAR(accuracy({"neutral", "entailment", "neutral"}, {"neutral", "entailment", "Neutral"}), 200.0 / 3.0, 1e-12);
}

TEST(AccuracyTest, SizeMismatchNamesBothCounts) {
  XLFUSE_EXPECT_THROW_WITH(accuracy({"a", "b"}, {"a"}), std::invalid_argument, "1 predictions but 2 labels");
  XLFUSE_EXPECT_THROW_WITH(accuracy({}, {}), std::invalid_argument, "no predictions");
}

TEST(AccuracyTest, XcopaUsesPythonEquality) {
  using nlohmann::json;
  // true == 1, 1.0 == 1, 0 == false, "1" != 1, null == null only with null.
  EXPECT_TRUE(python_json_equal(json(true), json(1)));
  EXPECT_TRUE(python_json_equal(json(1.0), json(1)));
  EXPECT_TRUE(python_json_equal(json(false), json(0)));
  EXPECT_FALSE(python_json_equal(json("1"), json(1)));
  EXPECT_FALSE(python_json_equal(json(nullptr), json(0)));
  EXPECT_FALSE(python_json_equal(json(1.5), json(1)));
  // labels 1 0 1 1, predictions true 0.0 "1" 1 -> 3 of 4 correct.
  std::vector<json> labels = {1, 0, 1, 1};
  std::vector<json> preds = {true, 0.0, "1", 1};
  EXPECT_DOUBLE_EQ(json_accuracy(labels, preds), 75.0);
}

}  // namespace
}  // namespace xlfuse::eval
