#include "xlfuse/decode/similarity_search.h"

#include <cmath>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::decode {
namespace {

EmbeddingMatrix matrix(int64_t rows, int64_t dim, std::vector<float> values) {
  return EmbeddingMatrix{rows, dim, std::move(values)};
}

TEST(SimilaritySearchTest, RanksByCosineNotByDotProduct) {
  // Candidate 1 has the larger dot product with the query but candidate 0 the larger cosine.
  auto q = matrix(1, 2, {1.0f, 0.0f});
  auto c = matrix(3, 2, {1.0f, 0.1f, 10.0f, 5.0f, -1.0f, 0.0f});
  auto n = cosine_top_k(q, c, 3);
  ASSERT_EQ(n.index[0].size(), 3u);
  EXPECT_EQ(n.index[0], (std::vector<int64_t>{0, 1, 2}));
  EXPECT_NEAR(n.score[0][0], 1.0f / std::sqrt(1.01f), 1e-6);
  EXPECT_NEAR(n.score[0][2], -1.0f, 1e-6);
}

TEST(SimilaritySearchTest, TiesGoToTheLowerIndexAndZeroVectorsDoNotPoison) {
  auto q = matrix(2, 2, {0.0f, 1.0f, 0.0f, 0.0f});
  auto c = matrix(3, 2, {1.0f, 0.0f, 0.0f, 2.0f, 0.0f, 3.0f});
  auto n = cosine_top_k(q, c, 2);
  EXPECT_EQ(n.index[0], (std::vector<int64_t>{1, 2}));
  EXPECT_FALSE(std::isnan(n.score[1][0]));
  EXPECT_EQ(n.index[1][0], 0);  // all similarities 0: lowest index first
}

TEST(SimilaritySearchTest, Top1AccuracyCountsMatches) {
  auto q = matrix(3, 2, {1, 0, 0, 1, 1, 1});
  auto c = matrix(3, 2, {1, 0, 0, 1, -1, -1});
  auto n = cosine_top_k(q, c, 1);
  EXPECT_DOUBLE_EQ(top1_accuracy(n, {0, 1, 2}), 200.0 / 3.0);
  XLFUSE_EXPECT_THROW_WITH(top1_accuracy(n, {0}), std::invalid_argument, "1 gold indices for 3 queries");
}

TEST(SimilaritySearchTest, RejectsMismatchedDimensionsAndBadK) {
  auto q = matrix(1, 2, {1, 0});
  auto c = matrix(1, 3, {1, 0, 0});
  XLFUSE_EXPECT_THROW_WITH(cosine_top_k(q, c, 1), std::invalid_argument, "dimension 2, candidates 3");
  XLFUSE_EXPECT_THROW_WITH(cosine_top_k(q, matrix(1, 2, {0, 1}), 2), std::invalid_argument, "k must be in [1, 1]");
}

TEST(SimilaritySearchTest, ReadsEmbeddingsFileAndNamesMissingTensor) {
  test::TempDir dir;
  std::vector<float> values = {1, 2, 3, 4, 5, 6};
  io::write_safetensors((dir / "e.safetensors").string(), {{"embeddings", {3, 2}, values.data()}});
  auto m = read_embeddings((dir / "e.safetensors").string());
  EXPECT_EQ(m.rows, 3);
  EXPECT_EQ(m.dim, 2);
  EXPECT_EQ(m.values, values);
  io::write_safetensors((dir / "other.safetensors").string(), {{"x", {6}, values.data()}});
  XLFUSE_EXPECT_THROW_WITH(read_embeddings((dir / "other.safetensors").string()), FormatError, "no tensor 'embeddings'");
}

}  // namespace
}  // namespace xlfuse::decode
