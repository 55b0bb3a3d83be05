// Every combiner against hand-computed cases.
#include <cmath>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/ensemble/combine_embeddings.h"
#include "xlfuse/ensemble/combine_scores.h"
#include "xlfuse/ensemble/combined_outputs.h"
#include "xlfuse/ensemble/combiners.h"

namespace xlfuse::ensemble {
namespace {

// Classification outputs: one feature per example, `rows` logits each.
io::RawOutputs classification(const std::vector<std::vector<float>>& rows, const std::string& hash) {
  io::RawOutputs r;
  r.kind = io::RawOutputKind::Classification;
  r.meta.model_hash = hash;
  r.meta.labels = {"a", "b", "c"};
  for (size_t i = 0; i < rows.size(); ++i) {
    r.example_index.push_back(static_cast<int64_t>(i));
    r.window.push_back(0);
    r.choice.push_back(0);
    r.lengths.push_back(5);
    r.logits.push_back(rows[i]);
  }
  return r;
}

std::vector<double> probs(const std::vector<float>& logits) {
  std::vector<double> p(logits.size());
  softmax(logits.data(), logits.size(), p.data());
  return p;
}

TEST(Combiners, MeanProbIsTheMeanOfTheProbabilities) {
  const auto a = classification({{2, 0, 0}, {0, 1, 0}}, "a");
  const auto b = classification({{0, 0, 3}, {0, 1, 0}}, "b");
  const auto out = combine_scores({&a, &b}, {0.5, 0.5}, ScoreRule::MeanProb, "mean-prob");
  const auto pa = probs(a.logits[0]), pb = probs(b.logits[0]), po = probs(out.logits[0]);
  for (size_t l = 0; l < 3; ++l) EXPECT_NEAR(po[l], (pa[l] + pb[l]) / 2, 1e-6);
  EXPECT_NE(out.meta.model_hash, a.meta.model_hash);
  EXPECT_EQ(out.meta.extra.at("ensemble_method"), "mean-prob");
  EXPECT_EQ(out.meta.extra.at("ensemble_members"), "a,b");
  // Weighted: 0.25 / 0.75.
  const auto w = combine_scores({&a, &b}, {0.25, 0.75}, ScoreRule::MeanProb, "weighted");
  const auto pw = probs(w.logits[0]);
  for (size_t l = 0; l < 3; ++l) EXPECT_NEAR(pw[l], 0.25 * pa[l] + 0.75 * pb[l], 1e-6);
}

TEST(Combiners, MeanLogitAndGeoMean) {
  const auto a = classification({{2, 0, -1}}, "a");
  const auto b = classification({{0, 4, 1}}, "b");
  const auto ml = combine_scores({&a, &b}, {0.5, 0.5}, ScoreRule::MeanLogit, "mean-logit");
  EXPECT_EQ(ml.logits[0], (std::vector<float>{1, 2, 0}));
  // geo-mean: softmax of the mean log-probabilities (= softmax of the mean logits here).
  const auto gm = combine_scores({&a, &b}, {0.5, 0.5}, ScoreRule::GeoMean, "geo-mean");
  const auto pg = probs(gm.logits[0]), pm = probs(ml.logits[0]);
  for (size_t l = 0; l < 3; ++l) EXPECT_NEAR(pg[l], pm[l], 1e-6);
}

TEST(Combiners, VoteCountsArgmaxesAndBreaksTiesByMeanProbability) {
  // Three members: two vote c, one votes a -> c.
  const auto a = classification({{5, 0, 0}, {1, 0, 0}}, "a");
  const auto b = classification({{0, 0, 1}, {0, 3, 0}}, "b");
  const auto c = classification({{0, 0, 1}, {0, 0, 0.1f}}, "c");
  const auto out = combine_scores({&a, &b, &c}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, ScoreRule::Vote, "vote");
  EXPECT_EQ(data::argmax(out.logits[0].data(), 3), 2u);  // c wins 2:1 although a is very confident
  // Second example: one vote each (a, b, c); the mean probability decides: b (3 logits of margin).
  EXPECT_EQ(data::argmax(out.logits[1].data(), 3), 1u);
  // Weighted votes: a alone outweighs b and c.
  const auto heavy = combine_scores({&a, &b, &c}, {0.6, 0.2, 0.2}, ScoreRule::Vote, "vote");
  EXPECT_EQ(data::argmax(heavy.logits[0].data(), 3), 0u);
}

TEST(Combiners, MultipleChoiceSoftmaxIsOverAnExamplesChoices) {
  io::RawOutputs a;
  a.kind = io::RawOutputKind::MultipleChoice;
  a.example_index = {0, 0, 1, 1};
  a.window = {0, 0, 0, 0};
  a.choice = {0, 1, 0, 1};
  a.lengths = {4, 4, 4, 4};
  a.logits = {{1}, {0}, {0}, {2}};
  io::RawOutputs b = a;
  b.logits = {{0}, {3}, {0}, {0}};
  const auto out = combine_scores({&a, &b}, {0.5, 0.5}, ScoreRule::MeanProb, "mean-prob");
  // Example 0: p_a = softmax(1, 0), p_b = softmax(0, 3).
  const double pa0 = std::exp(1.0) / (std::exp(1.0) + 1), pb0 = 1 / (1 + std::exp(3.0));
  EXPECT_NEAR(std::exp(out.logits[0][0]), (pa0 + pb0) / 2, 1e-6);
  EXPECT_NEAR(std::exp(out.logits[0][0]) + std::exp(out.logits[1][0]), 1.0, 1e-6);
  EXPECT_NEAR(std::exp(out.logits[2][0]) + std::exp(out.logits[3][0]), 1.0, 1e-6);
}

TEST(Combiners, TaggingIsCombinedPerPosition) {
  io::RawOutputs a;
  a.kind = io::RawOutputKind::Tagging;
  a.meta.labels = {"O", "B-PER"};
  a.example_index = {0};
  a.window = {0};
  a.choice = {0};
  a.lengths = {2};
  a.logits = {{3, 0, 0, 3}};  // position 0 -> O, position 1 -> B-PER
  io::RawOutputs b = a;
  b.logits = {{0, 1, 0, 1}};
  const auto out = combine_scores({&a, &b}, {0.5, 0.5}, ScoreRule::MeanProb, "mean-prob");
  ASSERT_EQ(out.logits[0].size(), 4u);
  const std::vector<float> p0(out.logits[0].begin(), out.logits[0].begin() + 2);
  const auto pa = probs({3, 0}), pb = probs({0, 1}), po = probs(p0);
  EXPECT_NEAR(po[0], (pa[0] + pb[0]) / 2, 1e-6);
}

TEST(Combiners, QaLogitsAreAveragedPerFeature) {
  io::RawOutputs a;
  a.kind = io::RawOutputKind::Qa;
  a.example_index = {0};
  a.window = {0};
  a.choice = {0};
  a.lengths = {3};
  a.start_logits = {{1, 2, 3}};
  a.end_logits = {{0, 0, 6}};
  io::RawOutputs b = a;
  b.start_logits = {{3, 2, 1}};
  b.end_logits = {{2, 0, 0}};
  const auto out = combine_qa_logits({&a, &b}, {0.5, 0.5}, "mean-logit");
  EXPECT_EQ(out.start_logits[0], (std::vector<float>{2, 2, 2}));
  EXPECT_EQ(out.end_logits[0], (std::vector<float>{1, 0, 3}));
}

TEST(Combiners, MeanSimIsTheMeanOfCosinesAndConcatRanksAlike) {
  io::RawOutputs a;
  a.kind = io::RawOutputKind::Embeddings;
  a.example_index = {0, 0};
  a.window = {0, 1};  // a query and a candidate
  a.choice = {0, 0};
  a.lengths = {3, 3};
  a.embeddings = {{1, 0}, {1, 1}};
  io::RawOutputs b = a;
  b.embeddings = {{0, 2, 0}, {3, 0, 4}};  // other dimensions: fine for retrieval
  auto cosine = [](const std::vector<float>& x, const std::vector<float>& y) {
    double d = 0, nx = 0, ny = 0;
    for (size_t i = 0; i < x.size(); ++i) d += x[i] * y[i], nx += x[i] * x[i], ny += y[i] * y[i];
    return d / std::sqrt(nx * ny);
  };
  const double want = (cosine(a.embeddings[0], a.embeddings[1]) + cosine(b.embeddings[0], b.embeddings[1])) / 2;
  const auto ms = combine_embeddings({&a, &b}, {0.5, 0.5}, true, "mean-sim");
  ASSERT_EQ(ms.embeddings[0].size(), 5u);
  double dot = 0;
  for (size_t i = 0; i < 5; ++i) dot += ms.embeddings[0][i] * ms.embeddings[1][i];
  EXPECT_NEAR(dot, want, 1e-6);  // unit norm: the dot product is the cosine
  const auto cc = combine_embeddings({&a, &b}, {0.5, 0.5}, false, "concat");
  EXPECT_NEAR(cosine(cc.embeddings[0], cc.embeddings[1]), want, 1e-6);
}

TEST(Combiners, RegistryAndWeightsAreChecked) {
  EXPECT_EQ(find_combiner("mean-prob", io::RawOutputKind::Tagging).name, "mean-prob");
  EXPECT_EQ(find_combiner("mean-logit", io::RawOutputKind::Qa).name, "mean-logit");
  EXPECT_EQ(find_combiner("bio-viterbi", io::RawOutputKind::Tagging).decode.tagging, decode::TagDecoding::BioViterbi);
  XLFUSE_EXPECT_THROW_WITH(find_combiner("vote", io::RawOutputKind::Qa), ConfigError,
                           "expected one of mean-logit, answer-vote for qa outputs, got 'vote'");
  EXPECT_TRUE(find_combiner("weighted", io::RawOutputKind::Classification).needs_weights);
  EXPECT_EQ(normalise_weights({}, 4), (std::vector<double>(4, 0.25)));
  EXPECT_EQ(normalise_weights({1, 3}, 2), (std::vector<double>{0.25, 0.75}));
  XLFUSE_EXPECT_THROW_WITH(normalise_weights({1}, 2), ConfigError, "one per member (2), got 1");
  XLFUSE_EXPECT_THROW_WITH(normalise_weights({1, -1}, 2), ConfigError, "member 1 has weight -1");
  XLFUSE_EXPECT_THROW_WITH(normalise_weights({0, 0}, 2), ConfigError, "every weight is 0");
}

}  // namespace
}  // namespace xlfuse::ensemble
