// Voting on decoded predictions: tag spans and answer strings. See combine_votes.h.
#include "xlfuse/ensemble/combine_votes.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

#include "xlfuse/data/decode.h"
#include "xlfuse/ensemble/combine_scores.h"
#include "xlfuse/ensemble/combined_outputs.h"
#include "xlfuse/eval/squad.h"

namespace xlfuse::ensemble {
namespace {

struct Span {
  std::string type;
  size_t first = 0, last = 0;
  bool operator<(const Span& o) const { return std::tie(first, last, type) < std::tie(o.first, o.last, o.type); }
};

std::vector<Span> bio_spans(const std::vector<std::string>& tags) {
  std::vector<Span> spans;
  for (size_t w = 0; w < tags.size(); ++w) {
    const std::string& t = tags[w];
    const bool begin = t.rfind("B-", 0) == 0, inside = t.rfind("I-", 0) == 0;
    if (!begin && !inside) continue;
    const std::string type = t.substr(2);
    if (inside && !spans.empty() && spans.back().last + 1 == w && spans.back().type == type) {
      spans.back().last = w;
      continue;
    }
    spans.push_back({type, w, w});
  }
  return spans;
}

bool is_bio(const std::vector<std::string>& labels) {
  return std::any_of(labels.begin(), labels.end(), [](const std::string& l) { return l.rfind("B-", 0) == 0; });
}

size_t label_index(const std::vector<std::string>& labels, const std::string& tag) {
  const auto it = std::find(labels.begin(), labels.end(), tag);
  if (it == labels.end()) throw std::invalid_argument(fmt::format("span_vote: tag '{}' is not a label", tag));
  return static_cast<size_t>(it - labels.begin());
}

// The voted tags of one sentence.
std::vector<std::string> vote_sentence(const std::vector<std::vector<std::string>>& member_tags,
                                       const std::vector<double>& weights, const std::vector<std::string>& labels) {
  const size_t words = member_tags.front().size();
  std::vector<std::string> out(words);
  if (!is_bio(labels)) {
    for (size_t w = 0; w < words; ++w) {
      std::vector<double> votes(labels.size(), 0.0);
      for (size_t m = 0; m < member_tags.size(); ++m) votes[label_index(labels, member_tags[m][w])] += weights[m];
      out[w] = labels[static_cast<size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin())];
    }
    return out;
  }
  std::map<Span, double> weight_of;
  for (size_t m = 0; m < member_tags.size(); ++m)
    for (const Span& s : bio_spans(member_tags[m])) weight_of[s] += weights[m];
  std::vector<std::pair<Span, double>> kept;
  for (const auto& [span, w] : weight_of)
    if (w > 0.5 + 1e-12) kept.emplace_back(span, w);
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  out.assign(words, "O");
  std::vector<bool> taken(words, false);
  for (const auto& [span, w] : kept) {
    bool free = true;
    for (size_t i = span.first; i <= span.last; ++i) free = free && !taken[i];
    if (!free) continue;
    for (size_t i = span.first; i <= span.last; ++i) {
      taken[i] = true;
      out[i] = (i == span.first ? "B-" : "I-") + span.type;
    }
  }
  return out;
}

}  // namespace

io::RawOutputs span_vote(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                         const CombineContext& context, const std::string& method) {
  const std::vector<std::string>& labels = members.front()->meta.labels;
  std::vector<decode::Predictions> decoded;
  for (const io::RawOutputs* m : members)
    decoded.push_back(decode::decode_outputs(context.task, context.dataset, context.features, *m, context.decode));
  const size_t sentences = decoded.front().tags.size();
  std::vector<std::vector<std::string>> voted(sentences);
  for (size_t s = 0; s < sentences; ++s) {
    std::vector<std::vector<std::string>> member_tags;
    for (const auto& d : decoded) member_tags.push_back(d.tags.at(s));
    voted[s] = vote_sentence(member_tags, weights, labels);
  }
  // Mean probabilities everywhere, then each word's first sub-word peaked on its voted tag.
  io::RawOutputs out = combine_scores(members, weights, ScoreRule::MeanProb, method);
  const size_t n = labels.size();
  const float high = log_probability(1.0 - 1e-6), low = log_probability(1e-6 / static_cast<double>(std::max<size_t>(n - 1, 1)));
  for (size_t f = 0; f < context.features.size(); ++f) {
    const data::Feature& feature = context.features[f];
    const auto e = static_cast<size_t>(feature.example_index);
    int32_t previous = -1;
    for (size_t p = 0; p < feature.length(); ++p) {
      const int32_t w = feature.word_ids[p];
      if (w < 0 || w == previous) {
        previous = w;
        continue;
      }
      previous = w;
      const size_t chosen = label_index(labels, voted[e][static_cast<size_t>(w)]);
      for (size_t l = 0; l < n; ++l) out.logits[f][p * n + l] = l == chosen ? high : low;
    }
  }
  return out;
}

io::RawOutputs answer_vote(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                           const CombineContext& context, const std::string& method) {
  const auto& examples = std::get<std::vector<data::QaExample>>(context.dataset.examples);
  std::vector<std::vector<data::QaPrediction>> decoded;
  for (const io::RawOutputs* m : members)
    decoded.push_back(data::decode_qa(examples, context.features, m->start_logits, m->end_logits, context.decode.qa));
  io::RawOutputs out = combine_qa_logits(members, weights, method);
  std::map<int64_t, std::vector<size_t>> features_of;
  for (size_t f = 0; f < context.features.size(); ++f) features_of[context.features[f].example_index].push_back(f);
  for (size_t e = 0; e < examples.size(); ++e) {
    std::map<std::string, double> votes;
    std::vector<std::string> order;  // normalised answers in the order members gave them
    for (size_t m = 0; m < members.size(); ++m) {
      const auto& p = decoded[m][e];
      if (p.nbest.empty()) continue;
      const std::string key = eval::squad_normalize_answer(p.text);
      if (!votes.count(key)) order.push_back(key);
      votes[key] += weights[m];
    }
    if (order.empty()) continue;
    std::string winner = order.front();
    for (const auto& key : order)
      if (votes[key] > votes[winner]) winner = key;
    const data::QaCandidate* best = nullptr;
    for (size_t m = 0; m < members.size() && !best; ++m)
      if (!decoded[m][e].nbest.empty() && eval::squad_normalize_answer(decoded[m][e].text) == winner)
        best = &decoded[m][e].nbest.front();
    float top_start = -1e30f, top_end = -1e30f;
    for (size_t f : features_of[static_cast<int64_t>(e)]) {
      for (float v : out.start_logits[f]) top_start = std::max(top_start, v);
      for (float v : out.end_logits[f]) top_end = std::max(top_end, v);
    }
    out.start_logits[best->feature][static_cast<size_t>(best->start)] = top_start + 100.0f;
    out.end_logits[best->feature][static_cast<size_t>(best->end)] = top_end + 100.0f;
  }
  return out;
}

}  // namespace xlfuse::ensemble
