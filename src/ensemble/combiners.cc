// The combiner registry, filled in one function. See combiners.h.
#include "xlfuse/ensemble/combiners.h"

#include <cmath>
#include <mutex>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/ensemble/combine_embeddings.h"
#include "xlfuse/ensemble/combine_scores.h"
#include "xlfuse/ensemble/combine_votes.h"

namespace xlfuse::ensemble {
namespace {

using Kind = io::RawOutputKind;

CombineFn scores(ScoreRule rule, const std::string& name) {
  return [rule, name](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w,
                      const CombineContext&) { return combine_scores(m, w, rule, name); };
}

std::vector<CombinerEntry>& table() {
  static std::vector<CombinerEntry> entries;
  return entries;
}

void register_combiners() {
  const std::set<Kind> labelled = {Kind::Classification, Kind::MultipleChoice, Kind::Tagging};
  decode::DecodeOptions plain;
  decode::DecodeOptions viterbi;
  viterbi.tagging = decode::TagDecoding::BioViterbi;
  auto& t = table();
  t.push_back({"mean-prob", "mean of the members' probabilities (tagging: per token)", labelled,
               Agreement::SameFeatures, false, plain, scores(ScoreRule::MeanProb, "mean-prob")});
  t.push_back({"mean-logit", "mean of the members' logits (QA: start/end logits per shared feature)",
               {Kind::Classification, Kind::MultipleChoice, Kind::Tagging}, Agreement::SameFeatures, false, plain,
               scores(ScoreRule::MeanLogit, "mean-logit")});
  t.push_back({"mean-logit", "mean of the members' start/end logits per shared feature, then n-best decoding",
               {Kind::Qa}, Agreement::SameFeatures, false, plain,
               [](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w, const CombineContext&) {
                 return combine_qa_logits(m, w, "mean-logit");
               }});
  t.push_back({"geo-mean", "normalised geometric mean of the members' probabilities", labelled,
               Agreement::SameFeatures, false, plain, scores(ScoreRule::GeoMean, "geo-mean")});
  t.push_back({"vote", "majority vote of the members' predictions, ties broken by mean probability",
               {Kind::Classification, Kind::MultipleChoice}, Agreement::SameFeatures, false, plain,
               scores(ScoreRule::Vote, "vote")});
  t.push_back({"weighted", "weighted mean of the members' probabilities (needs --weights other than uniform)",
               labelled, Agreement::SameFeatures, true, plain, scores(ScoreRule::MeanProb, "weighted")});
  t.push_back({"bio-viterbi", "mean probabilities per token, decoded as the best valid BIO sequence (Viterbi)",
               {Kind::Tagging}, Agreement::SameFeatures, false, viterbi, scores(ScoreRule::MeanProb, "bio-viterbi")});
  t.push_back({"span-vote", "majority vote over the members' entity spans (per-word vote without BIO tags)",
               {Kind::Tagging}, Agreement::SameFeatures, false, plain,
               [](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w, const CombineContext& c) {
                 return span_vote(m, w, c, "span-vote");
               }});
  t.push_back({"answer-vote", "the answer string most members give (SQuAD-normalised), ties by member order",
               {Kind::Qa}, Agreement::SameFeatures, false, plain,
               [](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w, const CombineContext& c) {
                 return answer_vote(m, w, c, "answer-vote");
               }});
  t.push_back({"mean-sim", "mean of the members' cosine-similarity matrices", {Kind::Embeddings},
               Agreement::SameExamples, false, plain,
               [](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w, const CombineContext&) {
                 return combine_embeddings(m, w, /*unit_norm=*/true, "mean-sim");
               }});
  t.push_back({"concat", "concatenation of the members' L2-normalised embeddings", {Kind::Embeddings},
               Agreement::SameExamples, false, plain,
               [](const std::vector<const io::RawOutputs*>& m, const std::vector<double>& w, const CombineContext&) {
                 return combine_embeddings(m, w, /*unit_norm=*/false, "concat");
               }});
}

}  // namespace

const std::vector<CombinerEntry>& all_combiners() {
  static std::once_flag once;
  std::call_once(once, register_combiners);
  return table();
}

const CombinerEntry& find_combiner(const std::string& name, io::RawOutputKind kind) {
  std::vector<std::string> names;
  for (const auto& e : all_combiners()) {
    if (!e.kinds.count(kind)) continue;
    if (e.name == name) return e;
    names.push_back(e.name);
  }
  throw ConfigError(fmt::format("method: expected one of {} for {} outputs, got '{}'", fmt::join(names, ", "),
                                to_string(kind), name));
}

std::vector<double> normalise_weights(const std::vector<double>& weights, size_t members) {
  if (weights.empty()) return std::vector<double>(members, 1.0 / static_cast<double>(members));
  if (weights.size() != members)
    throw ConfigError(fmt::format("weights: expected one per member ({}), got {}", members, weights.size()));
  double total = 0;
  for (size_t m = 0; m < weights.size(); ++m) {
    if (!(weights[m] >= 0) || !std::isfinite(weights[m]))
      throw ConfigError(fmt::format("weights: member {} has weight {}; expected a finite value >= 0", m, weights[m]));
    total += weights[m];
  }
  if (!(total > 0)) throw ConfigError("weights: every weight is 0");
  std::vector<double> out;
  for (double w : weights) out.push_back(w / total);
  return out;
}

}  // namespace xlfuse::ensemble
