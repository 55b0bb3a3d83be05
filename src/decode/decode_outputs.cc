// Raw outputs -> leaderboard-shaped predictions. See decode_outputs.h.
#include "xlfuse/decode/decode_outputs.h"

#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/decode/retrieval_decode.h"

namespace xlfuse::decode {

namespace {

void check_kind(const data::TaskInfo& task, const io::RawOutputs& raw, io::RawOutputKind want) {
  if (raw.kind != want)
    throw std::invalid_argument(fmt::format("task '{}' needs {} outputs, the raw outputs hold {}", task.name,
                                            to_string(want), to_string(raw.kind)));
}

}  // namespace

size_t Predictions::count() const {
  return lines.size() + tags.size() + answers.size() + choices.size() + rankings.size();
}

Predictions decode_outputs(const data::TaskInfo& task, const data::Dataset& dataset,
                           const std::vector<data::Feature>& features, const io::RawOutputs& raw,
                           const DecodeOptions& options) {
  raw.validate();
  if (raw.size() != features.size())
    throw std::invalid_argument(
        fmt::format("raw outputs hold {} features, the dataset gives {}", raw.size(), features.size()));
  for (size_t i = 0; i < features.size(); ++i)
    if (raw.example_index[i] != features[i].example_index || raw.window[i] != features[i].window ||
        raw.choice[i] != features[i].choice || raw.lengths[i] != static_cast<int64_t>(features[i].length()))
      throw std::invalid_argument(fmt::format(
          "raw outputs: feature {} is (example {}, window {}, choice {}, {} tokens) but the data gives (example {}, "
          "window {}, choice {}, {} tokens): outputs of other data or another max_seq_length",
          i, raw.example_index[i], raw.window[i], raw.choice[i], raw.lengths[i], features[i].example_index,
          features[i].window, features[i].choice, features[i].length()));
  Predictions p;
  std::visit(
      [&](const auto& examples) {
        using T = std::decay_t<decltype(examples)>;
        if constexpr (std::is_same_v<T, std::vector<data::PairExample>>) {
          check_kind(task, raw, io::RawOutputKind::Classification);
          std::vector<std::vector<float>> rows(examples.size());
          for (size_t i = 0; i < raw.size(); ++i) {
            const auto e = static_cast<size_t>(raw.example_index[i]);
            if (e >= rows.size() || !rows[e].empty())
              throw std::invalid_argument(fmt::format("raw outputs: feature {} has example index {}", i, e));
            rows[e] = raw.logits[i];
          }
          p.lines = data::decode_classification(rows, raw.meta.labels);
        } else if constexpr (std::is_same_v<T, std::vector<data::MultipleChoiceExample>>) {
          check_kind(task, raw, io::RawOutputKind::MultipleChoice);
          std::vector<float> scores;
          scores.reserve(raw.size());
          for (const auto& row : raw.logits) scores.push_back(row.at(0));
          for (int32_t c : data::decode_multiple_choice(features, scores, examples.size())) p.choices.push_back(c);
        } else if constexpr (std::is_same_v<T, std::vector<data::TaggingExample>>) {
          check_kind(task, raw, io::RawOutputKind::Tagging);
          p.tags = options.tagging == TagDecoding::BioViterbi
                       ? data::decode_tagging_bio_viterbi(examples, features, raw.logits, raw.meta.labels)
                       : data::decode_tagging(examples, features, raw.logits, raw.meta.labels);
        } else if constexpr (std::is_same_v<T, std::vector<data::QaExample>>) {
          check_kind(task, raw, io::RawOutputKind::Qa);
          for (const auto& pred : data::decode_qa(examples, features, raw.start_logits, raw.end_logits, options.qa))
            p.answers[pred.id] = pred.text;
        } else {
          p = decode_retrieval(task, dataset, raw, options);
        }
      },
      dataset.examples);
  return p;
}

}  // namespace xlfuse::decode
