#include "xlfuse/data/task_features.h"

#include <algorithm>
#include <string>
#include <type_traits>

#include "xlfuse/data/features.h"

namespace xlfuse::data {
namespace {

// [CLS] text [SEP] features of the two sides of a retrieval task.
void add_sentence_features(const std::vector<std::string>& texts, int32_t side, size_t max_length,
                           const text::Tokenizer& tokenizer, std::vector<Feature>* out) {
  for (size_t i = 0; i < texts.size(); ++i) {
    text::Encoding enc = tokenizer.encode(texts[i], max_length);
    Feature f;
    f.input_ids = std::move(enc.ids);
    f.type_ids = std::move(enc.type_ids);
    f.word_ids = std::move(enc.word_ids);
    f.offsets = std::move(enc.offsets);
    f.example_index = static_cast<int64_t>(i);
    f.window = side;
    out->push_back(std::move(f));
  }
}

}  // namespace

std::vector<Feature> make_task_features(const TaskInfo& task, const Dataset& dataset,
                                        const text::Tokenizer& tokenizer, const TaskFeatureOptions& options) {
  const int default_length = task.kind == TaskKind::Qa ? 384 : kDefaultMaxSeqLength;
  const int max_length = options.max_seq_length > 0 ? options.max_seq_length : default_length;
  return std::visit(
      [&](const auto& examples) -> std::vector<Feature> {
        using T = std::decay_t<decltype(examples)>;
        std::vector<Feature> out;
        if constexpr (std::is_same_v<T, std::vector<PairExample>>) {
          PairFeatureOptions o;
          o.max_seq_length = max_length;
          out = pair_features(examples, tokenizer, task.labels, o);
        } else if constexpr (std::is_same_v<T, std::vector<MultipleChoiceExample>>) {
          MultipleChoiceFeatureOptions o;
          o.max_seq_length = max_length;
          out = multiple_choice_features(examples, tokenizer, choice_template_for_task(task.name), o);
        } else if constexpr (std::is_same_v<T, std::vector<TaggingExample>>) {
          TaggingFeatureOptions o;
          o.max_seq_length = max_length;
          out = tagging_features(examples, tokenizer, task.labels, o);
        } else if constexpr (std::is_same_v<T, std::vector<QaExample>>) {
          QaFeatureOptions o;
          o.max_seq_length = max_length;
          o.max_query_length = options.max_query_length > 0 ? options.max_query_length
                                                            : std::min(o.max_query_length, max_length / 2);
          o.doc_stride = options.doc_stride > 0 ? options.doc_stride
                                                : std::min(o.doc_stride, max_length - o.max_query_length -
                                                                             static_cast<int>(tokenizer.specials().count(true)));
          out = qa_features(examples, tokenizer, o);
        } else {
          std::vector<std::string> queries, candidates;
          if constexpr (std::is_same_v<T, BitextExample>) {
            for (const auto& s : examples.source) queries.push_back(s.text);
            for (const auto& s : examples.target) candidates.push_back(s.text);
          } else if constexpr (std::is_same_v<T, LareqaExample>) {
            for (const auto& q : examples.questions) queries.push_back(q.question);
            for (const auto& c : examples.candidates) candidates.push_back(c.candidate_text());
          } else {
            static_assert(std::is_same_v<T, MewslixExample>, "unhandled example type");
            for (const auto& m : examples.mentions) queries.push_back(m.query);
            for (const auto& e : examples.entities) candidates.push_back(e.text);
          }
          add_sentence_features(queries, 0, static_cast<size_t>(max_length), tokenizer, &out);
          add_sentence_features(candidates, 1, static_cast<size_t>(max_length), tokenizer, &out);
        }
        return out;
      },
      dataset.examples);
}

}  // namespace xlfuse::data
