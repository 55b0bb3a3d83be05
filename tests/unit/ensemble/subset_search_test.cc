// The subset search against a direct recombination of every subset's members, computed here
// independently (mean of softmax probabilities per unit, mean logits, mean cosine similarity).
#include "xlfuse/ensemble/subset_search.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::ensemble {
namespace {

// ---- synthetic members ----

float random_logit(SplitMix64& rng, double spread) { return static_cast<float>((rng.uniform() * 2 - 1) * spread); }

std::vector<std::string> label_names(size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back("L" + std::to_string(i));
  return out;
}

// Feature fields shared by the members of a set.
io::RawOutputs skeleton(io::RawOutputKind kind, const std::vector<int64_t>& example_index,
                        const std::vector<int64_t>& lengths) {
  io::RawOutputs r;
  r.kind = kind;
  r.meta.task = "synthetic";
  r.meta.model_hash = "0123456789abcdef";
  r.example_index = example_index;
  r.window.assign(example_index.size(), 0);
  r.choice.assign(example_index.size(), 0);
  r.lengths = lengths;
  return r;
}

std::vector<int64_t> iota(size_t n) {
  std::vector<int64_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<int64_t>(i);
  return v;
}

std::vector<io::RawOutputs> classification_members(size_t members, size_t rows, size_t labels, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r = skeleton(io::RawOutputKind::Classification, iota(rows), std::vector<int64_t>(rows, 7));
    r.meta.labels = label_names(labels);
    for (size_t f = 0; f < rows; ++f) {
      std::vector<float> row;
      for (size_t l = 0; l < labels; ++l) row.push_back(random_logit(rng, 4));
      r.logits.push_back(row);
    }
    out.push_back(std::move(r));
  }
  return out;
}

// Tagging features of 1..20 tokens; member 0 is extremely sure of label 0 on every third token
// and the others extremely sure against it, so removing member 0 leaves probabilities near 1e-18
// that plain running sums would lose.
std::vector<io::RawOutputs> tagging_members(size_t members, size_t features, size_t labels, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int64_t> lengths;
  for (size_t f = 0; f < features; ++f) lengths.push_back(1 + static_cast<int64_t>(rng.below(20)));
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r = skeleton(io::RawOutputKind::Tagging, iota(features), lengths);
    r.meta.labels = label_names(labels);
    for (size_t f = 0; f < features; ++f) {
      std::vector<float> row;
      for (int64_t p = 0; p < lengths[f]; ++p)
        for (size_t l = 0; l < labels; ++l) {
          float v = random_logit(rng, 3);
          if (p % 3 == 0 && l == 0) v = m == 0 ? 40.0f : -40.0f;
          row.push_back(v);
        }
      r.logits.push_back(row);
    }
    out.push_back(std::move(r));
  }
  return out;
}

// Multiple choice: 2 to 4 choices per example, features of different examples interleaved.
std::vector<io::RawOutputs> choice_members(size_t members, size_t examples, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int64_t> example_index, choice;
  for (size_t e = 0; e < examples; ++e)
    for (size_t c = 0, n = 2 + rng.below(3); c < n; ++c) {
      example_index.push_back(static_cast<int64_t>(e));
      choice.push_back(static_cast<int64_t>(c));
    }
  // Swap neighbours so that the features of one example are not always adjacent.
  for (size_t i = 1; i < example_index.size(); i += 3) {
    std::swap(example_index[i], example_index[i - 1]);
    std::swap(choice[i], choice[i - 1]);
  }
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r = skeleton(io::RawOutputKind::MultipleChoice, example_index,
                                std::vector<int64_t>(example_index.size(), 9));
    r.choice = choice;
    for (size_t f = 0; f < example_index.size(); ++f) r.logits.push_back({random_logit(rng, 3)});
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<io::RawOutputs> qa_members(size_t members, size_t features, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int64_t> lengths;
  for (size_t f = 0; f < features; ++f) lengths.push_back(10 + static_cast<int64_t>(rng.below(30)));
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r = skeleton(io::RawOutputKind::Qa, iota(features), lengths);
    for (size_t f = 0; f < features; ++f) {
      std::vector<float> s, e;
      for (int64_t p = 0; p < lengths[f]; ++p) {
        s.push_back(random_logit(rng, 8));
        e.push_back(random_logit(rng, 8));
      }
      r.start_logits.push_back(s);
      r.end_logits.push_back(e);
    }
    out.push_back(std::move(r));
  }
  return out;
}

// Retrieval: `queries` rows of window 0, then `candidates` rows of window 1, each member with
// embeddings of its own scale.
std::vector<io::RawOutputs> retrieval_members(size_t members, size_t queries, size_t candidates, size_t dim,
                                              uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int64_t> example_index;
  for (size_t i = 0; i < queries; ++i) example_index.push_back(static_cast<int64_t>(i));
  for (size_t i = 0; i < candidates; ++i) example_index.push_back(static_cast<int64_t>(i));
  std::vector<io::RawOutputs> out;
  for (size_t m = 0; m < members; ++m) {
    io::RawOutputs r = skeleton(io::RawOutputKind::Embeddings, example_index,
                                std::vector<int64_t>(example_index.size(), 12));
    for (size_t i = queries; i < example_index.size(); ++i) r.window[i] = 1;
    for (size_t f = 0; f < example_index.size(); ++f) {
      std::vector<float> e;
      for (size_t j = 0; j < dim; ++j) e.push_back(random_logit(rng, 1.0 + static_cast<double>(m)));
      r.embeddings.push_back(e);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<const io::RawOutputs*> pointers(const std::vector<io::RawOutputs>& v) {
  std::vector<const io::RawOutputs*> out;
  for (const auto& r : v) out.push_back(&r);
  return out;
}

// ---- direct recombination of a subset (independent of the search's code) ----

std::vector<double> softmax_of(const std::vector<float>& x) {
  const double max = *std::max_element(x.begin(), x.end());
  std::vector<double> p;
  double sum = 0;
  for (float v : x) sum += std::exp(v - max);
  for (float v : x) p.push_back(std::exp(v - max) / sum);
  return p;
}

std::vector<size_t> members_of(uint32_t mask) {
  std::vector<size_t> out;
  for (size_t m = 0; m < 32; ++m)
    if (mask & (1u << m)) out.push_back(m);
  return out;
}

// The distributions of one member: lists of (feature, index in logits[feature]).
std::vector<std::vector<std::pair<size_t, size_t>>> units_of(const io::RawOutputs& r) {
  std::vector<std::vector<std::pair<size_t, size_t>>> units;
  if (r.kind == io::RawOutputKind::MultipleChoice) {
    std::map<int64_t, std::vector<std::pair<size_t, size_t>>> by_example;
    for (size_t f = 0; f < r.size(); ++f) by_example[r.example_index[f]].push_back({f, 0});
    for (auto& [e, u] : by_example) units.push_back(u);
    return units;
  }
  const size_t width = r.kind == io::RawOutputKind::Tagging ? r.meta.labels.size() : r.logits.front().size();
  for (size_t f = 0; f < r.size(); ++f)
    for (size_t p = 0; p < r.logits[f].size(); p += width) {
      units.emplace_back();
      for (size_t l = 0; l < width; ++l) units.back().push_back({f, p + l});
    }
  return units;
}

// Mean-prob: log of the mean over the subset's members of their softmax, per unit.
io::RawOutputs direct_mean_prob(const std::vector<io::RawOutputs>& members, uint32_t mask) {
  io::RawOutputs out = members.front();
  const std::vector<size_t> in = members_of(mask);
  for (const auto& unit : units_of(members.front())) {
    std::vector<double> mean(unit.size(), 0.0);
    for (size_t m : in) {
      std::vector<float> x;
      for (const auto& [f, i] : unit) x.push_back(members[m].logits[f][i]);
      const std::vector<double> p = softmax_of(x);
      for (size_t i = 0; i < p.size(); ++i) mean[i] += p[i];
    }
    for (size_t i = 0; i < unit.size(); ++i)
      out.logits[unit[i].first][unit[i].second] =
          static_cast<float>(std::log(std::max(mean[i] / static_cast<double>(in.size()), 1e-30)));
  }
  return out;
}

io::RawOutputs direct_mean_logit(const std::vector<io::RawOutputs>& members, uint32_t mask) {
  io::RawOutputs out = members.front();
  const std::vector<size_t> in = members_of(mask);
  for (size_t f = 0; f < out.size(); ++f)
    for (size_t p = 0; p < out.start_logits[f].size(); ++p) {
      double s = 0, e = 0;
      for (size_t m : in) {
        s += members[m].start_logits[f][p];
        e += members[m].end_logits[f][p];
      }
      out.start_logits[f][p] = static_cast<float>(s / static_cast<double>(in.size()));
      out.end_logits[f][p] = static_cast<float>(e / static_cast<double>(in.size()));
    }
  return out;
}

double cosine(const std::vector<float>& a, const std::vector<float>& b) {
  double dot = 0, na = 0, nb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    dot += static_cast<double>(a[i]) * b[i];
    na += static_cast<double>(a[i]) * a[i];
    nb += static_cast<double>(b[i]) * b[i];
  }
  return dot / std::sqrt(na * nb);
}

// The first index of the largest value.
template <class It>
size_t first_max(It begin, It end) {
  return static_cast<size_t>(std::max_element(begin, end) - begin);
}

// Per unit, the label the combined outputs choose equals the direct one, except where the direct
// values tie exactly; every value agrees to float precision.
void expect_same_probabilities(const io::RawOutputs& got, const io::RawOutputs& want, const std::string& where) {
  ASSERT_EQ(got.logits.size(), want.logits.size()) << where;
  for (const auto& unit : units_of(want)) {
    std::vector<float> g, w;
    for (const auto& [f, i] : unit) {
      g.push_back(got.logits[f][i]);
      w.push_back(want.logits[f][i]);
      ASSERT_NEAR(g.back(), w.back(), 2e-6 * std::max(1.0f, std::fabs(w.back()))) << where;
    }
    const size_t a = first_max(g.begin(), g.end()), b = first_max(w.begin(), w.end());
    if (a != b) EXPECT_EQ(w[a], w[b]) << where << ": decoded differently without a tie";
  }
}

// Records every combined output the search scores, in call order.
struct Recorder {
  std::vector<io::RawOutputs> seen;
  std::function<double(const io::RawOutputs&)> score;
  SearchSet set(const std::string& name, const std::vector<io::RawOutputs>& members) {
    SearchSet s;
    s.name = name;
    s.members = pointers(members);
    s.score = [this](const io::RawOutputs& r) {
      seen.push_back(r);
      return score(r);
    };
    return s;
  }
};

// Accuracy of the argmax per row against gold labels drawn from `seed`.
std::function<double(const io::RawOutputs&)> row_accuracy(size_t rows, size_t labels, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<size_t> gold;
  for (size_t i = 0; i < rows; ++i) gold.push_back(rng.below(labels));
  return [gold](const io::RawOutputs& r) {
    size_t right = 0;
    for (size_t f = 0; f < r.size(); ++f) right += first_max(r.logits[f].begin(), r.logits[f].end()) == gold[f];
    return 100.0 * static_cast<double>(right) / static_cast<double>(r.size());
  };
}

// ---- Gray code ----

TEST(GrayCode, FirstCodesAndChangedMembers) {
  const std::vector<uint32_t> codes = {0, 1, 3, 2, 6, 7, 5, 4, 12};
  for (uint32_t i = 0; i < codes.size(); ++i) EXPECT_EQ(gray_code(i), codes[i]) << i;
  const std::vector<int> changed = {0, 1, 0, 2, 0, 1, 0, 3};
  for (uint32_t i = 1; i <= changed.size(); ++i) EXPECT_EQ(changed_member(i), changed[i - 1]) << i;
  EXPECT_THROW(changed_member(0), std::invalid_argument);
}

TEST(GrayCode, EveryStepChangesOneMemberAndVisitsEverySubsetOnce) {
  std::set<uint32_t> visited;
  for (uint32_t i = 1; i < 4096; ++i) {
    EXPECT_EQ(gray_code(i) ^ gray_code(i - 1), 1u << changed_member(i)) << i;
    visited.insert(gray_code(i));
  }
  EXPECT_EQ(visited.size(), 4095u);
  EXPECT_EQ(*visited.begin(), 1u);
  EXPECT_EQ(*visited.rbegin(), 4095u);
}

// ---- every subset equals its direct recombination ----

TEST(SubsetSearch, ClassificationEverySubsetEqualsTheDirectMeanProb) {
  const auto en = classification_members(6, 60, 4, 1);
  const auto de = classification_members(6, 45, 4, 2);
  Recorder ren, rde;
  ren.score = row_accuracy(60, 4, 11);
  rde.score = row_accuracy(45, 4, 12);
  const SearchResult result = search_subsets({ren.set("en", en), rde.set("de", de)});
  ASSERT_EQ(result.subsets.size(), 63u);
  ASSERT_EQ(ren.seen.size(), 63u);
  ASSERT_EQ(rde.seen.size(), 63u);
  for (uint32_t i = 0; i < 63; ++i) {
    const uint32_t mask = gray_code(i + 1);
    const SubsetScore& s = result.subsets[i];
    EXPECT_EQ(s.mask, mask);
    const io::RawOutputs direct_en = direct_mean_prob(en, mask), direct_de = direct_mean_prob(de, mask);
    expect_same_probabilities(ren.seen[i], direct_en, "en mask " + std::to_string(mask));
    expect_same_probabilities(rde.seen[i], direct_de, "de mask " + std::to_string(mask));
    EXPECT_EQ(s.scores.at("en"), ren.score(direct_en)) << mask;
    EXPECT_EQ(s.scores.at("de"), rde.score(direct_de)) << mask;
    EXPECT_EQ(s.target_mean, s.scores.at("de"));
  }
  // The combined outputs keep the features and labels (they are decoded like a model's).
  const io::RawOutputs& last = ren.seen.back();
  EXPECT_EQ(last.kind, io::RawOutputKind::Classification);
  EXPECT_EQ(last.meta.labels, en[0].meta.labels);
  EXPECT_EQ(last.example_index, en[0].example_index);
  EXPECT_EQ(last.meta.extra.at("method"), "mean-prob");
  EXPECT_TRUE(last.meta.model_hash.empty());
  EXPECT_NO_THROW(last.validate());
}

TEST(SubsetSearch, TwelveMembersEverySubset) {
  const auto en = classification_members(12, 30, 3, 5);
  Recorder r;
  r.score = row_accuracy(30, 3, 6);
  const SearchResult result = search_subsets({r.set("en", en)});
  ASSERT_EQ(result.subsets.size(), 4095u);
  for (uint32_t i = 0; i < 4095; ++i) {
    const io::RawOutputs direct = direct_mean_prob(en, gray_code(i + 1));
    expect_same_probabilities(r.seen[i], direct, "mask " + std::to_string(gray_code(i + 1)));
    EXPECT_EQ(result.subsets[i].scores.at("en"), r.score(direct));
    EXPECT_EQ(result.subsets[i].target_mean, 0.0);  // no target language
  }
  EXPECT_TRUE(result.oracle_per_language.empty());
}

TEST(SubsetSearch, TaggingPerTokenIncludingNearZeroProbabilities) {
  const auto en = tagging_members(5, 15, 5, 3);
  const auto sw = tagging_members(5, 9, 5, 4);
  Recorder ren, rsw;
  // Token accuracy against label 1 (any deterministic score of the decoded tags will do).
  auto tokens_of_label_1 = [](const io::RawOutputs& r) {
    double hits = 0, tokens = 0;
    for (size_t f = 0; f < r.size(); ++f)
      for (size_t p = 0; p < r.logits[f].size(); p += 5, ++tokens)
        hits += first_max(r.logits[f].begin() + p, r.logits[f].begin() + p + 5) == 1;
    return 100 * hits / tokens;
  };
  ren.score = rsw.score = tokens_of_label_1;
  const SearchResult result = search_subsets({ren.set("en", en), rsw.set("sw", sw)});
  for (uint32_t i = 0; i < 31; ++i) {
    const uint32_t mask = gray_code(i + 1);
    const io::RawOutputs direct = direct_mean_prob(en, mask);
    expect_same_probabilities(ren.seen[i], direct, "en mask " + std::to_string(mask));
    expect_same_probabilities(rsw.seen[i], direct_mean_prob(sw, mask), "sw mask " + std::to_string(mask));
    EXPECT_EQ(result.subsets[i].scores.at("en"), tokens_of_label_1(direct));
    if (!(mask & 1u)) {
      // Without member 0, label 0 of every third token has a mean probability near 1e-18:
      // its log is kept, not lost to rounding (a plain double sum would leave 0, clamped to -69).
      const float v = ren.seen[i].logits[0][0];
      EXPECT_LT(v, -25.0f);
      EXPECT_NEAR(v, direct.logits[0][0], 1e-5 * std::fabs(direct.logits[0][0]));
    }
  }
}

TEST(SubsetSearch, MultipleChoiceSoftmaxPerExample) {
  const auto en = choice_members(4, 20, 7);
  Recorder r;
  r.score = [](const io::RawOutputs& out) {  // how often choice 0 wins its example
    std::map<int64_t, std::pair<float, int64_t>> best;
    for (size_t f = 0; f < out.size(); ++f) {
      auto it = best.find(out.example_index[f]);
      if (it == best.end() || out.logits[f][0] > it->second.first)
        best[out.example_index[f]] = {out.logits[f][0], out.choice[f]};
    }
    double zero = 0;
    for (const auto& [e, b] : best) zero += b.second == 0;
    return 100 * zero / static_cast<double>(best.size());
  };
  const SearchResult result = search_subsets({r.set("en", en)});
  for (uint32_t i = 0; i < 15; ++i) {
    const io::RawOutputs direct = direct_mean_prob(en, gray_code(i + 1));
    expect_same_probabilities(r.seen[i], direct, "mask " + std::to_string(gray_code(i + 1)));
    EXPECT_EQ(result.subsets[i].scores.at("en"), r.score(direct));
    // Each example's combined scores are log-probabilities over its choices: they sum to 1.
    std::map<int64_t, double> total;
    for (size_t f = 0; f < r.seen[i].size(); ++f) total[r.seen[i].example_index[f]] += std::exp(r.seen[i].logits[f][0]);
    for (const auto& [e, t] : total) EXPECT_NEAR(t, 1.0, 1e-6) << e;
  }
}

TEST(SubsetSearch, QaMeanLogits) {
  const auto en = qa_members(5, 6, 8);
  Recorder r;
  r.score = [](const io::RawOutputs& out) {  // sum of the best start positions, as a checksum
    double s = 0;
    for (size_t f = 0; f < out.size(); ++f)
      s += static_cast<double>(first_max(out.start_logits[f].begin(), out.start_logits[f].end()) +
                               first_max(out.end_logits[f].begin(), out.end_logits[f].end()));
    return s;
  };
  const SearchResult result = search_subsets({r.set("en", en)});
  for (uint32_t i = 0; i < 31; ++i) {
    const io::RawOutputs direct = direct_mean_logit(en, gray_code(i + 1));
    const io::RawOutputs& got = r.seen[i];
    EXPECT_EQ(got.meta.extra.at("method"), "mean-logit");
    for (size_t f = 0; f < got.size(); ++f)
      for (size_t p = 0; p < got.start_logits[f].size(); ++p) {
        ASSERT_NEAR(got.start_logits[f][p], direct.start_logits[f][p], 1e-5);
        ASSERT_NEAR(got.end_logits[f][p], direct.end_logits[f][p], 1e-5);
      }
    EXPECT_EQ(result.subsets[i].scores.at("en"), r.score(direct));
  }
}

TEST(SubsetSearch, RetrievalCosineIsTheMeanOfTheMembersCosines) {
  const size_t queries = 8, candidates = 12, dim = 16, n = 4;
  const auto en = retrieval_members(n, queries, candidates, dim, 9);
  Recorder r;
  r.score = [&](const io::RawOutputs& out) {  // top-1 candidate of each query, as a checksum
    double s = 0;
    for (size_t q = 0; q < queries; ++q) {
      std::vector<double> sims;
      for (size_t c = 0; c < candidates; ++c) sims.push_back(cosine(out.embeddings[q], out.embeddings[queries + c]));
      s += static_cast<double>(first_max(sims.begin(), sims.end()) * (q + 1));
    }
    return s;
  };
  const SearchResult result = search_subsets({r.set("en", en)});
  for (uint32_t i = 0; i < 15; ++i) {
    const uint32_t mask = gray_code(i + 1);
    const io::RawOutputs& got = r.seen[i];
    ASSERT_EQ(got.embeddings[0].size(), n * dim);  // one block per member, absent ones zero
    for (size_t m = 0; m < n; ++m) {
      const bool all_zero = std::all_of(got.embeddings[0].begin() + m * dim, got.embeddings[0].begin() + (m + 1) * dim,
                                        [](float v) { return v == 0.0f; });
      EXPECT_EQ(all_zero, !(mask & (1u << m))) << mask << " member " << m;
    }
    double top1 = 0;
    for (size_t q = 0; q < queries; ++q) {
      double norm = 0;
      for (float v : got.embeddings[q]) norm += static_cast<double>(v) * v;
      EXPECT_NEAR(norm, 1.0, 1e-6);  // the concatenation scaled by 1/sqrt(k) has norm 1
      std::vector<double> mean_sim;
      for (size_t c = 0; c < candidates; ++c) {
        double mean = 0;
        for (size_t m : members_of(mask)) mean += cosine(en[m].embeddings[q], en[m].embeddings[queries + c]);
        mean /= static_cast<double>(members_of(mask).size());
        mean_sim.push_back(mean);
        EXPECT_NEAR(cosine(got.embeddings[q], got.embeddings[queries + c]), mean, 1e-6) << mask;
      }
      top1 += static_cast<double>(first_max(mean_sim.begin(), mean_sim.end()) * (q + 1));
    }
    EXPECT_EQ(result.subsets[i].scores.at("en"), top1) << mask;
  }
}

// ---- choices: best on English dev (ties: smaller subset, lower mask) and the oracle ----

TEST(SubsetSearch, BestOnEnglishDevAndOraclePerLanguage) {
  const auto members = classification_members(3, 4, 2, 1);
  // Scores by mask, looked up from the call order (the search visits masks in Gray-code order).
  std::map<std::string, std::map<uint32_t, double>> table;
  table["en"] = {{1, 10}, {2, 50}, {3, 50}, {4, 50}, {5, 20}, {6, 30}, {7, 40}};  // 2 and 4 tie with 3
  table["de"] = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {7, 70}};
  table["fr"] = {{1, 9}, {2, 9}, {3, 8}, {4, 9}, {5, 10}, {6, 10}, {7, 9}};  // 5 and 6 tie
  std::vector<SearchSet> sets;
  std::map<std::string, uint32_t> calls;
  for (const char* name : {"en", "de", "fr"}) {
    SearchSet s;
    s.name = name;
    s.members = pointers(members);
    s.score = [&, name = std::string(name)](const io::RawOutputs&) { return table[name][gray_code(++calls[name])]; };
    sets.push_back(s);
  }
  const SearchResult result = search_subsets(sets);
  EXPECT_EQ(calls["en"], 7u);
  EXPECT_EQ(result.best_on_english_dev, 2u);  // 50: masks 2 and 4 (one member) beat 3; 2 < 4
  ASSERT_EQ(result.oracle_per_language.size(), 2u);
  EXPECT_EQ(result.oracle_per_language.at("de"), 7u);
  EXPECT_EQ(result.oracle_per_language.at("fr"), 5u);
  for (const SubsetScore& s : result.subsets) {
    EXPECT_EQ(s.scores.size(), 3u);
    EXPECT_EQ(s.scores.at("en"), table["en"][s.mask]);
    EXPECT_DOUBLE_EQ(s.target_mean, (table["de"][s.mask] + table["fr"][s.mask]) / 2);
  }
}

// ---- refusals ----

SearchSet plain_set(const std::string& name, const std::vector<io::RawOutputs>& members) {
  SearchSet s;
  s.name = name;
  s.members = pointers(members);
  s.score = [](const io::RawOutputs&) { return 0.0; };
  return s;
}

TEST(SubsetSearch, MemberCountsAreChecked) {
  const auto one = classification_members(1, 3, 2, 1);
  XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", one)}), ConfigError, "1 members; expected 2 to 12");
  const auto thirteen = classification_members(13, 3, 2, 1);
  XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", thirteen)}), ConfigError, "13 members; expected 2 to 12");
  const auto three = classification_members(3, 3, 2, 1), four = classification_members(4, 3, 2, 2);
  XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", three), plain_set("de", four)}), ConfigError,
                           "set 'de' has 4 members, set 'en' has 3");
  XLFUSE_EXPECT_THROW_WITH(search_subsets({}), ConfigError, "no sets");
}

TEST(SubsetSearch, SetsAreChecked) {
  const auto a = classification_members(2, 3, 2, 1);
  XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("de", a)}), ConfigError, "no set named 'en' among [de]");
  XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", a), plain_set("en", a)}), ConfigError,
                           "two sets are named 'en'");
  SearchSet no_score = plain_set("en", a);
  no_score.score = nullptr;
  XLFUSE_EXPECT_THROW_WITH(search_subsets({no_score}), std::invalid_argument, "no score function");
  SearchSet null_member = plain_set("en", a);
  null_member.members[1] = nullptr;
  XLFUSE_EXPECT_THROW_WITH(search_subsets({null_member}), std::invalid_argument, "set 'en', member 1: no raw outputs");
  SearchSet nan = plain_set("en", a);
  nan.score = [](const io::RawOutputs&) { return std::nan(""); };
  XLFUSE_EXPECT_THROW_WITH(search_subsets({nan}), std::invalid_argument, "NaN");
}

TEST(SubsetSearch, MembersMustShareFeatures) {
  auto base = classification_members(3, 4, 2, 1);
  {
    auto v = base;
    v[2] = classification_members(1, 5, 2, 9)[0];
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), ConfigError,
                             "set 'en', member 2: the feature count is 5, member 0 has 4");
  }
  {
    auto v = base;
    v[1].example_index[3] = 0;
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), ConfigError, "member 1: feature 3 is (example 0");
  }
  {
    auto v = base;
    v[1].meta.labels = {"yes", "no"};
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), ConfigError, "the label list is [yes, no]");
  }
  {
    auto v = base;
    v[1] = choice_members(1, 4, 1)[0];
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), ConfigError, "the output kind is");
  }
  {
    auto v = base;
    v[2].logits[1][0] = std::nanf("");
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), FormatError, "member 2: feature 1 holds a non-finite");
  }
  {
    auto v = base;
    v[0].logits[2].push_back(1.0f);  // malformed outputs: io's own check, with the set and member
    XLFUSE_EXPECT_THROW_WITH(search_subsets({plain_set("en", v)}), std::invalid_argument, "set 'en', member 0: raw outputs");
  }
}

}  // namespace
}  // namespace xlfuse::ensemble
