// The subset search's label path (SearchSet::score_labels) against its full-output path: for
// every subset, the labels equal the argmax (first index of the largest value) of the combined
// outputs `score` receives, bit for bit, including exact ties, one-ulp near ties, near-zero
// probabilities and several rounds of steps (12 members).
#include "xlfuse/ensemble/label_search.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/ensemble/running_sums.h"
#include "xlfuse/ensemble/subset_search.h"

namespace xlfuse::ensemble {
namespace {

// Logits that make the argmax hard: drawn from a few values (exact ties between labels and
// between members), neighbours one float ulp apart (near ties), or extreme (near-zero
// probabilities once the confident member is gone).
float hard_logit(SplitMix64& rng) {
  switch (rng.below(5)) {
    case 0: return static_cast<float>(rng.below(3));
    case 1: return std::nextafter(1.0f, rng.below(2) ? 2.0f : 0.0f);
    case 2: return rng.below(2) ? 40.0f : -40.0f;
    default: return static_cast<float>((rng.uniform() * 2 - 1) * 3);
  }
}

std::vector<io::RawOutputs> members_of_kind(io::RawOutputKind kind, size_t members, size_t features, size_t labels,
                                            uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int64_t> lengths;
  for (size_t f = 0; f < features; ++f)
    lengths.push_back(kind == io::RawOutputKind::Tagging ? 1 + static_cast<int64_t>(rng.below(12)) : 5);
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r;
    r.kind = kind;
    r.meta.task = "synthetic";
    for (size_t l = 0; l < labels; ++l) r.meta.labels.push_back("L" + std::to_string(l));
    for (size_t f = 0; f < features; ++f) {
      r.example_index.push_back(static_cast<int64_t>(f));
      r.window.push_back(0);
      r.choice.push_back(0);
      r.lengths.push_back(lengths[f]);
      const size_t positions = kind == io::RawOutputKind::Tagging ? static_cast<size_t>(lengths[f]) : 1;
      std::vector<float> row;
      for (size_t i = 0; i < positions * labels; ++i) row.push_back(hard_logit(rng));
      r.logits.push_back(row);
    }
    // Member 1 copies member 0 on the first feature: their sums tie exactly.
    if (m == 1) r.logits[0] = out[0].logits[0];
    out.push_back(std::move(r));
  }
  return out;
}

// The labels of a combined output: first index of the largest float per unit.
std::vector<uint8_t> argmax_labels(const io::RawOutputs& combined) {
  const size_t n = combined.meta.labels.size();
  std::vector<uint8_t> out;
  for (const auto& row : combined.logits)
    for (size_t p = 0; p < row.size(); p += n)
      out.push_back(static_cast<uint8_t>(std::max_element(row.begin() + p, row.begin() + p + n) - row.begin() - p));
  return out;
}

// Runs both paths over `sets` and compares every subset's labels and scores.
void expect_same_labels(const std::vector<std::vector<io::RawOutputs>>& sets) {
  std::vector<std::vector<std::vector<uint8_t>>> want(sets.size()), got(sets.size());
  // A score that depends on every label.
  auto checksum = [](const std::vector<uint8_t>& labels) {
    double s = 0;
    for (size_t u = 0; u < labels.size(); ++u) s += static_cast<double>(labels[u]) * static_cast<double>(u % 7 + 1);
    return s;
  };
  std::vector<SearchSet> full, fast;
  for (size_t i = 0; i < sets.size(); ++i) {
    SearchSet s;
    s.name = i == 0 ? "en" : "t" + std::to_string(i);
    for (const auto& r : sets[i]) s.members.push_back(&r);
    SearchSet f = s;
    s.score = [&, i](const io::RawOutputs& combined) {
      want[i].push_back(argmax_labels(combined));
      return checksum(want[i].back());
    };
    f.score_labels = [&, i](const std::vector<uint8_t>& labels) {
      got[i].push_back(labels);
      return checksum(labels);
    };
    full.push_back(s);
    fast.push_back(f);
  }
  const SearchResult a = search_subsets(full), b = search_subsets(fast);
  ASSERT_EQ(a.subsets.size(), b.subsets.size());
  for (size_t i = 0; i < sets.size(); ++i) {
    ASSERT_EQ(got[i].size(), want[i].size());
    for (size_t k = 0; k < want[i].size(); ++k) ASSERT_EQ(got[i][k], want[i][k]) << "set " << i << " step " << k + 1;
  }
  for (size_t k = 0; k < a.subsets.size(); ++k) {
    EXPECT_EQ(a.subsets[k].scores, b.subsets[k].scores);
    EXPECT_EQ(a.subsets[k].target_mean, b.subsets[k].target_mean);
  }
  EXPECT_EQ(a.best_on_english_dev, b.best_on_english_dev);
  EXPECT_EQ(a.oracle_per_language, b.oracle_per_language);
}

TEST(LabelSearch, TaggingLabelsEqualTheArgmaxOfTheCombinedOutputs) {
  expect_same_labels({members_of_kind(io::RawOutputKind::Tagging, 5, 40, 17, 1),
                      members_of_kind(io::RawOutputKind::Tagging, 5, 13, 17, 2)});
}

TEST(LabelSearch, ClassificationWithTwelveMembersOverSeveralRounds) {
  // 4,095 steps: 16 rounds of LabelSearch::kRoundSteps; 21 rows leave a partial block.
  expect_same_labels({members_of_kind(io::RawOutputKind::Classification, 12, 21, 3, 3)});
}

TEST(LabelSearch, TwoLabelsAndManyTies) {
  expect_same_labels({members_of_kind(io::RawOutputKind::Tagging, 4, 30, 2, 4)});
}

TEST(LabelSearch, UnitsAndRefusals) {
  const auto tagging = members_of_kind(io::RawOutputKind::Tagging, 2, 3, 4, 5);
  LabelSearch search;
  search.start({&tagging[0], &tagging[1]});
  size_t tokens = 0;
  for (int64_t n : tagging[0].lengths) tokens += static_cast<size_t>(n);
  EXPECT_EQ(search.units(), tokens);
  XLFUSE_EXPECT_THROW_WITH(search.run(2, 1), std::logic_error, "do not follow step 1");
  auto many = members_of_kind(io::RawOutputKind::Classification, 2, 1, kMaxArgmaxLabels + 1, 6);
  XLFUSE_EXPECT_THROW_WITH(LabelSearch().start({&many[0], &many[1]}), std::invalid_argument, "1 to 255 labels, got 256");
  auto qa = tagging;
  for (auto& r : qa) {
    r.kind = io::RawOutputKind::Qa;
    r.start_logits = r.end_logits = {{0.f}, {0.f}, {0.f}};
  }
  XLFUSE_EXPECT_THROW_WITH(LabelSearch().start({&qa[0], &qa[1]}), std::invalid_argument, "classification or tagging");
}

}  // namespace
}  // namespace xlfuse::ensemble
