// Every subset of the members, scored from running sums in Gray-code order. See subset_search.h.
//
// The sets are searched one after the other (all 2^n - 1 subsets of one set, then the next), so
// only one set's contributions are in memory at a time. What is summed, per output kind:
//  * classification, multiple choice, tagging (mean-prob): member m's contribution is its softmax
//    probabilities, in double: per feature row; per example over its choice features (one score
//    each); per token. The combined "logits" are log(sum / k) for k members present, the log of
//    the mean probability, as the mean-prob combiner stores them.
//  * QA (mean-logit): the contributions are the start and end logits; combined = sum / k.
//  * retrieval (mean-sim): the mean over members of cosine(q_m, c_m) is the cosine of the
//    concatenations [q_1/|q_1|, ..., q_k/|q_k|] / sqrt(k) and [c_1/|c_1|, ...] / sqrt(k): their dot
//    product is the sum of the members' cosines over k, and each has norm 1. It is NOT the cosine
//    of the mean of the normalised embeddings, which adds the cross terms q_a . c_b of different
//    members. So the combined embeddings have n blocks of E values: block m holds member m's
//    normalised embedding / sqrt(k) while m is in the subset and zeros otherwise (zeros change
//    neither dot products nor norms). A step writes the changed block and rescales the others;
//    nothing accumulates, so nothing drifts.
// The sums are compensated (running_sums.h): a subset's sums equal the exact sums of its members'
// contributions, whatever the order members came and went in, so the combined outputs are those
// of combining the members directly except for the last bit of rare values.
// A set scored by labels (SearchSet::score_labels) skips the combined outputs: LabelSearch
// (label_search.h) runs the same sums, in the same order, laid out for the argmax.
#include "xlfuse/ensemble/subset_search.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/ensemble/contributions.h"
#include "xlfuse/ensemble/label_search.h"
#include "xlfuse/ensemble/running_sums.h"

namespace xlfuse::ensemble {

namespace {

constexpr size_t kMaxMembers = 12;
// Rows of at least kInPlace values are written in place; shorter ones (classification's few
// labels, multiple choice's single score) are combined kScratch values at a time through a buffer
// and copied out, one vectorised loop over many rows instead of one call per row.
constexpr size_t kInPlace = 256;
constexpr size_t kScratch = 4096;

int members_in(uint32_t mask) {
  int count = 0;
  for (; mask; mask &= mask - 1) ++count;
  return count;
}

std::string method_of(io::RawOutputKind kind) {
  switch (kind) {
    case io::RawOutputKind::Qa: return "mean-logit";
    case io::RawOutputKind::Embeddings: return "mean-sim";
    default: return "mean-prob";
  }
}

// The rows of values a member contributes, per output kind (logits; QA: start then end logits;
// embeddings).
std::vector<const std::vector<std::vector<float>>*> arrays_of(const io::RawOutputs& r) {
  switch (r.kind) {
    case io::RawOutputKind::Qa: return {&r.start_logits, &r.end_logits};
    case io::RawOutputKind::Embeddings: return {&r.embeddings};
    default: return {&r.logits};
  }
}

// Members of a set must hold outputs of the same features, of the same shape (ConfigError),
// with finite values (FormatError).
void check_set(const SearchSet& set) {
  auto where = [&](size_t m) { return fmt::format("subset search: set '{}', member {}", set.name, m); };
  if (!set.score && !set.score_labels)
    throw std::invalid_argument(fmt::format("subset search: set '{}' has no score function", set.name));
  for (size_t m = 0; m < set.members.size(); ++m) {
    if (!set.members[m]) throw std::invalid_argument(where(m) + ": no raw outputs (null)");
    try {
      set.members[m]->validate();
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(where(m) + ": " + e.what());
    }
  }
  const io::RawOutputs& first = *set.members[0];
  for (size_t m = 1; m < set.members.size(); ++m) {
    const io::RawOutputs& r = *set.members[m];
    auto differ = [&](const std::string& what, const auto& mine, const auto& theirs) {
      throw ConfigError(fmt::format("{}: {} is {}, member 0 has {}; members must be outputs of the same features",
                                    where(m), what, mine, theirs));
    };
    if (r.kind != first.kind) differ("the output kind", to_string(r.kind), to_string(first.kind));
    if (r.size() != first.size()) differ("the feature count", r.size(), first.size());
    if ((r.kind == io::RawOutputKind::Classification || r.kind == io::RawOutputKind::Tagging) &&
        r.meta.labels != first.meta.labels)
      differ("the label list", fmt::format("[{}]", fmt::join(r.meta.labels, ", ")),
             fmt::format("[{}]", fmt::join(first.meta.labels, ", ")));
    for (size_t f = 0; f < r.size(); ++f) {
      if (r.example_index[f] != first.example_index[f] || r.window[f] != first.window[f] ||
          r.choice[f] != first.choice[f] || r.lengths[f] != first.lengths[f])
        differ(fmt::format("feature {}", f),
               fmt::format("(example {}, window {}, choice {}, {} tokens)", r.example_index[f], r.window[f],
                           r.choice[f], r.lengths[f]),
               fmt::format("(example {}, window {}, choice {}, {} tokens)", first.example_index[f], first.window[f],
                           first.choice[f], first.lengths[f]));
      if (r.kind == io::RawOutputKind::Embeddings && r.embeddings[f].size() != first.embeddings[f].size())
        differ(fmt::format("the embedding size of feature {}", f), r.embeddings[f].size(), first.embeddings[f].size());
    }
  }
  for (size_t m = 0; m < set.members.size(); ++m)
    for (const auto* rows : arrays_of(*set.members[m]))
      for (size_t f = 0; f < rows->size(); ++f)
        for (float v : (*rows)[f])
          if (!std::isfinite(v))
            throw FormatError(fmt::format("{}: feature {} holds a non-finite output ({})", where(m), f, v));
}

// The combined outputs of one set, updated one member at a time.
class SetCombiner {
 public:
  explicit SetCombiner(const SearchSet& set) : members_(set.members) {
    const io::RawOutputs& first = *members_.front();
    combined_.kind = first.kind;
    combined_.meta = first.meta;
    combined_.meta.model_hash.clear();  // no single model computed these
    combined_.meta.extra["method"] = method_of(first.kind);
    combined_.example_index = first.example_index;
    combined_.window = first.window;
    combined_.choice = first.choice;
    combined_.lengths = first.lengths;
    switch (first.kind) {
      case io::RawOutputKind::Embeddings: init_embeddings(); return;
      case io::RawOutputKind::Qa:
        combined_.start_logits = first.start_logits;  // the shapes; every value is overwritten
        combined_.end_logits = first.end_logits;
        add_segments(combined_.start_logits);
        add_segments(combined_.end_logits);
        log_mean_ = false;
        break;
      default:
        combined_.logits = first.logits;
        add_segments(combined_.logits);
        break;
    }
    contributions_.resize(members_.size());
    for (size_t m = 0; m < members_.size(); ++m) contributions_[m] = member_contributions(*members_[m]);
    hi_.assign(values_, 0.0);
    lo_.assign(values_, 0.0);
    scratch_.resize(kScratch);
  }

  // Adds or removes `member`; the subset then has k members.
  void step(size_t member, bool add, size_t k) {
    if (combined_.kind == io::RawOutputKind::Embeddings) return step_embeddings(member, add, k);
    const double* c = contributions_[member].data();
    const double sign = add ? 1.0 : -1.0;
    const double scale = 1.0 / static_cast<double>(k);
    auto kernel = log_mean_ ? add_and_log_mean : add_and_mean;
    for (size_t s = 0; s < segments_.size();) {
      const size_t begin = segments_[s].offset;
      if (segments_[s].size >= kInPlace) {
        kernel(c + begin, sign, hi_.data() + begin, lo_.data() + begin, scale, segments_[s].out, segments_[s].size);
        ++s;
        continue;
      }
      size_t end = s, total = 0;
      while (end < segments_.size() && segments_[end].size < kInPlace && total + segments_[end].size <= kScratch)
        total += segments_[end++].size;
      kernel(c + begin, sign, hi_.data() + begin, lo_.data() + begin, scale, scratch_.data(), total);
      for (const float* from = scratch_.data(); s < end; from += segments_[s].size, ++s)
        std::copy(from, from + segments_[s].size, segments_[s].out);
    }
  }

  const io::RawOutputs& combined() const { return combined_; }

 private:
  // One row of combined values and where its sums start in the flat arrays.
  struct Segment {
    float* out;
    size_t offset;
    size_t size;
  };

  void add_segments(std::vector<std::vector<float>>& rows) {
    for (auto& row : rows) {
      segments_.push_back({row.data(), values_, row.size()});
      values_ += row.size();
    }
  }

  void init_embeddings() {
    const io::RawOutputs& first = *members_.front();
    dim_ = first.embeddings.empty() ? 0 : first.embeddings.front().size();
    combined_.embeddings.assign(first.size(), std::vector<float>(members_.size() * dim_, 0.0f));
    norms_.assign(members_.size(), std::vector<double>(first.size()));
    for (size_t m = 0; m < members_.size(); ++m)
      for (size_t f = 0; f < first.size(); ++f) {
        double squares = 0;
        for (float v : members_[m]->embeddings[f]) squares += static_cast<double>(v) * v;
        norms_[m][f] = std::max(std::sqrt(squares), 1e-12);  // a zero vector stays zero
      }
  }

  void step_embeddings(size_t member, bool add, size_t k) {
    present_ ^= 1u << member;
    const double root_weight = std::sqrt(1.0 / static_cast<double>(k));
    for (size_t f = 0; f < combined_.size(); ++f) {
      float* row = combined_.embeddings[f].data();
      if (!add) std::fill(row + member * dim_, row + (member + 1) * dim_, 0.0f);
      for (size_t m = 0; m < members_.size(); ++m) {
        if (!(present_ & (1u << m))) continue;
        const double scale = root_weight / norms_[m][f];
        const float* v = members_[m]->embeddings[f].data();
        for (size_t j = 0; j < dim_; ++j) row[m * dim_ + j] = static_cast<float>(v[j] * scale);
      }
    }
  }

  const std::vector<const io::RawOutputs*>& members_;
  io::RawOutputs combined_;
  bool log_mean_ = true;
  std::vector<Segment> segments_;
  size_t values_ = 0;
  std::vector<std::vector<double>> contributions_;  // [member][value]
  std::vector<double> hi_, lo_;
  std::vector<float> scratch_;
  // Retrieval: the embedding size, each member's norm per feature, the members present.
  size_t dim_ = 0;
  std::vector<std::vector<double>> norms_;
  uint32_t present_ = 0;
};

// Whether (score, mask) beats the best so far: a higher score; on equal scores the smaller
// subset, then the lower mask.
bool better(double score, uint32_t mask, double best_score, uint32_t best_mask) {
  if (score != best_score) return score > best_score;
  if (members_in(mask) != members_in(best_mask)) return members_in(mask) < members_in(best_mask);
  return mask < best_mask;
}

}  // namespace

uint32_t gray_code(uint32_t i) { return i ^ (i >> 1); }

int changed_member(uint32_t i) {
  if (i == 0) throw std::invalid_argument("changed_member: step 0 (the empty subset) has no previous step");
  // gray(i) ^ gray(i - 1) is the lowest set bit of i.
  int member = 0;
  while (!(i & 1u)) {
    i >>= 1;
    ++member;
  }
  return member;
}

SearchResult search_subsets(const std::vector<SearchSet>& sets) {
  if (sets.empty())
    throw ConfigError("subset search: no sets to score; expected the English dev set ('en') and target languages");
  const size_t n = sets.front().members.size();
  if (n < 2 || n > kMaxMembers)
    throw ConfigError(fmt::format("subset search: set '{}' has {} members; expected 2 to {} (at most 4,095 subsets)",
                                  sets.front().name, n, kMaxMembers));
  std::set<std::string> names;
  for (const SearchSet& set : sets) {
    if (set.members.size() != n)
      throw ConfigError(fmt::format("subset search: set '{}' has {} members, set '{}' has {}; every set needs the "
                                    "outputs of the same members",
                                    set.name, set.members.size(), sets.front().name, n));
    if (!names.insert(set.name).second)
      throw ConfigError(fmt::format("subset search: two sets are named '{}'; set names must be unique", set.name));
    check_set(set);
  }
  if (!names.count("en"))
    throw ConfigError(fmt::format("subset search: no set named 'en' among [{}]; the English dev set chooses the "
                                  "subset (zero-shot)",
                                  fmt::join(names, ", ")));

  const uint32_t count = (1u << n) - 1;
  SearchResult result;
  result.subsets.resize(count);
  for (uint32_t i = 1; i <= count; ++i) result.subsets[i - 1].mask = gray_code(i);
  LabelSearch label_search;  // one for all sets: it reuses its buffers
  std::vector<uint8_t> labels;
  for (const SearchSet& set : sets) {
    // Step i's score, from either path.
    auto record = [&](uint32_t i, double score) {
      if (std::isnan(score))
        throw std::invalid_argument(fmt::format("subset search: the score of set '{}' is NaN for subset mask {:#x}",
                                                set.name, gray_code(i)));
      result.subsets[i - 1].scores[set.name] = score;
    };
    if (set.score_labels) {
      label_search.start(set.members);
      for (uint32_t first = 1; first <= count; first += LabelSearch::kRoundSteps) {
        const uint32_t steps = std::min(LabelSearch::kRoundSteps, count - first + 1);
        label_search.run(first, steps);
        for (uint32_t i = 0; i < steps; ++i) {
          label_search.labels_after(i, labels);
          record(first + i, set.score_labels(labels));
        }
      }
      continue;
    }
    SetCombiner combiner(set);
    uint32_t mask = 0;
    for (uint32_t i = 1; i <= count; ++i) {
      const int member = changed_member(i);
      const bool add = !(mask & (1u << member));
      mask ^= 1u << member;
      combiner.step(static_cast<size_t>(member), add, static_cast<size_t>(members_in(mask)));
      record(i, set.score(combiner.combined()));
    }
  }

  const size_t targets = sets.size() - 1;
  for (SubsetScore& s : result.subsets) {
    double sum = 0;
    for (const auto& [name, score] : s.scores)
      if (name != "en") sum += score;
    s.target_mean = targets ? sum / static_cast<double>(targets) : 0.0;
  }
  auto best_on = [&](const std::string& name) {
    const SubsetScore* best = &result.subsets.front();
    for (const SubsetScore& s : result.subsets)
      if (better(s.scores.at(name), s.mask, best->scores.at(name), best->mask)) best = &s;
    return best->mask;
  };
  result.best_on_english_dev = best_on("en");
  for (const SearchSet& set : sets)
    if (set.name != "en") result.oracle_per_language[set.name] = best_on(set.name);
  return result;
}

}  // namespace xlfuse::ensemble
