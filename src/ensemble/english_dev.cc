// English dev outputs of the members and the weights chosen on them. See english_dev.h.
#include "xlfuse/ensemble/english_dev.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/combine_scores.h"
#include "xlfuse/ensemble/combined_outputs.h"

namespace xlfuse::ensemble {
namespace {

// Member m's probability of each gold label: per example (classification, multiple choice) or per
// word (tagging, at the word's first sub-word).
std::vector<double> gold_probabilities(const EnglishDev& dev, const io::RawOutputs& r) {
  const data::Dataset& d = dev.inputs.dataset;
  const auto& labels = r.meta.labels;
  auto label_index = [&](const std::string& l) {
    const auto it = std::find(labels.begin(), labels.end(), l);
    if (it == labels.end()) throw FormatError(fmt::format("fitted weights: gold label '{}' is not a label", l));
    return static_cast<size_t>(it - labels.begin());
  };
  std::vector<double> out, p;
  if (const auto* pairs = std::get_if<std::vector<data::PairExample>>(&d.examples)) {
    for (size_t f = 0; f < r.size(); ++f) {
      p.resize(r.logits[f].size());
      softmax(r.logits[f].data(), p.size(), p.data());
      out.push_back(p[label_index(pairs->at(static_cast<size_t>(r.example_index[f])).label.value_or(""))]);
    }
  } else if (const auto* choices = std::get_if<std::vector<data::MultipleChoiceExample>>(&d.examples)) {
    std::map<int64_t, std::vector<size_t>> rows;
    for (size_t f = 0; f < r.size(); ++f) rows[r.example_index[f]].push_back(f);
    for (const auto& [e, fs] : rows) {
      std::vector<float> scores;
      for (size_t f : fs) scores.push_back(r.logits[f][0]);
      p.resize(scores.size());
      softmax(scores.data(), scores.size(), p.data());
      const auto gold = choices->at(static_cast<size_t>(e)).label;
      if (!gold) throw FormatError("fitted weights: an English dev example has no label");
      for (size_t k = 0; k < fs.size(); ++k)
        if (r.choice[fs[k]] == *gold) out.push_back(p[k]);
    }
  } else if (const auto* sentences = std::get_if<std::vector<data::TaggingExample>>(&d.examples)) {
    const size_t n = labels.size();
    for (size_t f = 0; f < r.size(); ++f) {
      const data::Feature& feature = dev.inputs.features[f];
      const auto& tags = sentences->at(static_cast<size_t>(feature.example_index)).tags;
      int32_t previous = -1;
      for (size_t pos = 0; pos < feature.length(); ++pos) {
        const int32_t w = feature.word_ids[pos];
        if (w < 0 || w == previous) {
          previous = w;
          continue;
        }
        previous = w;
        p.resize(n);
        softmax(r.logits[f].data() + pos * n, n, p.data());
        out.push_back(p[label_index(tags.at(static_cast<size_t>(w)))]);
      }
    }
  } else {
    throw ConfigError("weights: fitted weights need label probabilities (classification, multiple choice, tagging)");
  }
  for (double& v : out) v = std::max(v, 1e-12);  // a certain mistake must not give log(0)
  return out;
}

}  // namespace

EnglishDev load_english_dev(const std::vector<MemberRef>& members, const data::TaskInfo& task,
                            const std::string& data_dir, Agreement agreement) {
  EnglishDev dev;
  dev.ref = data::english_dev(task.name);
  if (dev.ref.empty()) return dev;
  try {
    dev.outputs = load_member_outputs(members, dev.ref.task, dev.ref.split, dev.ref.lang, agreement);
  } catch (const IoError& e) {
    throw IoError(fmt::format("{}; the English dev outputs choose the best member and the weights without "
                              "target-language labels: run `xlfuse predict --task {} --split {} --langs en` into "
                              "every member folder",
                              e.what(), dev.ref.task, dev.ref.split));
  }
  dev.inputs = decode::rebuild_decode_inputs(dev.outputs.front(), data_dir);
  if (!dev.inputs.dataset.labelled)
    throw FormatError(fmt::format("English dev data of {} ({} {}-en) has no labels", task.name, dev.ref.task,
                                  dev.ref.split));
  for (const auto& r : dev.outputs) dev.member_scores.push_back(english_dev_score(dev, r, {}));
  return dev;
}

double english_dev_score(const EnglishDev& dev, const io::RawOutputs& outputs, const decode::DecodeOptions& decode) {
  const data::TaskInfo& task = data::task_info(dev.ref.task);
  const decode::Predictions p = decode::decode_outputs(task, dev.inputs.dataset, dev.inputs.features, outputs, decode);
  return decode::score_predictions(task, dev.inputs.dataset, p).at(decode::headline_metric(task));
}

std::vector<double> choose_weights(WeightSource source, const EnglishDev& dev, const CombinerEntry& combiner,
                                   size_t members) {
  if (source == WeightSource::Uniform) return {};
  if (dev.ref.empty())
    throw ConfigError(fmt::format("weights: '{}' weights are chosen on English dev data, which this task has none of",
                                  to_string(source)));
  switch (source) {
    case WeightSource::EnglishDev: return weights_from_scores(dev.member_scores);
    case WeightSource::Fitted: {
      std::vector<std::vector<double>> p;
      for (const auto& r : dev.outputs) p.push_back(gold_probabilities(dev, r));
      return fit_log_likelihood_weights(p);
    }
    case WeightSource::Caruana: {
      std::vector<const io::RawOutputs*> ptrs;
      for (const auto& r : dev.outputs) ptrs.push_back(&r);
      const data::TaskInfo& task = data::task_info(dev.ref.task);
      const CombineContext context{task, dev.inputs.dataset, dev.inputs.features, combiner.decode};
      return caruana_selection(members, static_cast<int>(2 * members), [&](const std::vector<int64_t>& counts) {
        std::vector<double> w(counts.begin(), counts.end());
        const io::RawOutputs combined = combiner.combine(ptrs, normalise_weights(w, members), context);
        return english_dev_score(dev, combined, combiner.decode);
      });
    }
    default: return {};
  }
}

}  // namespace xlfuse::ensemble
