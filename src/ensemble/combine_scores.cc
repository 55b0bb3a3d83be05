// Distribution-by-distribution combination of label scores. See combine_scores.h.
#include "xlfuse/ensemble/combine_scores.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "xlfuse/ensemble/combined_outputs.h"

namespace xlfuse::ensemble {
namespace {

// One distribution: the places of its values in the logits arrays.
using Unit = std::vector<std::pair<size_t, size_t>>;  // (feature, index in logits[feature])

std::vector<Unit> distributions(const io::RawOutputs& r) {
  std::vector<Unit> units;
  const size_t labels = r.meta.labels.size();
  switch (r.kind) {
    case io::RawOutputKind::Classification:
      for (size_t f = 0; f < r.size(); ++f) {
        Unit u;
        for (size_t l = 0; l < r.logits[f].size(); ++l) u.emplace_back(f, l);
        units.push_back(std::move(u));
      }
      break;
    case io::RawOutputKind::Tagging:
      if (labels == 0) throw std::invalid_argument("combine_scores: tagging outputs without labels");
      for (size_t f = 0; f < r.size(); ++f)
        for (size_t p = 0; p * labels < r.logits[f].size(); ++p) {
          Unit u;
          for (size_t l = 0; l < labels; ++l) u.emplace_back(f, p * labels + l);
          units.push_back(std::move(u));
        }
      break;
    case io::RawOutputKind::MultipleChoice: {
      std::map<int64_t, size_t> unit_of;  // example -> unit, in order of first appearance
      for (size_t f = 0; f < r.size(); ++f) {
        auto [it, fresh] = unit_of.emplace(r.example_index[f], units.size());
        if (fresh) units.emplace_back();
        units[it->second].emplace_back(f, 0);
      }
      break;
    }
    default:
      throw std::invalid_argument(fmt::format("combine_scores: cannot combine {} outputs", to_string(r.kind)));
  }
  return units;
}

size_t argmax(const std::vector<double>& v) {
  size_t best = 0;
  for (size_t i = 1; i < v.size(); ++i)
    if (v[i] > v[best]) best = i;
  return best;
}

}  // namespace

io::RawOutputs combine_scores(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                              ScoreRule rule, const std::string& method) {
  io::RawOutputs out = combined_skeleton(members, weights, method);
  out.logits = members.front()->logits;  // the shapes; every value is overwritten
  // Vote ties are broken by the mean probability, scaled far below one member's vote yet large
  // enough to survive storage as float logits.
  double smallest_weight = 1.0;
  for (double w : weights)
    if (w > 0) smallest_weight = std::min(smallest_weight, w);
  const double tie_break = 1e-4 * smallest_weight;
  std::vector<double> values, probs, acc, mean_prob;
  for (const Unit& unit : distributions(*members.front())) {
    const size_t n = unit.size();
    acc.assign(n, 0.0);
    mean_prob.assign(n, 0.0);
    for (size_t m = 0; m < members.size(); ++m) {
      std::vector<float> raw(n);
      for (size_t i = 0; i < n; ++i) raw[i] = members[m]->logits[unit[i].first][unit[i].second];
      probs.resize(n);
      softmax(raw.data(), n, probs.data());
      const double w = weights[m];
      for (size_t i = 0; i < n; ++i) mean_prob[i] += w * probs[i];
      switch (rule) {
        case ScoreRule::MeanProb: break;
        case ScoreRule::MeanLogit:
          for (size_t i = 0; i < n; ++i) acc[i] += w * raw[i];
          break;
        case ScoreRule::GeoMean:
          for (size_t i = 0; i < n; ++i) acc[i] += w * std::log(std::max(probs[i], 1e-300));
          break;
        case ScoreRule::Vote: acc[argmax(probs)] += w; break;
      }
    }
    values.assign(n, 0.0);
    if (rule == ScoreRule::MeanProb) {
      for (size_t i = 0; i < n; ++i) values[i] = log_probability(mean_prob[i]);
    } else if (rule == ScoreRule::MeanLogit) {
      values = acc;
    } else if (rule == ScoreRule::GeoMean) {
      std::vector<float> g(acc.begin(), acc.end());
      softmax(g.data(), n, probs.data());
      for (size_t i = 0; i < n; ++i) values[i] = log_probability(probs[i]);
    } else {
      // Vote shares; the mean probability only breaks ties.
      double total = 0;
      for (size_t i = 0; i < n; ++i) total += acc[i] += tie_break * mean_prob[i];
      for (size_t i = 0; i < n; ++i) values[i] = log_probability(acc[i] / total);
    }
    for (size_t i = 0; i < n; ++i) out.logits[unit[i].first][unit[i].second] = static_cast<float>(values[i]);
  }
  return out;
}

io::RawOutputs combine_qa_logits(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                 const std::string& method) {
  if (members.front()->kind != io::RawOutputKind::Qa)
    throw std::invalid_argument(fmt::format("combine_qa_logits: {} outputs", to_string(members.front()->kind)));
  io::RawOutputs out = combined_skeleton(members, weights, method);
  out.start_logits = members.front()->start_logits;
  out.end_logits = members.front()->end_logits;
  for (size_t f = 0; f < out.size(); ++f)
    for (size_t p = 0; p < out.start_logits[f].size(); ++p) {
      double s = 0, e = 0;
      for (size_t m = 0; m < members.size(); ++m) {
        s += weights[m] * members[m]->start_logits[f][p];
        e += weights[m] * members[m]->end_logits[f][p];
      }
      out.start_logits[f][p] = static_cast<float>(s);
      out.end_logits[f][p] = static_cast<float>(e);
    }
  return out;
}

}  // namespace xlfuse::ensemble
